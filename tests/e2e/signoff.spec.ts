import type { Page } from '@playwright/test';
import { expect, test } from './support/harness';
import { quiet, signIn } from './pages/app-page';
import { arrangeAdmin, arrangeStaff } from './pages/arrange';
import { arrangeSubmittedSheet } from './pages/arrange-visits';
import { ShellPage } from './pages/shell-page';
import { SignoffPage } from './pages/signoff-page';

const PW = 'staff password 1';

/** The renderer's own bridge, called directly: what a tampered renderer could try. */
const callDirect = (page: Page, domain: string, verb: string, input: unknown) =>
  page.evaluate(
    ([d, v, i]) => {
      const api = (window as unknown as { api: Record<string, Record<string, (x: unknown) => Promise<unknown>>> }).api;
      return api[d as string]?.[v as string]?.(i);
    },
    [domain, verb, input] as const,
  );

test('returned with a reason, edited, resubmitted; a non-chief cannot sign; a signed sheet is corrected, never edited', async ({
  page,
  harness,
}) => {
  const shell = new ShellPage(page);
  const signoff = new SignoffPage(page);
  await arrangeAdmin(harness);
  const escort = await arrangeStaff(harness, { name: '陳專人', username: 'escort1', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  await arrangeStaff(harness, { name: '張課長', username: 'chief1', password: PW, roles: ['chief'], unitId: 'unit-s1' });
  const recordId = await arrangeSubmittedSheet(harness, '王小明', escort);

  // The chief returns it; the reason is required and must say something.
  await signIn(page, harness, 'chief1', PW);
  await signoff.open('待我核章');
  await signoff.queueRow('queue-to-sign', '王小明').click();
  await signoff.button('record-return').click();
  const ret = signoff.dialog('退回紀錄表');
  await ret.getByRole('button', { name: '退回' }).click();
  await expect(ret).toContainText('請輸入退回原因');
  await ret.getByLabel('退回原因').fill('x');
  await ret.getByLabel('退回原因').press('Tab');
  await expect(ret).toContainText('請說明原因（至少 2 個字）');
  await ret.getByLabel('退回原因').fill('請補充來洽人意見');
  await ret.getByRole('button', { name: '退回' }).click();
  await expect(ret).toBeHidden();
  await expect(signoff.status()).toHaveText('已退回');
  await expect(signoff.button('record-sign')).toHaveCount(0);
  await shell.signOut();

  // The escort sees why, prominently, edits the sheet and resubmits it.
  await signIn(page, harness, 'escort1', PW);
  await signoff.open('我的紀錄');
  await expect(signoff.queueRow('queue-mine', '王小明')).toContainText('退回原因：請補充來洽人意見');
  await signoff.queueRow('queue-mine', '王小明').click();
  await expect(page.getByTestId('record-returned')).toContainText('請補充來洽人意見');
  await quiet(page);
  await harness.screenshot(page, 'record-returned');
  await signoff.button('record-edit').click();
  await page.getByLabel('來洽人意見').fill('專人帶領，省時省力');
  await page.getByLabel('第 1 站備註').fill('已受理報驗，三日內通知');
  await signoff.button('record-save').click();
  await expect(page.getByTestId('escort-sheet')).toContainText('專人帶領，省時省力');
  await expect(page.getByTestId('escort-sheet')).toContainText('已受理報驗，三日內通知');
  await signoff.button('record-submit').click();
  await expect(signoff.status()).toHaveText('已送陳');

  // Not a chief: no 核章 or 退回 offered, and main refuses a direct call in Chinese terms.
  await expect(signoff.button('record-sign')).toHaveCount(0);
  await expect(signoff.button('record-return')).toHaveCount(0);
  await expect(signoff.button('record-edit')).toHaveCount(0);
  expect(await callDirect(page, 'record', 'sign', { recordId, password: PW })).toMatchObject({
    ok: false,
    error: { code: 'rejected', reason: 'NOT_SIGNER' },
  });
  await shell.signOut();

  // The chief: a wrong password signs nothing; the right one signs.
  await signIn(page, harness, 'chief1', PW);
  await page.goto(`${page.url().split('#')[0]}#/signoff/records/${recordId}`);
  const wrong = await signoff.sign('not my password');
  await expect(wrong.getByRole('alert')).toHaveText('密碼錯誤，未核章。請輸入您本人的登入密碼。');
  await wrong.getByLabel('登入密碼').fill(PW);
  await wrong.getByLabel('登入密碼').press('Enter');
  await expect(wrong).toBeHidden();
  await expect(signoff.status()).toHaveText('已核定');

  // Signed: nothing offers to edit it, main refuses an edit, and 更正 makes a linked draft.
  await expect(signoff.button('record-edit')).toHaveCount(0);
  await expect(signoff.button('record-submit')).toHaveCount(0);
  const edited = await callDirect(page, 'record', 'update', { recordId, content: { visitorOpinion: 'x' } });
  expect(edited).toMatchObject({ ok: false, error: { code: 'rejected', reason: 'RECORD_SIGNED' } });
  await signoff.button('record-correct').click();
  await page.getByRole('button', { name: '更正', exact: true }).last().click();
  await expect(page).not.toHaveURL(new RegExp(recordId));
  await expect(signoff.status()).toHaveText('草稿');
  await expect(page.getByTestId('record-correction-of')).toContainText('本紀錄為更正紀錄');
  await expect(signoff.button('record-edit')).toBeVisible();
  await page.getByTestId('record-correction-of').getByRole('link', { name: '開啟原紀錄' }).click();
  await expect(page).toHaveURL(new RegExp(recordId));
  await expect(signoff.status()).toHaveText('已核定');
  await signoff.button('record-verify-button').click();
  await expect(page.getByTestId('record-verify')).toContainText('簽章有效：張課長');

  // Someone with the database file and a SQLite shell drops the guard and edits the signed sheet:
  // the verifier says so, naming the signer on record.
  const db = harness.context.db;
  if (!db) throw new Error('no database');
  db.exec('DROP TRIGGER record_sheets_signed_no_update');
  const row = db.prepare('SELECT content FROM record_sheets WHERE id = ?').get(recordId) as { content: string };
  db.prepare('UPDATE record_sheets SET content = ? WHERE id = ?').run(
    JSON.stringify({ ...(JSON.parse(row.content) as object), visitorName: '王大明' }),
    recordId,
  );
  await page.reload();
  await signoff.button('record-verify-button').click();
  await expect(page.getByTestId('record-verify')).toContainText('簽章無效：紀錄內容與簽章不符，可能遭竄改（BAD_SIGNATURE）');
  await expect(page.getByTestId('record-verify')).toContainText('紀錄上的核章人：張課長');
  await quiet(page);
  await harness.screenshot(page, 'record-verify-bad');
});
