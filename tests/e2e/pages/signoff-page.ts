import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/harness';

/** Page model of 紀錄陳核: the queues (to sign, mine, signed) and one record sheet with its actions. */
export class SignoffPage {
  constructor(readonly page: Page) {}

  async open(tab: '待我核章' | '我的紀錄' | '已核章'): Promise<void> {
    await this.page.keyboard.press('Alt+7');
    await expect(this.page).toHaveURL(/#\/signoff/);
    await this.page.getByRole('tab', { name: tab }).click();
  }

  queueRow(testId: 'queue-to-sign' | 'queue-mine' | 'queue-signed', text: string): Locator {
    return this.page.getByTestId(testId).locator('.ant-table-row', { hasText: text });
  }

  status(): Locator {
    return this.page.getByTestId('record-status');
  }

  button(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.locator('.ant-modal-title', { hasText: title }) });
  }

  async sign(password: string): Promise<Locator> {
    await this.button('record-sign').click();
    const d = this.dialog('核章');
    await expect(d.getByLabel('登入密碼')).toBeFocused();
    await d.getByLabel('登入密碼').fill(password);
    await d.getByLabel('登入密碼').press('Enter');
    return d;
  }
}
