import { expect, test } from './support/harness';
import type { Page } from '@playwright/test';
import { ADMIN, AppPage } from './pages/app-page';
import { arrangeAdmin } from './pages/arrange';
import { ShellPage } from './pages/shell-page';

const signInAsAdmin = async (page: Page, harness: Parameters<typeof arrangeAdmin>[0]) => {
  await arrangeAdmin(harness);
  await harness.open(page);
  const app = new AppPage(page);
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();
};

const noToasts = (page: Page) => expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 8000 });

test('units: a taken code is refused on the field, values kept; a new code saves', async ({ page, harness }) => {
  const shell = new ShellPage(page);
  await signInAsAdmin(page, harness);
  await page.goto(`${page.url().split('#')[0]}#/settings/units`);
  await expect(shell.row('第六課')).toContainText('S6');
  await page.getByRole('button', { name: '新增單位' }).click();
  const dialog = shell.dialog('新增單位');
  await expect(dialog.getByLabel('代碼')).toBeFocused();
  await dialog.getByLabel('代碼').fill('S1');
  await dialog.getByLabel('名稱').fill('第七課');
  await dialog.getByLabel('名稱').press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('代碼「S1」已被使用，請改用其他代碼。');
  await expect(dialog.getByLabel('名稱')).toHaveValue('第七課');
  await dialog.getByLabel('代碼').fill('S7');
  await dialog.getByLabel('代碼').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(shell.row('第七課')).toContainText('S7');
  await expect(shell.row('第七課')).toContainText('課');
  await noToasts(page);
  await harness.screenshot(page, 'settings-units');

  await shell.openSettingsTab('洽辦業務');
  await shell.pick(page.getByRole('tabpanel'), '承辦單位', '第一課');
  await expect(shell.row('E01')).toContainText('電器商品報驗');
  await page.getByRole('button', { name: '新增洽辦業務' }).click();
  const item = shell.dialog('新增洽辦業務');
  await expect(item.getByLabel('承辦單位')).toBeFocused();
  await item.getByLabel('代碼').fill('E09');
  await item.getByLabel('業務名稱').fill('電器商品進口報驗諮詢');
  await item.getByLabel('業務名稱').press('Enter');
  await expect(item).toBeHidden();
  await expect(shell.row('E09')).toContainText('第一課');
  await noToasts(page);
  await harness.screenshot(page, 'settings-items');
});

test('staff: the last admin cannot lose the role; hostile names render as text', async ({ page, harness }) => {
  const shell = new ShellPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signInAsAdmin(page, harness);
  await page.goto(`${page.url().split('#')[0]}#/settings/staff`);

  await shell.row(ADMIN.username).getByRole('button', { name: '編輯' }).click();
  const edit = shell.dialog('編輯人員');
  await edit.getByLabel('系統管理者').uncheck();
  await edit.getByLabel('檢驗人員').check();
  await edit.getByRole('button', { name: '儲存' }).click();
  await expect(edit.getByRole('alert')).toContainText('這是最後一位啟用中的系統管理者');
  await edit.getByRole('button', { name: '取消' }).click();

  // The active switch is refused the same way, and the row stays active.
  await shell.row(ADMIN.username).getByRole('switch').click();
  await expect(page.locator('.ant-message-notice')).toContainText('這是最後一位啟用中的系統管理者');
  await expect(shell.row(ADMIN.username).getByRole('switch')).toBeChecked();

  const hostile = `<img src=x onerror=alert(1)>${'長'.repeat(60)}`;
  await page.getByTestId('staff-add').click();
  const add = shell.dialog('新增人員');
  await add.getByLabel('姓名', { exact: true }).fill(hostile);
  await add.getByLabel('登入帳號').fill('hostile');
  await shell.pick(add, '單位', '第三課');
  await add.getByLabel('檢驗人員').check();
  await add.getByLabel('登入帳號').press('Enter');
  await expect(add).toBeHidden();
  await expect(shell.row('hostile').getByTestId('staff-name')).toHaveText(hostile);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The long name is cut with an ellipsis inside its cell; the table does not grow sideways.
  const table = await page.locator('.ant-table').boundingBox();
  expect(table?.width ?? 0).toBeLessThanOrEqual(1366 - 212);
  expect(dialogs).toEqual([]);
  await noToasts(page);
  await harness.screenshot(page, 'settings-staff-hostile');
});

