import type { Page } from '@playwright/test';
import type { TestApp } from '../../electron/main/testing/app-fixture';
import type { TestHub } from '../integration/hub/harness';
import { expect, test } from './support/harness';
import type { Harness } from './support/harness';
import { ADMIN, AppPage, quiet } from './pages/app-page';
import { arrangeAdmin, arrangeOk, arrangeStaff } from './pages/arrange';
import { syncingDesktop, useBranch } from './pages/arrange-sync';

/**
 * Sync as a person sees it: the status bar (online/offline, last sync, pending, a badge for
 * refusals), the panel of refused changes, the 同步 settings tab, and joining a branch on the
 * first-run screen — against a real hub on a loopback port and a second desktop in this process.
 */
const CLERK = { name: '林櫃台', username: 'clerk', password: 'clerk-password-1' } as const;
const ESCORT = { name: '陳專人', username: 'escort1', password: 'escort-password-1' } as const;

const { startHub, otherDesktop } = useBranch();

/** Another desktop of the branch, joined with a code the page's admin issued. */
const joinOther = async (harness: Harness, h: TestHub): Promise<TestApp> => {
  const { code } = await arrangeOk<{ code: string }>(harness, 'sync:issueCode', {});
  const other = otherDesktop();
  await other.ok('nobody', 'sync:join', { hubUrl: h.url, code, deviceName: '櫃台二' });
  return other;
};

const intakeAndAssign = async (call: (channel: string, input: unknown) => Promise<unknown>, escortId: string) => {
  const { visitId } = (await call('escort:intake', {
    visitor: { name: '王小明', phone: '0912345678' },
    company: null,
    itemIds: ['item-e01', 'item-m01'],
    escortRequested: false,
  })) as { visitId: string };
  await call('escort:assign', { visitId, staffId: escortId });
};

const statusSync = (page: Page) => page.getByTestId('status-sync');

test('status bar and the panel of refused changes: an escort assigned offline on two desktops', async ({ page, harness }) => {
  const hub = await startHub();
  syncingDesktop(harness);
  await arrangeAdmin(harness);
  await arrangeStaff(harness, { ...CLERK, roles: ['counter'] });
  const escortId = await arrangeStaff(harness, { ...ESCORT, roles: ['inspector'] });
  await arrangeOk(harness, 'sync:enroll', { hubUrl: hub.url, code: hub.hub.bootstrapCode, deviceName: '櫃台一' });
  const other = await joinOther(harness, hub);
  await other.ok('other-clerk', 'auth:login', { username: CLERK.username, password: CLERK.password });

  const app = new AppPage(page);
  await harness.open(page);
  await app.login(CLERK.username, CLERK.password);
  await app.expectShell();
  await expect(statusSync(page)).toContainText('已連線 · 上次同步 剛剛 · 待同步 0 筆');

  // The hub goes down; both counters assign the same escort to their own visitor.
  await hub.hub.close();
  const clerkCall = async (channel: string, input: unknown) => {
    const r = await harness.context.dispatch('e2e-clerk', channel, input);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    return (r as { value: unknown }).value;
  };
  await clerkCall('auth:login', { username: CLERK.username, password: CLERK.password });
  await intakeAndAssign(clerkCall, escortId);
  await intakeAndAssign((c, i) => other.ok('other-clerk', c, i), escortId);

  await statusSync(page).click();
  await expect(statusSync(page)).toContainText('離線');
  await expect(statusSync(page)).toContainText('待同步 2 筆');
  await expect(statusSync(page)).toHaveAttribute('data-online', 'false');
  await quiet(page);
  await harness.screenshot(page, 'sync-status-offline');

  // The hub is back: the other desktop syncs first and wins; this one is refused.
  await hub.restart();
  await other.ok('other-clerk', 'sync:now');
  await statusSync(page).click();
  await expect(statusSync(page)).toContainText('已連線 · 上次同步 剛剛 · 待同步 0 筆');
  const badge = page.getByTestId('status-rejections');
  await expect(badge).toBeVisible();
  await expect(badge).toContainText('1');

  await badge.click();
  const panel = page.getByRole('dialog').filter({ hasText: '未被分局伺服器接受的異動' });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('rejection-reason')).toHaveText('此專人已在服務其他來洽人');
  await expect(panel.getByTestId('rejection-action')).toHaveText('建議：請改派其他同仁，或待其服務結束後再指派。');
  await expect(panel).toContainText('指派專人');
  await expect(panel).toContainText(`${CLERK.name} 於`);
  await expect(panel).toContainText('ESCORT_BUSY');
  await quiet(page);
  await harness.screenshot(page, 'sync-rejections');

  await panel.getByTestId('rejection-dismiss').click();
  await expect(panel).toContainText('沒有未被接受的異動。');
  await page.keyboard.press('Escape');
  await expect(badge).toHaveCount(0);
});

