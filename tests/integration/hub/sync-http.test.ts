import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PullResponse, PushMutation, PushResponse, RowChange } from '../../../shared/sync/wire';
import { intakeArgs, outbox, post, pushBody, SEED, staffArgs, startTestHub, VERIFIER } from './harness';
import type { TestHub } from './harness';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  await hub.stop();
});

const push = (deviceId: string, mutations: PushMutation[]) =>
  post<PushResponse>(`${hub.url}/sync/push`, hub.tokens[deviceId] ?? '', pushBody(deviceId, mutations));
const pull = (deviceId: string, cursor: number, limit?: number) =>
  post<PullResponse>(`${hub.url}/sync/pull`, hub.tokens[deviceId] ?? '', { deviceId, cursor, ...(limit ? { limit } : {}) });

/** Every page from `cursor` on, following nextCursor until hasMore is false. */
const pullAll = async (deviceId: string, limit: number): Promise<RowChange[]> => {
  const out: RowChange[] = [];
  let cursor = 0;
  for (;;) {
    const { status, body } = await pull(deviceId, cursor, limit);
    expect(status).toBe(200);
    out.push(...body.changes);
    cursor = body.nextCursor;
    if (!body.hasMore) return out;
  }
};

/** First run on one desktop, then staff and two visits: everything the escort tests need. */
const setupScript = (next: ReturnType<typeof outbox>): PushMutation[] => [
  next('reference.seed', SEED, null),
  next('setup.createFirstAdmin', { staffId: 'admin-1', unitId: 'unit-s6', name: '管理者', username: 'admin', verifier: VERIFIER }, null),
  next('staff.save', staffArgs('e1', 'unit-s1', ['inspector']), 'admin-1'),
  next('staff.save', staffArgs('e2', 'unit-s1', ['inspector']), 'admin-1'),
  next('staff.save', staffArgs('c1', 'unit-s1', ['chief']), 'admin-1'),
  next('visit.intake', intakeArgs('v1'), 'admin-1'),
  next('visit.intake', intakeArgs('v2'), 'admin-1'),
  next('escort.assign', { visitId: 'v1', staffId: 'e1' }, 'admin-1'),
];

describe('hub push over HTTP', () => {
  it('applies a sequence of mutations in order and advances the device', async () => {
    const res = await push('dev-a', setupScript(outbox()));
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.outcome)).toEqual(Array(8).fill('applied'));
    expect(res.body.results.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(res.body.lastSeq).toBe(8);
  });

  it('answers a repeated push with the stored results and changes nothing', async () => {
    const batch = setupScript(outbox());
    const first = await push('dev-a', batch);
    const before = await pullAll('dev-a', 1000);
    const again = await push('dev-a', batch);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await pullAll('dev-a', 1000)).toEqual(before);
    // A retry overlapping old and new mutations: the old ones answered from storage, the new one run.
    const next = outbox();
    const all = [...setupScript(next), next('escort.assign', { visitId: 'v2', staffId: 'e2' }, 'admin-1')];
    expect(all.slice(0, 8).map((m) => m.seq)).toEqual(batch.map((m) => m.seq));
    const overlap = await push('dev-a', [...batch.slice(6), all[8] as PushMutation]);
    expect(overlap.body.results.map((r) => [r.seq, r.outcome])).toEqual([[7, 'applied'], [8, 'applied'], [9, 'applied']]);
    expect(overlap.body.lastSeq).toBe(9);
  });

  it('refuses a gap with 409 SEQ_GAP and keeps nothing of that push', async () => {
    const next = outbox();
    const batch = setupScript(next);
    await push('dev-a', batch.slice(0, 2));
    const gap = await push('dev-a', batch.slice(3));
    expect(gap.status).toBe(409);
    expect(gap.body).toMatchObject({ ok: false, error: { code: 'SEQ_GAP', details: { expected: 3, got: 4 } } });
    const inside = await push('dev-a', [batch[2] as PushMutation, batch[4] as PushMutation]);
    expect(inside.status).toBe(409);
    expect((await pull('dev-a', 0)).body.lastProcessedSeq).toBe(2);
  });

  it('refuses a reused sequence number carrying another mutation (409 SEQ_REUSED)', async () => {
    await push('dev-a', setupScript(outbox()).slice(0, 1));
    const other = outbox()('parameter.set', { key: 'citizen.hourlyWage', value: 200 }, null);
    const res = await push('dev-a', [other]);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'SEQ_REUSED' } });
  });

  it('stores a rejection with its code, advances the seq, and answers a retry the same', async () => {
    const next = outbox();
    await push('dev-a', setupScript(next));
    const busy = next('escort.assign', { visitId: 'v2', staffId: 'e1' }, 'admin-1');
    const after = next('escort.assign', { visitId: 'v2', staffId: 'e2' }, 'admin-1');
    const res = await push('dev-a', [busy, after]);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ seq: 9, outcome: 'rejected', code: 'ESCORT_BUSY' });
    expect(res.body.results[1]).toMatchObject({ seq: 10, outcome: 'applied' });
    expect(res.body.lastSeq).toBe(10);
    const retry = await push('dev-a', [busy]);
    expect(retry.body.results).toEqual([res.body.results[0]]);
    expect(retry.body.lastSeq).toBe(10);
  });

  it('decides the actor from the hub: unknown people, a null actor on an admin mutation, missing roles', async () => {
    const next = outbox();
    await push('dev-a', setupScript(next));
    const res = await push('dev-a', [
      next('staff.save', staffArgs('x1', 'unit-s1', ['inspector']), 'ghost'),
      next('staff.save', staffArgs('x2', 'unit-s1', ['inspector']), null),
      next('staff.save', staffArgs('x3', 'unit-s1', ['inspector']), 'e1'),
      next('reference.seed', SEED, 'admin-1'),
      next('no.such', {}, 'admin-1'),
      next('staff.save', { staff: { id: 'x4' } }, 'admin-1'),
    ]);
    expect(res.body.results.map((r) => r.code)).toEqual([
      'UNKNOWN_ACTOR',
      'NO_ACTOR',
      'FORBIDDEN',
      'FORBIDDEN',
      'UNKNOWN_MUTATION',
      'INVALID_ARGS',
    ]);
    expect(res.body.lastSeq).toBe(14);
  });

  it('keeps seqs and results across a hub restart', async () => {
    const batch = setupScript(outbox());
    const first = await push('dev-a', batch);
    await hub.restart();
    expect((await push('dev-a', batch)).body).toEqual(first.body);
  });
});

