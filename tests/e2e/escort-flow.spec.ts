import fs from 'node:fs';
import { expect, test } from './support/harness';
import { AppPage, quiet, settle } from './pages/app-page';
import { arrangeAdmin, arrangeStaff } from './pages/arrange';
import { CounterPage } from './pages/counter-page';
import { ShellPage } from './pages/shell-page';
import { SignoffPage } from './pages/signoff-page';

const PW = 'staff password 1';

test('a visitor walks from intake through two stops to a signed, verified sheet', async ({ page, harness }) => {
  const app = new AppPage(page);
  const shell = new ShellPage(page);
  const counter = new CounterPage(page);
  const signoff = new SignoffPage(page);
  await arrangeAdmin(harness);
  await arrangeStaff(harness, { name: '林櫃台', username: 'counter1', password: PW, roles: ['counter'], unitId: 'unit-s6' });
  await arrangeStaff(harness, { name: '陳專人', username: 'escort1', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  await arrangeStaff(harness, { name: '張課長', username: 'chief1', password: PW, roles: ['chief'], unitId: 'unit-s1' });
  await harness.open(page);

  // The counter registers the visitor, keyboard first, and sees the rule as the items are picked.
  await app.login('counter1', PW);
  await app.expectShell();
  await counter.open();
  await expect(counter.field('來洽人姓名')).toBeFocused();
  await counter.fill({ name: '王小明', phone: '0912-345-678', company: '範例電器股份有限公司', ubn: '04595257', items: ['E01'] });
  await expect(counter.ruleHint()).toContainText('由單一單位直接服務');
  await counter.pickItem('M01');
  await expect(counter.ruleHint()).toContainText('需指派專人（跨 2 個單位）');
  await expect(counter.ruleHint()).toContainText('受理單位：第一課');
  await expect(counter.ruleHint()).toContainText('第一課、第二課');
  await page.keyboard.press('Escape');
  await settle(page);
  await harness.screenshot(page, 'intake');

  // Enter registers; the escort step opens at once, and one keystroke assigns.
  await counter.submitWithEnter();
  const assign = counter.assignDialog();
  await expect(assign).toContainText('指派專人：王小明');
  // Only colleagues who escort are offered: the inspector and the chief, not the administrator of the unit.
  await expect(assign.getByTestId('suggestion')).toHaveCount(2);
  await settle(page);
  await harness.screenshot(page, 'escort-assign');
  await page.keyboard.press(await counter.keyOf('陳專人'));
  await expect(assign).toBeHidden();
  await expect(counter.field('來洽人姓名')).toBeFocused();
  await expect(counter.field('來洽人姓名')).toHaveValue('');
  await expect(counter.activeRow('王小明')).toContainText('陳專人');
  await expect(counter.activeRow('王小明')).toContainText('尚未開始第一站');

  // A second visitor for one unit waits to be served directly.
  await counter.fill({ name: '李大華', phone: '06-2345678', items: ['E02'] });
  await counter.submitWithEnter();
  await expect(counter.waitingRow('李大華')).toContainText('單一單位');
  await expect(page.getByTestId('fig-visitors')).toContainText('2 人');
  await expect(page.getByTestId('fig-escorted')).toContainText('1 件');
  await page.keyboard.press('Escape');
  await quiet(page);
  await harness.screenshot(page, 'counter-board');
  await shell.signOut();

  // The escort finds their visitor on the board and records two stops.
  await app.login('escort1', PW);
  await app.expectShell();
  await counter.open();
  await expect(counter.intake()).toHaveCount(0);
  await page.getByTestId('my-visit-open').click();
  await expect(counter.drawer().getByTestId('visit-title')).toHaveText('王小明');
  await counter.startStop('第一課', 'E01');
  await expect(counter.drawer().getByTestId('stop-end')).toBeVisible();
  await expect(counter.drawer().getByTestId('stop-start')).toHaveCount(0);
  const first = await counter.endStop('辦結', '已受理報驗');
  await expect(first).toBeHidden();
  await counter.startStop('第二課', 'M01');
  const second = await counter.endStop('待補件', '請補送型式試驗報告');
  await expect(second).toBeHidden();
  const stops = counter.drawer().getByTestId('stops-table').locator('.ant-table-row');
  await expect(stops).toHaveCount(2);
  await expect(stops.nth(0)).toContainText('第一課');
  await expect(stops.nth(0)).toContainText('辦結');
  await expect(stops.nth(1)).toContainText('第二課');
  await expect(stops.nth(1)).toContainText('待補件');
  await quiet(page);
  await harness.screenshot(page, 'visit-detail');

  // Finishing drafts the 附件2 sheet, which the escort opens and submits.
  await counter.drawer().getByTestId('visit-finish').click();
  const finish = counter.dialog('完成服務');
  await finish.getByText('非常滿意', { exact: true }).click();
  await finish.getByLabel('來洽人意見／備註').fill('專人帶領，省時省力');
  await finish.getByRole('button', { name: '完成服務' }).click();
  await expect(page).toHaveURL(/#\/signoff\/records\//);
  await expect(signoff.status()).toHaveText('草稿');
  await expect(page.getByTestId('sheet-stop')).toHaveCount(2);
  await expect(page.getByTestId('sheet-satisfaction')).toContainText('■非常滿意');
  await signoff.button('record-submit').click();
  await expect(signoff.status()).toHaveText('已送陳');
  await expect(signoff.button('record-submit')).toHaveCount(0);
  await expect(signoff.button('record-sign')).toHaveCount(0);
  await shell.signOut();

  // The chief finds it in 待我核章, signs with the password, and verifies the signature.
  await app.login('chief1', PW);
  await app.expectShell();
  await signoff.open('待我核章');
  await expect(signoff.queueRow('queue-to-sign', '王小明')).toContainText('陳專人');
  await settle(page);
  await harness.screenshot(page, 'record-queue');
  await signoff.queueRow('queue-to-sign', '王小明').click();
  await expect(signoff.status()).toHaveText('已送陳');
  const sign = await signoff.sign(PW);
  await expect(sign).toBeHidden();
  await expect(signoff.status()).toHaveText('已核定');
  await expect(page.getByTestId('record-signed')).toContainText('張課長');
  await expect(page.getByTestId('sheet-signer')).toContainText('張課長');
  await expect(signoff.button('record-edit')).toHaveCount(0);
  await signoff.button('record-verify-button').click();
  await expect(page.getByTestId('record-verify')).toContainText('簽章有效：張課長');
  await quiet(page);
  await harness.screenshot(page, 'record-detail-signed');
  await page.getByTestId('sheet-signer').scrollIntoViewIfNeeded();
  await harness.screenshot(page, 'record-detail-signed-sheet');

  // 開啟 PDF hands the rendered sheet to the system viewer; 另存 PDF says where it is.
  await signoff.button('record-open-pdf').click();
  await expect.poll(() => harness.openedFiles.length).toBe(1);
  const pdf = harness.openedFiles[0] ?? '';
  expect(fs.existsSync(pdf)).toBe(true);
  expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await signoff.button('record-save-pdf').click();
  await expect(page.getByTestId('record-pdf-path')).toContainText('.pdf');
});

test('a one-unit visitor is served directly: started from the board, finished without stops, counted', async ({ page, harness }) => {
  const app = new AppPage(page);
  const counter = new CounterPage(page);
  await arrangeAdmin(harness);
  await arrangeStaff(harness, { name: '林櫃台', username: 'counter1', password: PW, roles: ['counter'], unitId: 'unit-s6' });
  await harness.open(page);
  await app.login('counter1', PW);
  await app.expectShell();
  await counter.open();
  await counter.fill({ name: '李大華', phone: '06-2345678', items: ['E02'] });
  await expect(counter.ruleHint()).toContainText('由單一單位直接服務');
  await counter.submitWithEnter();
  await expect(counter.assignDialog()).toHaveCount(0);
  await counter.waitingRow('李大華').getByTestId('waiting-start').click();
  await expect(counter.drawer().getByTestId('visit-status')).toHaveText('服務中');
  await expect(counter.activeRow('李大華')).toContainText('由單位直接服務');
  await counter.drawer().getByTestId('visit-finish').click();
  const finish = counter.dialog('完成服務');
  await finish.getByText('滿意', { exact: true }).click();
  await finish.getByRole('button', { name: '完成服務' }).click();
  await expect(finish).toBeHidden();
  await expect(counter.drawer().getByTestId('visit-status')).toHaveText('已完成');
  await expect(counter.drawer()).toContainText('滿意');
  await expect(counter.drawer().getByTestId('visit-record-link')).toHaveCount(0);
  await expect(page.getByTestId('fig-finished')).toContainText('1 人');
  await page.keyboard.press('Escape');

  // A visitor who leaves is cancelled with a reason, and leaves the board.
  await counter.fill({ name: '趙先生', phone: '0922333444', items: ['M02'] });
  await counter.submitWithEnter();
  await counter.openVisit('趙先生');
  await counter.drawer().getByRole('button', { name: '取消來洽' }).click();
  const cancel = counter.dialog('取消來洽');
  await cancel.getByRole('button', { name: '確定取消' }).click();
  await expect(cancel).toContainText('請輸入取消原因');
  await cancel.getByLabel('取消原因').fill('來洽人先行離開');
  await cancel.getByRole('button', { name: '確定取消' }).click();
  await expect(cancel).toBeHidden();
  await expect(counter.drawer().getByTestId('visit-status')).toHaveText('已取消');
  await expect(counter.drawer()).toContainText('來洽人先行離開');
  await expect(counter.waitingRow('趙先生')).toHaveCount(0);

  // The same board in English.
  await page.keyboard.press('Escape');
  await page.getByText('English', { exact: true }).click();
  const panel = counter.intake();
  await panel.getByLabel('Visitor name', { exact: true }).fill('Chen Mei-ling');
  await panel.getByLabel('Phone', { exact: true }).fill('0912345678');
  for (const code of ['E01', 'M01']) {
    await panel.getByLabel('Business items', { exact: true }).pressSequentially(code);
    await panel.getByLabel('Business items', { exact: true }).press('Enter');
  }
  await expect(counter.ruleHint()).toContainText('Escort needed (2 units)');
  await page.keyboard.press('Escape');
  await quiet(page);
  await harness.screenshot(page, 'counter-board-en');
});
