import { expect, test } from './support/harness';
import { ADMIN, AppPage, quiet } from './pages/app-page';
import { arrangeAdmin, arrangeStaff } from './pages/arrange';
import { arrangeSubmittedSheet } from './pages/arrange-visits';
import { ShellPage } from './pages/shell-page';
import { SignoffPage } from './pages/signoff-page';

const PW = 'staff password 1';

test('the admin appoints a deputy and registers an absence; the deputy signs, marked as deputy', async ({ page, harness }) => {
  const app = new AppPage(page);
  const shell = new ShellPage(page);
  const signoff = new SignoffPage(page);
  await arrangeAdmin(harness);
  const escort = await arrangeStaff(harness, { name: '陳專人', username: 'escort1', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  await arrangeStaff(harness, { name: '林檢驗', username: 'deputy1', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  await arrangeStaff(harness, { name: '張課長', username: 'chief1', password: PW, roles: ['chief'], unitId: 'unit-s1' });
  const recordId = await arrangeSubmittedSheet(harness, '王小明', escort);
  await harness.open(page);
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();

  await page.goto(`${page.url().split('#')[0]}#/settings/deputies`);
  await page.getByTestId('deputy-add').click();
  const add = shell.dialog('新增代理人');
  await expect(add.getByLabel('單位', { exact: true })).toBeFocused();
  await shell.pick(add, '單位', '第一課');
  await shell.pick(add, '被代理的課長（主任）', '張課長');
  await shell.pick(add, '代理人', '林檢驗');
  // The last day before the first is named before main is asked.
  const today = await add.getByLabel('代理起日').inputValue();
  await add.getByLabel('代理迄日').fill('2020-01-01');
  await add.getByRole('button', { name: '儲存' }).click();
  await expect(add).toContainText('迄日不可早於起日');
  await add.getByLabel('代理迄日').fill(today);
  await add.getByRole('button', { name: '儲存' }).click();
  await expect(add).toBeHidden();
  const row = shell.row('林檢驗');
  await expect(row).toContainText('第一課');
  await expect(row).toContainText('張課長');
  await expect(row).toContainText('代理中');
  await quiet(page);
  await harness.screenshot(page, 'deputies');

  await shell.openSettingsTab('請假登記');
  await page.getByTestId('absence-add').click();
  const absence = shell.dialog('登記請假／公出');
  await shell.pick(absence, '人員', '張課長');
  await absence.getByLabel('事由').fill('休假');
  await absence.getByLabel('事由').press('Enter');
  await expect(absence).toBeHidden();
  await expect(shell.row('張課長')).toContainText('休假');
  await quiet(page);
  await harness.screenshot(page, 'absences');
  await shell.signOut();

  // The deputy finds the sheet in 待我核章 and signs it as deputy of the chief.
  await app.login('deputy1', PW);
  await app.expectShell();
  await signoff.open('待我核章');
  await signoff.queueRow('queue-to-sign', '王小明').click();
  await expect(page).toHaveURL(new RegExp(recordId));
  const sign = await signoff.sign(PW);
  await expect(sign).toBeHidden();
  await expect(page.getByTestId('record-signed')).toContainText('林檢驗（代理 張課長）');
  await expect(page.getByTestId('sheet-signer')).toContainText('林檢驗（代理 張課長）');
});
