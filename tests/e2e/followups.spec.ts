import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/harness';
import type { Harness } from './support/harness';
import { ADMIN, AppPage, quiet } from './pages/app-page';
import { arrangeAdmin, arrangeOk, arrangeStaff } from './pages/arrange';
import { arrangeSubmittedSheet, todayKey } from './pages/arrange-visits';
import { ShellPage } from './pages/shell-page';
import { SignoffPage } from './pages/signoff-page';

const PW = 'staff password 1';

/** Signs a submitted sheet as `username`, from another window (its own sender). */
const signAs = async (harness: Harness, username: string, recordId: string) => {
  const sender = `e2e-${username}`;
  await harness.context.dispatch(sender, 'auth:login', { username, password: PW });
  const r = await harness.context.dispatch(sender, 'record:sign', { recordId, password: PW });
  expect(r).toMatchObject({ ok: true });
};

test('已核章 lists signed sheets with their service day; 列印 sends a sheet to the default A4 printer', async ({ page, harness }) => {
  const app = new AppPage(page);
  const signoff = new SignoffPage(page);
  await arrangeAdmin(harness);
  const escort = await arrangeStaff(harness, { name: '陳專人', username: 'escort1', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  await arrangeStaff(harness, { name: '張課長', username: 'chief1', password: PW, roles: ['chief'], unitId: 'unit-s1' });
  const first = await arrangeSubmittedSheet(harness, '王小明', escort);
  const second = await arrangeSubmittedSheet(harness, '李大華', escort);
  await arrangeSubmittedSheet(harness, '趙先生', escort);
  await signAs(harness, 'chief1', first);
  await signAs(harness, 'chief1', second);

  await harness.open(page);
  await app.login('chief1', PW);
  await app.expectShell();
  await signoff.open('待我核章');
  await expect(signoff.queueRow('queue-to-sign', '趙先生')).toBeVisible();
  await page.getByRole('tab', { name: '已核章' }).click();
  await expect(page).toHaveURL(/#\/signoff\/signed$/);
  const [y, m, d] = todayKey().split('-').map(Number);
  const rocDay = `${(y ?? 0) - 1911}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`;
  const row = signoff.queueRow('queue-signed', '王小明');
  await expect(row).toContainText('已核定');
  await expect(row).toContainText(rocDay);
  await expect(page.getByTestId('queue-signed').locator('.ant-table-row')).toHaveCount(2);
  await expect(page.getByRole('tab', { name: '已核章' })).toHaveAttribute('aria-selected', 'true');
  await quiet(page);
  // The tab's underline slides over; let it arrive before the picture.
  await page.waitForTimeout(400);
  await harness.screenshot(page, 'records-signed-tab');

  // 列印 with no A4 printer says what to do; with one (save-as-PDF) the sheet lands in its folder.
  await row.click();
  await expect(signoff.status()).toHaveText('已核定');
  await signoff.button('record-print').click();
  await expect(page.getByTestId('print-outcome')).toHaveAttribute('data-state', 'refused');
  await expect(page.getByTestId('print-outcome')).toContainText('尚未設定預設 A4 印表機');
  const folder = path.join(harness.dataDir, 'sheets-out');
  await arrangeOk(harness, 'print:saveProfile', {
    name: '紀錄表存檔',
    kind: 'a4',
    transport: 'pdf_file',
    language: 'pdf',
    dpi: 300,
    widthMm: 210,
    heightMm: 297,
    directory: folder,
    defaultA4: true,
  });
  await signoff.button('record-print').click();
  await expect(page.getByTestId('print-outcome')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('print-outcome')).toContainText('已另存 PDF');
  const saved = fs.readdirSync(folder);
  expect(saved).toHaveLength(1);
  expect(fs.readFileSync(path.join(folder, saved[0] ?? '')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('an administrator removes a deputy and an absence, after confirming', async ({ page, harness }) => {
  const app = new AppPage(page);
  const shell = new ShellPage(page);
  await arrangeAdmin(harness);
  const chief = await arrangeStaff(harness, { name: '張課長', username: 'chief1', password: PW, roles: ['chief'], unitId: 'unit-s1' });
  const deputy = await arrangeStaff(harness, { name: '陳代理', username: 'deputy1', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  const today = todayKey();
  await arrangeOk(harness, 'deputy:save', { unitId: 'unit-s1', chiefId: chief, deputyId: deputy, fromDay: today, toDay: today });
  await arrangeOk(harness, 'absence:save', { staffId: deputy, dayKey: today, reason: '休假' });
  await harness.open(page);
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();

  await page.goto(`${page.url().split('#')[0]}#/settings/deputies`);
  await expect(shell.row('陳代理')).toContainText('代理中');
  await shell.row('陳代理').getByTestId('deputy-remove').click();
  await expect(page.locator('.ant-popconfirm')).toContainText('刪除後代理人即不能再代為核章');
  await page.locator('.ant-popconfirm').getByRole('button', { name: '刪除' }).click();
  await expect(page.getByText('尚未設定代理人')).toBeVisible();

  await shell.openSettingsTab('請假登記');
  await expect(shell.row('陳代理')).toContainText('休假');
  await shell.row('陳代理').getByTestId('absence-remove').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '刪除' }).click();
  await expect(page.getByText('這一天沒有人登記請假')).toBeVisible();
});
