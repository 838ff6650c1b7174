import { describe, expect, it } from 'vitest';
import type { SyncDevice, SyncSettings, SyncStatusValue } from '../../../shared/ipc/contract-sync';
import { ADMIN_PASSWORD, setUpAdmin } from '../../../electron/main/testing/app-fixture';
import type { TestApp } from '../../../electron/main/testing/app-fixture';
import type { TestHub } from '../hub/harness';
import { useDesktops } from './desktops';

/**
 * An admin's view of the branch's desktops and revoking one (a lost laptop), through the IPC
 * channels the 同步 tab uses, against the real hub on a loopback port.
 */
const { desktop, startHub } = useDesktops();
const PASSWORD = 'staff-password-1';

/** Desktop A: set up, a counter clerk, enrolled with the hub's bootstrap code; B joins with a code A issued. */
const branchOfTwo = async (h: TestHub): Promise<{ a: TestApp; b: TestApp }> => {
  const a = desktop();
  await setUpAdmin(a);
  const { id } = await a.ok<{ id: string }>('admin', 'staff:save', { unitId: 'unit-s1', name: '同仁clerk', username: 'clerk', roles: ['counter'], active: true });
  await a.ok('admin', 'staff:setPassword', { staffId: id, newPassword: PASSWORD });
  await a.ok('admin', 'sync:enroll', { hubUrl: h.url, code: h.hub.bootstrapCode, deviceName: '櫃台一' });
  const { code } = await a.ok<{ code: string }>('admin', 'sync:issueCode');
  const b = desktop();
  await b.ok('nobody', 'sync:join', { hubUrl: h.url, code, deviceName: '筆電七' });
  return { a, b };
};
const deviceIdOf = async (app: TestApp, sender: string) => (await app.ok<SyncSettings>(sender, 'sync:settings')).deviceId;

describe('the branch’s desktops: list and revoke', () => {
  it('admin A lists A and B, revokes B; B’s next sync halts and A’s list shows B revoked', async () => {
    const hub = await startHub();
    const { a, b } = await branchOfTwo(hub);
    const idA = await deviceIdOf(a, 'admin');
    await b.ok('b-admin', 'auth:login', { username: 'admin', password: ADMIN_PASSWORD });
    const idB = await deviceIdOf(b, 'b-admin');
    expect(idB).not.toBe(idA);

    const before = await a.ok<SyncDevice[]>('admin', 'sync:devices');
    expect(before).toHaveLength(2);
    expect(before).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ deviceId: idA, name: '櫃台一', self: true, revoked: false }),
        expect.objectContaining({ deviceId: idB, name: '筆電七', self: false, revoked: false }),
      ]),
    );
    for (const d of before) expect(Number.isNaN(Date.parse(d.enrolledAt))).toBe(false);
    expect(before.find((d) => d.self)?.lastSeq).toBeGreaterThan(0);

    // This desktop cannot revoke itself: refused here, the hub is not asked.
    expect((await a.call('admin', 'sync:revokeDevice', { deviceId: idA })).error).toMatchObject({ code: 'rejected', reason: 'REVOKE_SELF' });
    // A device the hub does not know in this branch.
    expect((await a.call('admin', 'sync:revokeDevice', { deviceId: 'dev-nowhere' })).error).toMatchObject({ code: 'not_found', reason: 'DEVICE_NOT_IN_BRANCH' });

    expect(await a.ok('admin', 'sync:revokeDevice', { deviceId: idB })).toEqual({ done: true });
    const status = await b.ok<SyncStatusValue>('b-admin', 'sync:now');
    expect(status).toMatchObject({ configured: true, online: true, problem: { code: 'UNAUTHENTICATED' } });
    // B's admin can no longer ask the hub either.
    expect((await b.call('b-admin', 'sync:devices')).error).toMatchObject({ code: 'rejected', reason: 'UNAUTHENTICATED' });

    const after = await a.ok<SyncDevice[]>('admin', 'sync:devices');
    expect(after.find((d) => d.deviceId === idB)).toMatchObject({ revoked: true, self: false });
    expect(after.find((d) => d.deviceId === idA)).toMatchObject({ revoked: false, self: true });
    // A keeps syncing.
    expect(await a.ok<SyncStatusValue>('admin', 'sync:now')).toMatchObject({ online: true, problem: null });
  });

  it('a non-admin is refused by the role check; nothing is revoked', async () => {
    const hub = await startHub();
    const { a, b } = await branchOfTwo(hub);
    await a.ok('a-clerk', 'auth:login', { username: 'clerk', password: PASSWORD });
    expect((await a.call('a-clerk', 'sync:devices')).error?.code).toBe('forbidden');
    expect((await a.call('a-clerk', 'sync:revokeDevice', { deviceId: 'dev-anything' })).error?.code).toBe('forbidden');
    expect((await a.call('nobody', 'sync:devices')).error?.code).toBe('unauthenticated');
    // Nothing was revoked: B still syncs.
    await b.ok('b-clerk', 'auth:login', { username: 'clerk', password: PASSWORD });
    expect(await b.ok<SyncStatusValue>('b-clerk', 'sync:now')).toMatchObject({ online: true, problem: null });
  });
});