test('系統設定 → 同步: state, address, and a one-time code for another desktop', async ({ page, harness }) => {
  const hub = await startHub();
  syncingDesktop(harness);
  await arrangeAdmin(harness);
  const app = new AppPage(page);
  await harness.open(page);
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();
  await expect(statusSync(page)).toContainText('未設定同步伺服器（僅本機使用）· 待同步 2 筆');

  await page.goto(`${page.url().split('#')[0]}#/settings/sync`);
  await expect(page.getByTestId('sync-status-card')).toContainText('這台電腦尚未連接分局伺服器');
  const enroll = page.getByTestId('sync-enroll-card');
  await enroll.getByLabel('分局伺服器位址').fill(hub.url);
  await enroll.getByLabel('註冊碼').fill('not-a-code');
  await enroll.getByLabel('本機名稱').fill('櫃台一');
  await enroll.getByTestId('sync-enroll').click();
  await expect(enroll).toContainText('請輸入 8 碼註冊碼');
  await enroll.getByLabel('註冊碼').fill(hub.hub.bootstrapCode ?? '');
  await enroll.getByTestId('sync-enroll').click();
  await expect(page.getByTestId('sync-status-card')).toContainText('已連線');
  await expect(page.getByTestId('sync-status-card')).toContainText('0 筆');
  await expect(statusSync(page)).toContainText('已連線 · 上次同步 剛剛 · 待同步 0 筆');

  // A used code is refused with words that say what to do.
  await enroll.getByLabel('註冊碼').fill(hub.hub.bootstrapCode ?? '');
  await enroll.getByTestId('sync-enroll').click();
  await expect(enroll.getByRole('alert')).toContainText('註冊碼無效、已使用或已過期');

  await page.getByTestId('sync-issue').click();
  const issued = page.getByTestId('sync-issued-code');
  await expect(issued).toContainText(/[0-9A-Z]{4}-[0-9A-Z]{4}/);
  await expect(issued).toContainText('有效至');
  await expect(page.getByTestId('sync-settings-card').getByLabel('分局伺服器位址')).toHaveValue(hub.url);
  await page.getByTestId('sync-status-card').scrollIntoViewIfNeeded();
  await quiet(page);
  await harness.screenshot(page, 'settings-sync');
});

test('加入既有分局 on the first-run screen: the branch is copied and its admin signs in', async ({ page, harness }) => {
  const hub = await startHub();
  // The branch's first desktop, elsewhere.
  const first = otherDesktop();
  await first.ok('admin', 'auth:setup', { name: ADMIN.name, username: ADMIN.username, password: ADMIN.password, unitId: 'unit-s1' });
  await first.ok('admin', 'sync:enroll', { hubUrl: hub.url, code: hub.hub.bootstrapCode, deviceName: '櫃台一' });
  const { code } = await first.ok<{ code: string }>('admin', 'sync:issueCode');

  syncingDesktop(harness);
  const app = new AppPage(page);
  await harness.open(page);
  await expect(page.getByRole('heading', { name: '首次使用設定' })).toBeVisible();
  await page.getByTestId('setup-mode-join').click();
  await page.getByLabel('分局伺服器位址').fill(hub.url);
  await page.getByLabel('註冊碼').fill(code.toLowerCase());
  await page.getByLabel('本機名稱').fill('筆電七');
  await quiet(page);
  await harness.screenshot(page, 'setup-join');
  await page.getByTestId('join-submit').click();

  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();
  await expect(page.getByTestId('status-user')).toHaveText(`${ADMIN.name}（${ADMIN.username}）`);
  await expect(statusSync(page)).toContainText('已連線 · 上次同步 剛剛 · 待同步 0 筆');
});
