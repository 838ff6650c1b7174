import { describe, expect, it } from 'vitest';
import type { SyncRejection, SyncStatusValue } from '../../../shared/ipc/contract-sync';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { syncedSnapshot } from '../../../electron/main/sync/digest';
import { ADMIN_PASSWORD, setUpAdmin } from '../../../electron/main/testing/app-fixture';
import type { TestApp } from '../../../electron/main/testing/app-fixture';
import type { TestHub } from '../hub/harness';
import { useDesktops } from './desktops';

/**
 * The hub on a loopback port and whole desktop service stacks (each its own SQLite file, its own
 * sync client) syncing over real HTTP, driven through the same IPC channels the UI uses.
 */
const { desktop, startHub, stopHub } = useDesktops();
const rowsOf = (app: TestApp) => canonicalJson(syncedSnapshot(app.ctx.executor!.stores));
const syncNow = (app: TestApp, sender: string) => app.ok<SyncStatusValue>(sender, 'sync:now');
const PASSWORD = 'staff-password-1';

/** The branch's first desktop: set up, staffed (a counter clerk, two escorts), enrolled with the hub's bootstrap code. */
const firstDesktop = async (h: TestHub): Promise<TestApp> => {
  const a = desktop();
  await setUpAdmin(a);
  for (const [username, roles] of [['clerk', ['counter']], ['esc1', ['inspector']], ['esc2', ['inspector']]] as const) {
    const { id } = await a.ok<{ id: string }>('admin', 'staff:save', { unitId: 'unit-s1', name: `同仁${username}`, username, roles, active: true });
    await a.ok('admin', 'staff:setPassword', { staffId: id, newPassword: PASSWORD });
  }
  const code = h.hub.bootstrapCode;
  if (!code) throw new Error('the hub printed no bootstrap code');
  const s = await a.ok<SyncStatusValue>('admin', 'sync:enroll', { hubUrl: h.url, code, deviceName: '櫃台一' });
  expect(s).toMatchObject({ configured: true, online: true, pending: 0, rejected: 0, problem: null, awaitingSnapshot: false });
  return a;
};

