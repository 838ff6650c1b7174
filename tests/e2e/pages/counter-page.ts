import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/harness';
import { settle } from './app-page';

export interface Intake {
  name: string;
  phone: string;
  company?: string;
  ubn?: string;
  /** Codes typed into the items field, each followed by Enter (E01, M01 …). */
  items: string[];
  escortRequested?: boolean;
}

/** Page model of 櫃台服務: the intake panel, the board, the escort assignment and the visit drawer. */
export class CounterPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+1');
    await expect(this.page).toHaveURL(/#\/counter$/);
    await expect(this.page.getByTestId('board-figures')).toBeVisible();
  }

  intake(): Locator {
    return this.page.getByTestId('intake-panel');
  }

  field(label: string): Locator {
    return this.intake().getByLabel(label, { exact: true });
  }

  items(): Locator {
    return this.field('洽辦業務');
  }

  ruleHint(): Locator {
    return this.page.getByTestId('intake-rule');
  }

  /** Types a visitor in, keyboard only; does not submit. */
  async fill(v: Intake): Promise<void> {
    await this.field('來洽人姓名').fill(v.name);
    await this.field('聯絡電話').fill(v.phone);
    if (v.company !== undefined) await this.field('公司／單位名稱').fill(v.company);
    if (v.ubn !== undefined) await this.field('統一編號').fill(v.ubn);
    await this.page.keyboard.press('Escape');
    for (const code of v.items) await this.pickItem(code);
    if (v.escortRequested) await this.intake().getByLabel('單一單位亦指派專人').check();
  }

  async pickItem(code: string): Promise<void> {
    await this.items().click();
    await this.items().pressSequentially(code);
    await expect(this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').first()).toContainText(code);
    await this.items().press('Enter');
    await expect(this.intake().locator('.ant-select-selection-item', { hasText: code })).toBeVisible();
  }

  /** Enter in the items field with nothing typed registers the visitor. */
  async submitWithEnter(): Promise<void> {
    await this.items().focus();
    await this.items().press('Enter');
  }

  assignDialog(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByTestId('suggestions') });
  }

  /** The number key shown beside a colleague in the suggestion list. */
  async keyOf(name: string): Promise<string> {
    const row = this.assignDialog().getByTestId('suggestion').filter({ hasText: name });
    return (await row.getByTestId('suggestion-key').textContent())?.trim() ?? '';
  }

  waitingRow(name: string): Locator {
    return this.page.getByTestId('waiting-table').locator('.ant-table-row', { hasText: name });
  }

  activeRow(name: string): Locator {
    return this.page.getByTestId('active-table').locator('.ant-table-row', { hasText: name });
  }

  drawer(): Locator {
    return this.page.locator('.ant-drawer-section');
  }

  async openVisit(name: string): Promise<void> {
    await this.page.locator('.ant-table-row', { hasText: name }).first().click();
    await expect(this.drawer().getByTestId('visit-title')).toHaveText(name);
    await settle(this.page);
  }

  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.locator('.ant-modal-title', { hasText: title }) });
  }

  /** 開始一站, taking the offered unit and item unless told otherwise, starting now. */
  async startStop(expectUnit: string, item?: string): Promise<void> {
    await this.drawer().getByTestId('stop-start').click();
    const d = this.dialog('開始一站');
    await expect(d.getByLabel('單位', { exact: true })).toBeFocused();
    await expect(d.locator('.ant-select-content, .ant-select-selection-item').first()).toContainText(expectUnit);
    if (item) await expect(d).toContainText(item);
    await d.getByLabel('開始時間').press('Enter');
    await expect(d).toBeHidden();
  }

  /** 結束此站 with an outcome and a note; the end time is now unless given. */
  async endStop(outcome: string, note: string, time?: string): Promise<Locator> {
    await this.drawer().getByTestId('stop-end').click();
    const d = this.dialog('結束此站');
    if (time !== undefined) await d.getByLabel('結束時間').fill(time);
    await d.getByText(outcome, { exact: true }).click();
    await d.getByLabel('備註').fill(note);
    await d.getByRole('button', { name: '結束此站' }).click();
    return d;
  }
}