test('parameters: labels and units in Chinese; out-of-range values are named', async ({ page, harness }) => {
  const shell = new ShellPage(page);
  await signInAsAdmin(page, harness);
  await page.goto(`${page.url().split('#')[0]}#/settings/parameters`);
  await expect(shell.row('每小時所得')).toContainText('NT$200/小時');
  await expect(shell.row('每趟往返時間')).toContainText('2 小時');
  await expect(shell.row('每趟交通費')).toContainText('NT$400');
  await expect(shell.row('每批查核封存節省時數')).toContainText('24 小時');
  await expect(shell.row('閒置自動鎖定')).toContainText('10 分鐘');
  await harness.screenshot(page, 'settings-parameters');

  await page.getByTestId('param-edit-session.idleLockMinutes').click();
  const dialog = shell.dialog('修改「閒置自動鎖定」');
  const input = dialog.getByTestId('param-value');
  await expect(input).toBeFocused();
  await input.fill('0');
  await input.press('Enter');
  await expect(dialog).toContainText('請輸入 1 至 240 之間的數值');
  await input.fill('15');
  await input.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(shell.row('閒置自動鎖定')).toContainText('15 分鐘');
});

test('audit log: newest first, paged, and verifiable', async ({ page, harness }) => {
  const shell = new ShellPage(page);
  await signInAsAdmin(page, harness);
  await page.goto(`${page.url().split('#')[0]}#/settings/audit`);
  const rows = page.locator('.ant-table-row');
  await expect(rows.first()).toContainText('登入');
  await expect(page.getByText('建立首位管理者')).toBeVisible();
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('驗證通過');
  await noToasts(page);
  await harness.screenshot(page, 'settings-audit');
  await expect(shell.row('建立基本資料')).toBeVisible();
});

test('demo data is loaded on request and marked 示範', async ({ page, harness }) => {
  const shell = new ShellPage(page);
  await signInAsAdmin(page, harness);
  await page.goto(`${page.url().split('#')[0]}#/settings/demo`);
  await page.getByTestId('demo-load').click();
  await page.getByRole('button', { name: '確定' }).click();
  await expect(page.getByTestId('demo-outcome')).toContainText('已載入示範人員');
  await shell.openSettingsTab('人員');
  await expect(shell.row('demo01').getByTestId('demo-tag')).toHaveText('示範');
  await noToasts(page);
  await harness.screenshot(page, 'settings-staff-demo');
});

test('everyone can change their own password from the user menu', async ({ page, harness }) => {
  const app = new AppPage(page);
  const shell = new ShellPage(page);
  await signInAsAdmin(page, harness);
  await page.getByTestId('status-user').click();
  await page.getByRole('menuitem', { name: '變更密碼' }).click();
  const dialog = shell.dialog('變更密碼');
  await expect(dialog.getByLabel('目前密碼')).toBeFocused();
  await dialog.getByLabel('目前密碼').fill('not my password');
  await dialog.getByLabel('新密碼', { exact: true }).fill('a brand new password');
  await dialog.getByLabel('確認新密碼').fill('a brand new password');
  await dialog.getByLabel('確認新密碼').press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('目前密碼錯誤，請重新輸入。');
  await expect(dialog.getByLabel('新密碼', { exact: true })).toHaveValue('a brand new password');
  await dialog.getByLabel('目前密碼').fill(ADMIN.password);
  await dialog.getByLabel('目前密碼').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ant-message-notice')).toContainText('密碼已變更');
  await shell.signOut();
  await app.login(ADMIN.username, 'a brand new password');
  await app.expectShell();
});
