import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceListResponse, EnrollResponse, IssueCodeResponse, PullResponse, PushMutation, PushResponse, SyncError } from '../../../shared/sync/wire';
import { usePostgres } from '../../support/postgres';
import { intakeArgs, outbox, post, pushBody, SEED, staffArgs, startTestHub, VERIFIER } from './harness';
import type { TestHub, TestHubOptions } from './harness';

/**
 * Devices and branches, on both engines: one-time enrollment codes, re-keying, revocation by
 * re-enrollment, branch partitioning, refusal of another branch's mutations, and the tombstone
 * horizon that turns a too-old cursor into MUST_RESYNC.
 */
const newDatabase = usePostgres('enroll');

const hubs: TestHub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.stop();
});

type Engine = 'sqlite' | 'postgres';
const start = async (engine: Engine, devices: string[], opts: TestHubOptions = {}): Promise<TestHub> => {
  const hub = await startTestHub(devices, { ...opts, ...(engine === 'postgres' ? { databaseUrl: newDatabase() } : {}) });
  hubs.push(hub);
  return hub;
};

const firstRun = (next: ReturnType<typeof outbox>): PushMutation[] => [
  next('reference.seed', SEED, null),
  next('setup.createFirstAdmin', { staffId: 'admin-1', unitId: 'unit-s6', name: '管理者', username: 'admin', verifier: VERIFIER }, null),
  next('staff.save', staffArgs('e1', 'unit-s1', ['inspector']), 'admin-1'),
  next('staff.save', staffArgs('e2', 'unit-s1', ['inspector']), 'admin-1'),
  next('staff.save', staffArgs('c1', 'unit-s1', ['chief']), 'admin-1'),
];

