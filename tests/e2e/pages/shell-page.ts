import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/harness';

/** Page model of the signed-in shell: navigation, user menu, settings tabs and dialogs. */
export class ShellPage {
  constructor(readonly page: Page) {}

  nav(): Locator {
    return this.page.getByRole('navigation').getByRole('menuitem');
  }

  async openArea(label: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: new RegExp(label) }).click();
  }

  async openSettingsTab(label: string): Promise<void> {
    await this.page.getByRole('tab', { name: label }).click();
  }

  /** The open dialog (antd modal) titled `title`. */
  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByText(title) });
  }

  async signOut(): Promise<void> {
    await this.page.getByTestId('user-menu').click();
    await this.page.getByRole('menuitem', { name: '登出' }).click();
    await expect(this.page.getByRole('heading', { name: '登入' })).toBeVisible();
  }

  row(text: string): Locator {
    return this.page.locator('.ant-table-row', { hasText: text });
  }

  /** Picks an option in an antd Select inside `scope`, by its label. */
  async pick(scope: Locator, label: string, option: string): Promise<void> {
    const box = scope.getByLabel(label, { exact: true });
    await box.click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  }
}