/** Another desktop joins on its first-run screen with a code an admin issued on the first one. */
const joinDesktop = async (h: TestHub, a: TestApp, name: string): Promise<TestApp> => {
  const issued = await a.ok<{ code: string; expiresAt: string }>('admin', 'sync:issueCode');
  expect(issued.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const b = desktop();
  expect(await b.ok('nobody', 'app:status')).toMatchObject({ state: 'needs_setup' });
  const s = await b.ok<SyncStatusValue>('nobody', 'sync:join', { hubUrl: h.url, code: issued.code, deviceName: name });
  expect(s).toMatchObject({ configured: true, online: true, pending: 0, awaitingSnapshot: false });
  return b;
};

const staffId = (app: TestApp, username: string) => app.ctx.executor!.stores.staff.findBy('username', username)[0]?.id ?? '';
const intake = (app: TestApp, sender: string) =>
  app.ok<{ visitId: string }>(sender, 'escort:intake', {
    visitor: { name: '王小明', phone: '0912345678' },
    company: null,
    itemIds: ['item-e01', 'item-m01'],
    escortRequested: false,
  });

describe('two desktops and a hub over real HTTP', () => {
  it('joining: the second desktop copies the branch, shows its login, and signs the admin in with the hub down', async () => {
    const hub = await startHub();
    const a = await firstDesktop(hub);
    const b = await joinDesktop(hub, a, '櫃台二');
    expect(rowsOf(b)).toBe(rowsOf(a));
    expect(await b.ok('nobody', 'app:status')).toMatchObject({ state: 'ready', branchName: '經濟部標準檢驗局 分局' });
    // The install's own reference seed never ran: the only outbox rows ever written here are none.
    expect(b.ctx.db!.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    expect(b.ctx.db!.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'reference.seed'").get()).toEqual({ n: 0 });
    // First-run set-up is over here too: a second first admin is refused.
    expect((await b.call('nobody', 'auth:setup', { name: '另一位管理者', username: 'other-admin', password: 'another-password-1', unitId: 'unit-s1' })).error?.code).toBe('setup_done');

    await stopHub();
    const session = await b.ok<{ username: string; roles: string[] }>('b-admin', 'auth:login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(session).toMatchObject({ username: 'admin', roles: ['admin'] });
    const clerk = await b.ok<{ roles: string[] }>('b-clerk', 'auth:login', { username: 'clerk', password: PASSWORD });
    expect(clerk.roles).toEqual(['counter']);
    expect(await syncNow(b, 'b-admin')).toMatchObject({ configured: true, online: false });
  });

  it('an escort assigned offline on both desktops: one succeeds, the other sees ESCORT_BUSY and converges to the hub', async () => {
    const hub = await startHub();
    const a = await firstDesktop(hub);
    const b = await joinDesktop(hub, a, '櫃台二');
    await a.ok('a-clerk', 'auth:login', { username: 'clerk', password: PASSWORD });
    await b.ok('b-clerk', 'auth:login', { username: 'clerk', password: PASSWORD });
    const escort = staffId(a, 'esc1');
    expect(staffId(b, 'esc1')).toBe(escort);

    // The hub goes away (network down); both counters keep working.
    const port = Number(new URL(hub.url).port);
    await hub.hub.close();
    const va = (await intake(a, 'a-clerk')).visitId;
    await a.ok('a-clerk', 'escort:assign', { visitId: va, staffId: escort });
    const vb = (await intake(b, 'b-clerk')).visitId;
    await b.ok('b-clerk', 'escort:assign', { visitId: vb, staffId: escort });
    expect(await syncNow(b, 'b-clerk')).toMatchObject({ online: false, pending: 2 });
    expect(b.ctx.executor!.stores.escort_visits.get(vb)).toMatchObject({ status: 'in_service', escortId: escort });

    await hub.restart();
    expect(Number(new URL(hub.url).port)).toBe(port);
    expect(await syncNow(a, 'a-clerk')).toMatchObject({ online: true, pending: 0, rejected: 0 });
    expect(await syncNow(b, 'b-clerk')).toMatchObject({ online: true, pending: 0, rejected: 1, problem: null });

    const rejections = await b.ok<SyncRejection[]>('b-clerk', 'sync:rejections');
    expect(rejections).toEqual([
      expect.objectContaining({ name: 'escort.assign', code: 'ESCORT_BUSY', actorName: '同仁clerk', summary: `assign escort ${escort}` }),
    ]);
    // B's optimistic assignment is undone: the visitor waits again and the escort is A's.
    expect(b.ctx.executor!.stores.escort_visits.get(vb)).toMatchObject({ status: 'waiting', escortId: null });
    expect(b.ctx.executor!.stores.escort_visits.get(va)).toMatchObject({ status: 'in_service', escortId: escort });
    // A's own view: a rejection-free run.
    expect(await a.ok<SyncRejection[]>('a-clerk', 'sync:rejections')).toEqual([]);

    // Everyone holds the hub's rows: A after one more pull, and a third desktop joining now.
    await syncNow(a, 'a-clerk');
    const c = await joinDesktop(hub, a, '筆電三');
    expect(rowsOf(a)).toBe(rowsOf(c));
    expect(rowsOf(b)).toBe(rowsOf(c));

    // Dismissed from the panel, kept on record.
    await b.ok('b-clerk', 'sync:dismiss', { mutationId: rejections[0]?.mutationId });
    expect(await b.ok('b-clerk', 'sync:rejections')).toEqual([]);
    expect(await b.ok('b-clerk', 'sync:status')).toMatchObject({ rejected: 0 });
  });

  it('pure local use: no hub configured, status says so and sync now does nothing', async () => {
    const a = desktop();
    await setUpAdmin(a);
    expect(await a.ok('admin', 'sync:status')).toMatchObject({ configured: false, online: null, pending: 2, problem: null });
    expect(await syncNow(a, 'admin')).toMatchObject({ configured: false });
    expect((await a.call('admin', 'sync:issueCode')).error).toMatchObject({ code: 'rejected', reason: 'SYNC_NOT_CONFIGURED' });
  });
});
