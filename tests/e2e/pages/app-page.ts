import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/harness';
import type { Harness } from '../support/harness';

/** The default first administrator used by the specs. */
export const ADMIN = { name: '王大明', username: 'admin', password: 'correct horse battery', unit: '第一課' } as const;

/** Waits for antd's open/close animations to finish, so a screenshot shows the settled screen. */
export const settle = async (page: Page): Promise<void> => {
  // A button's spinner that shrank to nothing can stay in its "leave" state (an antd motion quirk after a
  // very short loading); it is invisible, so it does not count.
  const moving = ['-appear', '-enter', '-leave'].map((m) => `[class*="${m}"]:not(.ant-btn-loading-icon)`).join(', ');
  await expect(page.locator(moving)).toHaveCount(0);
};

/** Page model of the screens before the shell: set-up, login, lock, database error. */
export class AppPage {
  constructor(readonly page: Page) {}

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  async setup(admin: { name: string; username: string; password: string; unit: string } = ADMIN): Promise<void> {
    const p = this.page;
    await expect(p.getByRole('heading', { name: '首次使用設定' })).toBeVisible();
    await this.field('姓名').fill(admin.name);
    await this.field('登入帳號').fill(admin.username);
    await this.field('密碼').fill(admin.password);
    await this.field('確認密碼').fill(admin.password);
    await this.pickOption('所屬單位', admin.unit);
  }

  async submitSetup(): Promise<void> {
    await this.page.getByRole('button', { name: '建立系統管理者並登入' }).click();
  }

  /** Picks an option of an antd Select by typing into it and pressing Enter (keyboard only). */
  async pickOption(label: string, option: string): Promise<void> {
    const box = this.field(label);
    await box.click();
    await box.fill(option);
    await this.page.locator('.ant-select-item-option', { hasText: option }).first().click();
    await expect(this.page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  }

  async login(username: string, password: string): Promise<void> {
    const p = this.page;
    await expect(p.getByRole('heading', { name: '登入' })).toBeVisible();
    await this.field('帳號').fill(username);
    await this.field('密碼').fill(password);
    await this.field('密碼').press('Enter');
  }

  loginError(): Locator {
    return this.page.getByTestId('login-error');
  }

  async expectShell(): Promise<void> {
    await expect(this.page.getByTestId('status-bar')).toBeVisible();
  }

  lockScreen(): Locator {
    return this.page.getByTestId('lock-screen');
  }

  async unlock(password: string): Promise<void> {
    const input = this.lockScreen().getByLabel('請輸入密碼以解鎖');
    await input.fill(password);
    await input.press('Enter');
  }
}

/** Opens the app and signs in; returns once the shell shows. */
export const signIn = async (page: Page, harness: Harness, username: string, password: string): Promise<void> => {
  const app = new AppPage(page);
  await harness.open(page);
  await app.login(username, password);
  await app.expectShell();
};

/** Waits for toasts to fade and animations to end: the screen as a person would look at it. */
export const quiet = async (page: Page): Promise<void> => {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 8000 });
  await settle(page);
};
