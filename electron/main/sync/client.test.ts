import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { MAX_PUSH_MUTATIONS } from '../../../shared/sync/wire';
import { syncedSnapshot } from './digest';
import { createSyncClient } from './client';
import { createLocalApply } from './local-apply';
import { pullAll } from './pull';
import { rejectionQueries } from './rejections';
import type { RunContext } from './run-context';
import { stagingQueries } from './staging';
import { syncStateQueries } from './state';
import { syncOutboxQueries } from './sync-outbox';
import { createFakeHub } from './testing/fake-hub';
import type { FakeHub } from './testing/fake-hub';
import { ADMIN, ADMIN_ID, COUNTER, expectedAfterRebase, intakeArgs, must, startBranch } from './testing/scenario';
import { openTestDesktop } from './testing/test-desktop';
import type { TestDesktop } from './testing/test-desktop';

const open: TestDesktop[] = [];
afterEach(() => open.splice(0).forEach((d) => d.close()));

const desktop = (hub: FakeHub) => {
  const d = openTestDesktop(hub.transportFor);
  open.push(d);
  return d;
};
const HUB_URL = 'http://hub.test:8787';

/** The first desktop of a branch: set up locally, enrolled with the hub's bootstrap code, synced. */
const firstDesktop = async (hub: FakeHub) => {
  const a = desktop(hub);
  startBranch(a.executor);
  await a.sync.enroll({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: '櫃台一' });
  return a;
};

/** A second desktop joining the branch with a code an admin issued on the first. */
const joinDesktop = async (hub: FakeHub, a: TestDesktop) => {
  const b = desktop(hub);
  const { code } = await a.sync.issueCode(ADMIN_ID);
  await b.sync.join({ hubUrl: HUB_URL, code, deviceName: '筆電七' });
  return b;
};

const hubRows = (hub: FakeHub) => canonicalJson(hub.snapshot());
const rowsOf = (d: TestDesktop) => canonicalJson(syncedSnapshot(d.executor.stores));
const outboxSize = (d: TestDesktop) => syncOutboxQueries(d.db).bounds().n;

/** A pull without a push first, so pending mutations stay pending across it (the rebase case). */
const pullOnly = async (d: TestDesktop, hub: FakeHub) => {
  const token = hub.tokenOf(d.deviceId);
  const rc: RunContext = {
    db: d.db,
    q: { state: syncStateQueries(d.db), outbox: syncOutboxQueries(d.db), rejections: rejectionQueries(d.db), staging: stagingQueries(d.db) },
    local: createLocalApply(d.db, d.executor.stores, d.executor.tx),
    transport: hub.transportFor({ url: HUB_URL, token }),
    deviceId: d.deviceId,
    now: () => new Date(),
    ifAlive: (fn) => fn(),
  };
  return pullAll(rc);
};

