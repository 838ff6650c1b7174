import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/harness';

export interface NewCase {
  caseNumber: string;
  company: string;
  ubn?: string;
  contactName?: string;
  product: string;
  model?: string;
  /** The unit's name as the picker shows it (第一課 …). */
  unit: string;
}

/** Page model of 案件與標籤: search, 新增案件, a case page with its label and progress, import, print jobs. */
export class CasesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+4');
    await expect(this.page).toHaveURL(/#\/cases$/);
    await expect(this.search()).toBeFocused();
  }

  search(): Locator {
    return this.page.getByTestId('case-search');
  }

  table(): Locator {
    return this.page.getByTestId('case-table');
  }

  row(text: string): Locator {
    return this.table().locator('.ant-table-row', { hasText: text });
  }

  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.locator('.ant-modal-title', { hasText: title }) });
  }

  /** Picks an antd Select option inside `scope` by the field's label. */
  async pick(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByLabel(label, { exact: true }).click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  }

  /** 新增案件, filled and submitted; lands on the new case's page. */
  async create(c: NewCase): Promise<void> {
    await this.page.getByTestId('cases-new').click();
    const d = this.dialog('新增案件');
    await expect(d.getByLabel('報驗號碼')).toBeFocused();
    await d.getByLabel('報驗號碼').fill(c.caseNumber);
    await d.getByLabel('公司名稱').fill(c.company);
    if (c.ubn !== undefined) await d.getByLabel('統一編號').fill(c.ubn);
    if (c.contactName !== undefined) await d.getByLabel('聯絡人').fill(c.contactName);
    await d.getByLabel('商品名稱').fill(c.product);
    if (c.model !== undefined) await d.getByLabel('型號').fill(c.model);
    await this.pick(d, '承辦單位', c.unit);
    await d.getByRole('button', { name: '建立案件' }).click();
    await expect(d).toBeHidden();
    await expect(this.heading()).toHaveText(c.caseNumber.toUpperCase());
  }

  heading(): Locator {
    return this.page.getByTestId('case-heading');
  }

  status(): Locator {
    return this.page.getByTestId('case-status').first();
  }

  labelUrl(): Locator {
    return this.page.getByTestId('case-label-url');
  }

  printOutcome(): Locator {
    return this.page.getByTestId('print-outcome');
  }

  async printLabel(): Promise<void> {
    await this.page.getByTestId('case-print-label').click();
  }

  /** 新增進度 with a kind and a note, at the time offered (now). */
  async addMilestone(kind: string, note: string): Promise<void> {
    await this.page.getByTestId('case-add-milestone').click();
    const d = this.dialog('新增進度');
    await this.pick(d, '進度', kind);
    await d.getByLabel('說明').fill(note);
    await d.getByRole('button', { name: '新增' }).click();
    await expect(d).toBeHidden();
  }

  // 匯入
  async openImport(): Promise<void> {
    await this.page.getByTestId('cases-import').click();
    await expect(this.page).toHaveURL(/#\/cases\/import$/);
  }

  async chooseImportFile(name: string, content: string | Buffer): Promise<void> {
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const mimeType = name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
  }

  importOutcome(): Locator {
    return this.page.getByTestId('import-outcome');
  }

  importErrors(): Locator {
    return this.page.getByTestId('import-error');
  }

  // 列印工作
  jobs(): Locator {
    return this.page.getByTestId('print-jobs').locator('.ant-table-row');
  }

  async openJobs(): Promise<void> {
    await this.page.getByTestId('status-print-jobs').click();
    await expect(this.page).toHaveURL(/#\/cases\/print-jobs$/);
  }

  /** Types `text` as a keyboard-wedge scanner does: a few ms per key, then Enter. */
  async scan(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 5 });
    await this.page.keyboard.press('Enter');
  }
}
