import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/harness';

export interface LabelPrinter {
  name: string;
  host: string;
  port: number;
}

/** Page model of 系統設定 › 印表機與標籤: the public address and the printer profiles. */
export class PrintersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.page.url().split('#')[0]}#/settings/printers`);
    await expect(this.page.getByTestId('public-url-card')).toBeVisible();
  }

  async setPublicUrl(url: string): Promise<void> {
    const input = this.page.getByTestId('public-url-card').getByLabel('公開網址');
    await input.fill(url);
    await input.press('Enter');
    await expect(this.page.getByTestId('public-url-example')).toContainText(`${url.replace(/\/+$/, '')}/C/`);
  }

  dialog(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.locator('.ant-modal-title', { hasText: '印表機' }) });
  }

  row(name: string): Locator {
    return this.page.getByTestId('printers').locator('.ant-table-row', { hasText: name });
  }

  /** A ZPL label printer on a raw 9100 socket, made the default label printer. */
  async addLabelPrinter(p: LabelPrinter): Promise<void> {
    await this.page.getByTestId('printer-add').click();
    const d = this.dialog();
    await expect(d.getByLabel('名稱', { exact: true })).toBeFocused();
    await d.getByLabel('名稱', { exact: true }).fill(p.name);
    await d.getByLabel('IP 位址或主機名稱').fill(p.host);
    await d.getByLabel('連接埠').fill(String(p.port));
    await d.getByRole('button', { name: '儲存' }).click();
    await expect(d).toBeHidden();
    await expect(this.row(p.name)).toContainText('預設標籤機');
  }
}