describe('sync client against a fake hub', () => {
  it('first desktop: pushes its whole outbox in order, then holds exactly the hub’s rows', async () => {
    const hub = createFakeHub();
    const a = await firstDesktop(hub);
    expect(a.sync.status()).toMatchObject({ configured: true, online: true, pending: 0, rejected: 0, problem: null, awaitingSnapshot: false });
    expect(hub.calls.filter((c) => c.op === 'push').map((c) => c.detail)).toEqual([[1, 2, 3, 4, 5]]);
    expect(rowsOf(a)).toBe(hubRows(hub));
  });

  it('pushes a long outbox in order in batches of at most MAX_PUSH_MUTATIONS', async () => {
    const hub = createFakeHub();
    const a = await firstDesktop(hub);
    hub.calls.length = 0;
    for (let i = 0; i < 1_100; i++) must(a.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 200 + (i % 7) }, ADMIN));
    await a.sync.runNow();
    const pushes = hub.calls.filter((c) => c.op === 'push').map((c) => c.detail as number[]);
    expect(pushes.map((p) => p.length)).toEqual([MAX_PUSH_MUTATIONS, MAX_PUSH_MUTATIONS, 100]);
    expect(pushes.flat()).toEqual(Array.from({ length: 1_100 }, (_, i) => i + 6));
    expect(outboxSize(a)).toBe(0);
    expect(rowsOf(a)).toBe(hubRows(hub));
  });

  it('an escort assigned offline on two desktops: one wins, the other records ESCORT_BUSY and converges', async () => {
    const hub = createFakeHub();
    const a = await firstDesktop(hub);
    const b = await joinDesktop(hub, a);
    expect(rowsOf(b)).toBe(hubRows(hub));

    hub.faults.offline = true;
    must(a.executor.apply('visit.intake', intakeArgs('v-a'), COUNTER));
    must(a.executor.apply('escort.assign', { visitId: 'v-a', staffId: 'e1' }, COUNTER));
    must(b.executor.apply('visit.intake', intakeArgs('v-b'), COUNTER));
    must(b.executor.apply('escort.assign', { visitId: 'v-b', staffId: 'e1' }, COUNTER));
    expect(await b.sync.runNow()).toMatchObject({ online: false, pending: 2 });
    hub.faults.offline = false;

    await a.sync.runNow();
    const sb = await b.sync.runNow();
    expect(sb).toMatchObject({ online: true, pending: 0, rejected: 1 });
    const [rej] = b.sync.rejections();
    expect(rej).toMatchObject({ name: 'escort.assign', code: 'ESCORT_BUSY', actorId: 'k1', actorName: '人員k1' });
    // B's optimistic assignment is gone: its visitor waits again, as on the hub.
    expect(b.executor.stores.escort_visits.get('v-b')).toMatchObject({ status: 'waiting', escortId: null });
    await a.sync.runNow();
    expect(rowsOf(b)).toBe(hubRows(hub));
    expect(rowsOf(a)).toBe(hubRows(hub));
    // Dismissed, it leaves the panel but stays on record.
    b.sync.dismiss(rej!.mutationId);
    expect(b.sync.status().rejected).toBe(0);
    expect(b.db.prepare('SELECT count(*) AS n FROM sync_rejections').get()).toEqual({ n: 1 });
  });

  it('rebase: after a pull, local rows are the hub’s rows with the pending mutations re-run on top', async () => {
    const hub = createFakeHub();
    const a = await firstDesktop(hub);
    // Offline work on A, some of it about to clash with what others do meanwhile.
    must(a.executor.apply('visit.intake', intakeArgs('v1'), COUNTER));
    must(a.executor.apply('escort.assign', { visitId: 'v1', staffId: 'e1' }, COUNTER));
    must(a.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 230 }, ADMIN));
    must(a.executor.apply('staff.save', { staff: { id: 'e3', unitId: 'unit-s1', name: '新人', username: 'e3', roles: ['inspector'], active: true, demo: false } }, ADMIN));
    // Meanwhile on the hub, from another desktop: e1 gets busy, the wage changes, e2 leaves.
    expect(hub.applyDirect('visit.intake', intakeArgs('v9'), 'k1')).toEqual({ outcome: 'applied' });
    expect(hub.applyDirect('escort.assign', { visitId: 'v9', staffId: 'e1' }, 'k1')).toEqual({ outcome: 'applied' });
    expect(hub.applyDirect('parameter.set', { key: 'citizen.hourlyWage', value: 250 }, ADMIN_ID)).toEqual({ outcome: 'applied' });
    expect(
      hub.applyDirect('staff.save', { staff: { id: 'e2', unitId: 'unit-s1', name: '人員e2', username: 'e2', roles: ['inspector'], active: false, demo: false } }, ADMIN_ID),
    ).toEqual({ outcome: 'applied' });

    await pullOnly(a, hub);
    expect(outboxSize(a)).toBe(4);
    const expected = canonicalJson(expectedAfterRebase(hub.snapshot(), a.db));
    expect(rowsOf(a)).toBe(expected);
    // Re-run on the hub's rows, A's assignment is refused locally (e1 is busy with v9): no effect yet.
    expect(a.executor.stores.escort_visits.get('v1')).toMatchObject({ status: 'waiting', escortId: null });
    // A's later wage wins locally until the hub decides; the staff member A added is there.
    expect(a.executor.stores.parameters.get('citizen.hourlyWage')?.value).toBe(230);
    expect(a.executor.stores.staff.get('e2')?.active).toBe(false);

    // A second pull with nothing new is a no-op on the data.
    await pullOnly(a, hub);
    expect(rowsOf(a)).toBe(expected);

    // Then a full run: the hub decides, A converges to it exactly.
    await a.sync.runNow();
    expect(outboxSize(a)).toBe(0);
    expect(a.sync.rejections().map((r) => r.code)).toEqual(['ESCORT_BUSY']);
    expect(rowsOf(a)).toBe(hubRows(hub));
  });

  it('stages a multi-page pull (a child before its re-written parent) and resumes a cut-off one', async () => {
    const hub = createFakeHub({ pageSize: 1 });
    const a = await firstDesktop(hub);
    const unit = (name: string) => ({ unit: { id: 'unit-new', branchId: 'branch-main', code: 'N1', name, kind: 'section' as const, sortOrder: 9, active: true } });
    hub.applyDirect('unit.save', unit('新課'), ADMIN_ID);
    hub.applyDirect('staff.save', { staff: { id: 'n1', unitId: 'unit-new', name: '新課同仁', username: 'n1', roles: ['inspector'], active: true, demo: false } }, ADMIN_ID);
    hub.applyDirect('unit.save', unit('新課（改名）'), ADMIN_ID);
    const before = syncStateQueries(a.db).get().cursor;

    hub.faults.pullPagesBeforeCut = 1;
    expect(await a.sync.runNow()).toMatchObject({ online: false });
    // The first page (the staff member, whose unit comes later) is staged, not applied.
    expect(syncStateQueries(a.db).get().stage_cursor).toBe(before + 2);
    expect(a.executor.stores.staff.get('n1')).toBeUndefined();

    hub.faults.pullPagesBeforeCut = null;
    hub.calls.length = 0;
    await a.sync.runNow();
    expect(hub.calls.filter((c) => c.op === 'pull').map((c) => c.detail)).toEqual([before + 2]);
    expect(a.executor.stores.staff.get('n1')?.unitId).toBe('unit-new');
    expect(a.executor.stores.units.get('unit-new')?.name).toBe('新課（改名）');
    expect(syncStateQueries(a.db).get()).toMatchObject({ stage_cursor: null, cursor: hub.version() });
    expect(stagingQueries(a.db).count()).toBe(0);
    expect(rowsOf(a)).toBe(hubRows(hub));
  });

  it('MUST_RESYNC: a full snapshot replaces the synced tables and the pending outbox is kept and re-run', async () => {
    const hub = createFakeHub();
    const a = await firstDesktop(hub);
    // A row the hub deleted long ago, whose tombstone it no longer keeps.
    a.db.prepare("INSERT INTO staff_absences (id, staff_id, day_key, reason) VALUES ('stale', 'e1', '2026-01-01', '舊')").run();
    must(a.executor.apply('absence.save', { absence: { id: 'ab-new', staffId: 'e2', dayKey: '2026-11-28', reason: '休假' } }, ADMIN));
    hub.applyDirect('parameter.set', { key: 'citizen.hourlyWage', value: 260 }, ADMIN_ID);
    hub.faults.horizon = hub.version() + 1;

    await pullOnly(a, hub);
    expect(a.executor.stores.staff_absences.get('stale')).toBeUndefined();
    expect(a.executor.stores.staff_absences.get('ab-new')).toMatchObject({ staffId: 'e2' });
    expect(outboxSize(a)).toBe(1);
    expect(rowsOf(a)).toBe(canonicalJson(expectedAfterRebase(hub.snapshot(), a.db)));

    await a.sync.runNow();
    expect(outboxSize(a)).toBe(0);
    expect(rowsOf(a)).toBe(hubRows(hub));
  });

  it('a push whose answer was lost: pushed again, the stored rejection is recorded once, nothing dropped unseen', async () => {
    const hub = createFakeHub();
    const a = await firstDesktop(hub);
    hub.applyDirect('visit.intake', intakeArgs('v9'), 'k1');
    hub.applyDirect('escort.assign', { visitId: 'v9', staffId: 'e1' }, 'k1');
    must(a.executor.apply('visit.intake', intakeArgs('v1'), COUNTER));
    must(a.executor.apply('escort.assign', { visitId: 'v1', staffId: 'e1' }, COUNTER));

    hub.faults.dropNextPushResponse = true;
    expect(await a.sync.runNow()).toMatchObject({ online: false, pending: 2, rejected: 0 });
    expect(hub.lastSeqOf(a.deviceId)).toBe(7);
    // A pull now must not drop the two the hub decided: their answers have not been seen yet.
    await pullOnly(a, hub);
    expect(outboxSize(a)).toBe(2);

    expect(await a.sync.runNow()).toMatchObject({ online: true, pending: 0, rejected: 1 });
    expect(a.sync.rejections()).toEqual([expect.objectContaining({ seq: 7, code: 'ESCORT_BUSY' })]);
    expect(rowsOf(a)).toBe(hubRows(hub));
  });

  it('SCHEMA_MISMATCH halts sync with “please update”, keeps the outbox, and pulls nothing', async () => {
    const hub = createFakeHub();
    const a = await firstDesktop(hub);
    must(a.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 240 }, ADMIN));
    hub.faults.schemaVersion += 1;
    hub.calls.length = 0;
    const s = await a.sync.runNow();
    expect(s).toMatchObject({ pending: 1, problem: { code: 'SCHEMA_MISMATCH' } });
    expect(a.sync.halted()).toBe(true);
    expect(hub.calls.map((c) => c.op)).toEqual(['push']);
  });

  it('works with no hub at all: status 未設定, runs do nothing, the outbox just grows', async () => {
    const hub = createFakeHub();
    const a = desktop(hub);
    startBranch(a.executor);
    expect(await a.sync.runNow()).toMatchObject({ configured: false, online: null, pending: 5, problem: null });
    expect(hub.calls).toEqual([]);
  });
});

describe('stopping', () => {
  it('a run in flight when the app closes writes nothing after the close and ends as stopped', async () => {
    const hub = createFakeHub();
    const a = await firstDesktop(hub);
    must(a.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 240 }, ADMIN));
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const transport = hub.transportFor({ url: HUB_URL, token: hub.tokenOf(a.deviceId) });
    const client = createSyncClient({
      db: a.db,
      q: { state: syncStateQueries(a.db), outbox: syncOutboxQueries(a.db), rejections: rejectionQueries(a.db), staging: stagingQueries(a.db) },
      local: createLocalApply(a.db, a.executor.stores, a.executor.tx),
      deviceId: a.deviceId,
      now: () => new Date(),
      connect: () => ({
        ...transport,
        push: async (req) => {
          const res = await transport.push(req);
          await held;
          return res;
        },
      }),
    });
    const run = client.run();
    await Promise.resolve();
    client.stop();
    a.sync.stop();
    a.db.close();
    release();
    expect(await run).toEqual({ kind: 'stopped' });
    // The hub took the push; the closed database was not touched (the next start pushes again).
    expect(hub.lastSeqOf(a.deviceId)).toBe(6);
    open.splice(open.indexOf(a), 1);
  });
});