describe('hub pull over HTTP', () => {
  it('returns rows with increasing versions, tombstones for deletes, and the device seq', async () => {
    const next = outbox();
    await push('dev-a', [
      ...setupScript(next),
      next('deputy.save', { deputy: { id: 'd1', unitId: 'unit-s1', deputyId: 'e2', chiefId: 'c1', fromDay: '2026-11-27', toDay: '2026-11-27' } }, 'admin-1'),
      next('deputy.remove', { deputyId: 'd1' }, 'admin-1'),
    ]);
    const { status, body } = await pull('dev-b', 0, 1000);
    expect(status).toBe(200);
    expect(body.hasMore).toBe(false);
    // dev-b pushed nothing: its own seq, not dev-a's.
    expect(body.lastProcessedSeq).toBe(0);
    const versions = body.changes.map((c) => c.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(body.nextCursor).toBe(versions.at(-1));
    expect(body.changes.find((c) => c.table === 'sign_deputies' && c.key === 'd1')).toMatchObject({ row: null });
    expect(body.changes.find((c) => c.table === 'escort_visits' && c.key === 'v1')?.row).toMatchObject({
      status: 'in_service',
      escortId: 'e1',
    });
    expect(body.changes.find((c) => c.table === 'staff' && c.key === 'e1')?.row).toMatchObject({ username: 'e1' });
    expect((await pull('dev-a', 0, 1)).body.lastProcessedSeq).toBe(10);
    // Nothing new: an empty page at the same cursor.
    expect((await pull('dev-b', body.nextCursor)).body).toEqual({ changes: [], lastProcessedSeq: 0, nextCursor: body.nextCursor, hasMore: false });
  });

  it('gives the same changes page by page as in one big page', async () => {
    const next = outbox();
    await push('dev-a', setupScript(next));
    const big = await pullAll('dev-b', 1000);
    expect(big.length).toBeGreaterThan(40);
    for (const limit of [1, 7, 50]) expect(await pullAll('dev-b', limit), `limit ${limit}`).toEqual(big);
  });

  it('sends a row changed between two pages again, later, in its newest state', async () => {
    const next = outbox();
    await push('dev-a', setupScript(next));
    const first = await pull('dev-b', 0, 5);
    const staffE1 = staffArgs('e1', 'unit-s1', ['inspector', 'counter']);
    await push('dev-a', [next('staff.save', staffE1, 'admin-1')]);
    const rest = await pullAll('dev-b', 1000);
    const fromCursor: RowChange[] = [];
    let cursor = first.body.nextCursor;
    for (;;) {
      const page = (await pull('dev-b', cursor, 4)).body;
      fromCursor.push(...page.changes);
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(fromCursor.at(-1)).toMatchObject({ table: 'staff', key: 'e1', row: { roles: ['inspector', 'counter'] } });
    expect(rest.filter((c) => c.table === 'staff' && c.key === 'e1')).toHaveLength(1);
  });

  it('says MUST_RESYNC for a cursor ahead of the hub', async () => {
    const res = await pull('dev-a', 999);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'MUST_RESYNC' } });
  });
});
