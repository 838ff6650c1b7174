import { expect, test } from './support/harness';
import { ADMIN, AppPage, quiet } from './pages/app-page';
import { arrangeAdmin, arrangeOk } from './pages/arrange';
import { syncingDesktop, useBranch } from './pages/arrange-sync';

/**
 * 系統設定 → 同步 → 本分局的電腦: the branch's desktops as the hub lists them, revoking a lost
 * laptop after a dialog that says what happens, and what shows when the hub cannot be reached.
 */
const { startHub, stopHub, otherDesktop } = useBranch();

test('本分局的電腦: list, revoke a lost laptop, and the offline message', async ({ page, harness }) => {
  const hub = await startHub();
  syncingDesktop(harness);
  await arrangeAdmin(harness);
  await arrangeOk(harness, 'sync:enroll', { hubUrl: hub.url, code: hub.hub.bootstrapCode, deviceName: '櫃台一' });
  const { code } = await arrangeOk<{ code: string }>(harness, 'sync:issueCode', {});
  const laptop = otherDesktop();
  await laptop.ok('nobody', 'sync:join', { hubUrl: hub.url, code, deviceName: '筆電七' });

  const app = new AppPage(page);
  await harness.open(page);
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();
  await page.goto(`${page.url().split('#')[0]}#/settings/sync`);

  const card = page.getByTestId('sync-devices-card');
  await expect(card).toContainText('本分局的電腦');
  const rows = card.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  const self = rows.filter({ hasText: '櫃台一' });
  const other = rows.filter({ hasText: '筆電七' });
  await expect(self).toContainText('本機');
  await expect(self).toContainText('使用中');
  await expect(self.getByTestId('sync-device-revoke')).toHaveCount(0);
  await expect(other).not.toContainText('本機');
  await expect(other).toContainText('使用中');
  // Enrolled today, in the ROC calendar (115/…).
  await expect(other).toContainText(/1\d\d\/\d\d\/\d\d/);
  await card.scrollIntoViewIfNeeded();
  await quiet(page);
  await harness.screenshot(page, 'settings-sync-devices');

  await other.getByTestId('sync-device-revoke').click();
  const dialog = page.getByRole('dialog').filter({ hasText: '撤銷「筆電七」？' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('無法再與分局伺服器同步');
  await expect(dialog).toContainText('尚未同步的異動會留在那台電腦上');
  await expect(dialog).toContainText('新的註冊碼');
  await quiet(page);
  await harness.screenshot(page, 'settings-sync-devices-revoke');
  await dialog.getByRole('button', { name: '撤 銷' }).or(dialog.getByRole('button', { name: '撤銷' })).click();
  await expect(dialog).toHaveCount(0);
  await expect(other).toContainText('已撤銷');
  await expect(other.getByTestId('sync-device-revoke')).toHaveCount(0);
  await expect(self).toContainText('使用中');
  // The laptop can no longer sync.
  expect(await laptop.ok('nobody', 'sync:now')).toMatchObject({ problem: { code: 'UNAUTHENTICATED' } });

  // The hub goes away: a clear message instead of the table.
  await stopHub();
  await card.getByTestId('sync-devices-refresh').click();
  await expect(card.getByTestId('sync-devices-problem')).toContainText('目前無法連線到分局伺服器');
  await expect(card.locator('table')).toHaveCount(0);
});