describe.each(['sqlite', 'postgres'] as const)('devices and branches on %s', (engine) => {
  const api = (hub: TestHub) => ({
    enroll: (code: string, deviceId: string) =>
      post<EnrollResponse | SyncError>(`${hub.url}/enroll`, null, { code, deviceId, deviceName: '櫃台一' }),
    issue: (deviceId: string, token: string, actorId: string) =>
      post<IssueCodeResponse | SyncError>(`${hub.url}/enroll/codes`, token, { deviceId, actorId }),
    push: (deviceId: string, token: string, mutations: PushMutation[]) =>
      post<PushResponse | SyncError>(`${hub.url}/sync/push`, token, pushBody(deviceId, mutations)),
    pull: (deviceId: string, token: string, cursor: number) =>
      post<PullResponse | SyncError>(`${hub.url}/sync/pull`, token, { deviceId, cursor, limit: 1000 }),
  });

  it('the first desktop enrolls with the bootstrap code; an admin issues single-use codes for the next', async () => {
    const hub = await start(engine, []);
    const code = hub.hub.bootstrapCode;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const h = api(hub);

    // Lower case and no dash are the same code.
    const first = await h.enroll(code!.replace('-', '').toLowerCase(), 'desk-1');
    expect(first.status).toBe(200);
    const a = first.body as EnrollResponse;
    expect(a).toMatchObject({ deviceId: 'desk-1', branchId: 'branch-main', lastSeq: 0 });
    // A code works once.
    const replay = await h.enroll(code!, 'desk-x');
    expect(replay.status).toBe(403);
    expect((replay.body as SyncError).error.code).toBe('ENROLLMENT_CODE_INVALID');

    expect((await h.push('desk-1', a.token, firstRun(outbox()))).status).toBe(200);

    // Only an admin (as the hub knows its staff) may issue codes.
    const denied = await h.issue('desk-1', a.token, 'e1');
    expect(denied.status).toBe(403);
    expect((denied.body as SyncError).error.code).toBe('FORBIDDEN');
    const unknown = await h.issue('desk-1', a.token, 'nobody');
    expect(unknown.status).toBe(403);

    const issued = await h.issue('desk-1', a.token, 'admin-1');
    expect(issued.status).toBe(200);
    const second = await h.enroll((issued.body as IssueCodeResponse).code, 'desk-2');
    expect(second.status).toBe(200);
    const b = second.body as EnrollResponse;

    // The new desktop sees the branch's staff and login verifiers: it can log them in offline.
    const pulled = await h.pull('desk-2', b.token, 0);
    expect(pulled.status).toBe(200);
    const rows = (pulled.body as PullResponse).changes;
    expect(rows.find((c) => c.table === 'credentials' && c.key === 'admin-1')?.row).toMatchObject({ verifier: VERIFIER });
    expect(rows.filter((c) => c.table === 'staff').map((c) => c.key).sort()).toEqual(['admin-1', 'c1', 'e1', 'e2']);
  });

  it('refuses unknown, malformed, used and expired codes alike, and writes nothing', async () => {
    let now = new Date('2026-11-27T01:30:00.000Z');
    const hub = await start(engine, ['desk-1'], { now: () => now });
    const h = api(hub);
    const token = hub.tokens['desk-1']!;
    await h.push('desk-1', token, firstRun(outbox()));
    const issued = (await h.issue('desk-1', token, 'admin-1')).body as IssueCodeResponse;
    expect(Date.parse(issued.expiresAt) - now.getTime()).toBe(15 * 60_000);

    const bad = await Promise.all([h.enroll('0000-0000', 'x1'), h.enroll('ZZZZ-ZZZZ', 'x2')]);
    for (const r of bad) expect([r.status, (r.body as SyncError).error.code]).toEqual([403, 'ENROLLMENT_CODE_INVALID']);
    const malformed = await h.enroll('not a code!', 'x3');
    expect(malformed.status).toBe(400);

    now = new Date(now.getTime() + 16 * 60_000);
    const late = await h.enroll(issued.code, 'x4');
    expect([late.status, (late.body as SyncError).error.code]).toEqual([403, 'ENROLLMENT_CODE_INVALID']);
    // Nothing was enrolled by any of these.
    for (const id of ['x1', 'x2', 'x4']) expect(await hub.hub.backend.transaction((s) => s.deviceById(id))).toBeUndefined();
  });

  it('re-enrolling a device re-keys it: the old token stops working, its sequence is kept', async () => {
    const hub = await start(engine, ['desk-1']);
    const h = api(hub);
    const oldToken = hub.tokens['desk-1']!;
    const next = outbox();
    await h.push('desk-1', oldToken, firstRun(next));
    const code = ((await h.issue('desk-1', oldToken, 'admin-1')).body as IssueCodeResponse).code;
    const again = (await h.enroll(code, 'desk-1')).body as EnrollResponse;
    expect(again.lastSeq).toBe(5);
    expect((await h.pull('desk-1', oldToken, 0)).status).toBe(401);
    const more = await h.push('desk-1', again.token, [next('visit.intake', intakeArgs('v1'), 'admin-1')]);
    expect(more.status).toBe(200);
    expect((more.body as PushResponse).lastSeq).toBe(6);
  });

  it('an admin lists the branch devices and revokes a lost one: its token stops working at once', async () => {
    const hub = await start(engine, ['desk-1', 'desk-2']);
    const h = api(hub);
    const [t1, t2] = [hub.tokens['desk-1']!, hub.tokens['desk-2']!];
    await h.push('desk-1', t1, firstRun(outbox()));
    const list = await post<DeviceListResponse>(`${hub.url}/devices/list`, t1, { deviceId: 'desk-1', actorId: 'admin-1' });
    expect(list.body.devices.map((d) => [d.deviceId, d.revoked])).toEqual([['desk-1', false], ['desk-2', false]]);
    const notAdmin = await post(`${hub.url}/devices/revoke`, t1, { deviceId: 'desk-1', actorId: 'e1', targetDeviceId: 'desk-2' });
    expect(notAdmin.status).toBe(403);
    expect((await h.pull('desk-2', t2, 0)).status).toBe(200);
    const revoked = await post(`${hub.url}/devices/revoke`, t1, { deviceId: 'desk-1', actorId: 'admin-1', targetDeviceId: 'desk-2' });
    expect(revoked.status).toBe(200);
    const after = await h.pull('desk-2', t2, 0);
    expect([after.status, (after.body as SyncError).error.code]).toEqual([401, 'UNAUTHENTICATED']);
    const again = await post<DeviceListResponse>(`${hub.url}/devices/list`, t1, { deviceId: 'desk-1', actorId: 'admin-1' });
    expect(again.body.devices.find((d) => d.deviceId === 'desk-2')?.revoked).toBe(true);
  });

  it('keeps branches apart: another branch pulls none of these rows and may not name this branch', async () => {
    const hub = await start(engine, ['desk-1']);
    const h = api(hub);
    await h.push('desk-1', hub.tokens['desk-1']!, firstRun(outbox()));
    const otherToken = 'other-branch-token-0123456789abcdef';
    const { hashToken } = await import('../../../hub/src/store/devices');
    await hub.hub.backend.transaction((s) =>
      s.upsertDevice({ id: 'far-1', branch_id: 'branch-far', token_hash: hashToken(otherToken), name: 'far', at: '2026-11-27T00:00:00.000Z' }),
    );
    const pulled = (await h.pull('far-1', otherToken, 0)).body as PullResponse;
    expect(pulled.changes).toEqual([]);

    const foreign = await h.push('far-1', otherToken, [outbox()('reference.seed', SEED, null)]);
    expect(foreign.status).toBe(403);
    expect((foreign.body as SyncError).error.code).toBe('WRONG_BRANCH');
    // Nothing written, the device's sequence not advanced.
    expect((await hub.hub.backend.transaction((s) => s.deviceById('far-1')))?.last_seq).toBe(0);
    expect(((await h.pull('far-1', otherToken, 0)).body as PullResponse).changes).toEqual([]);
  });

  it('purges old tombstones and sends a cursor older than them back to a full resync', async () => {
    let now = new Date('2026-01-01T01:00:00.000Z');
    const hub = await start(engine, ['desk-1', 'desk-2'], { now: () => now });
    const h = api(hub);
    const next = outbox();
    await h.push('desk-1', hub.tokens['desk-1']!, firstRun(next));
    const early = ((await h.pull('desk-2', hub.tokens['desk-2']!, 0)).body as PullResponse).nextCursor;
    await h.push('desk-1', hub.tokens['desk-1']!, [
      next('deputy.save', { deputy: { id: 'd1', unitId: 'unit-s1', deputyId: 'e2', chiefId: 'c1', fromDay: '2026-01-01', toDay: '2026-01-02' } }, 'admin-1'),
      next('deputy.remove', { deputyId: 'd1' }, 'admin-1'),
    ]);
    const tomb = ((await h.pull('desk-2', hub.tokens['desk-2']!, early)).body as PullResponse).changes;
    expect(tomb).toEqual([expect.objectContaining({ table: 'sign_deputies', key: 'd1', row: null })]);

    now = new Date('2026-12-01T01:00:00.000Z'); // past the 180-day retention
    const horizon = await hub.hub.purgeTombstones();
    expect(horizon).toBeGreaterThan(early);
    const stale = await h.pull('desk-2', hub.tokens['desk-2']!, early);
    expect([stale.status, (stale.body as SyncError).error.code]).toEqual([409, 'MUST_RESYNC']);
    const fresh = (await h.pull('desk-2', hub.tokens['desk-2']!, 0)).body as PullResponse;
    expect(fresh.changes.some((c) => c.key === 'd1')).toBe(false);
    expect(fresh.changes.filter((c) => c.table === 'staff')).toHaveLength(4);
  });
});
