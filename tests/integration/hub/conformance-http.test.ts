import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MutationActor } from '../../../shared/mutations/define';
import { createMemoryStore, runInMemory } from '../../../shared/mutations/memory-tx';
import type { MemoryStore } from '../../../shared/mutations/memory-tx';
import type { MutationName } from '../../../shared/mutations/registry';
import { TABLE_NAMES } from '../../../shared/mutations/tables';
import type { PullResponse, PushMutation, PushResponse, RowChange } from '../../../shared/sync/wire';
import { MAX_PUSH_MUTATIONS } from '../../../shared/sync/wire';
import { conformanceScriptWithDeletes } from '../../support/mutation-script';
import { HUB_NOW, intakeArgs, outbox, post, pushBody, SEED, staffArgs, startTestHub, VERIFIER } from './harness';
import type { TestHub } from './harness';

/**
 * The hub over HTTP against memory-tx, the reference semantics: the same mutations give the same
 * outcomes, and the rows a fresh device pulls equal the reference store's rows, table by table.
 */
let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub(['dev-a', 'dev-b']);
});
afterEach(async () => {
  await hub.stop();
});

const pushAll = async (mutations: PushMutation[]): Promise<PushResponse['results']> => {
  const out: PushResponse['results'] = [];
  for (let i = 0; i < mutations.length; i += MAX_PUSH_MUTATIONS) {
    const res = await post<PushResponse>(`${hub.url}/sync/push`, hub.tokens['dev-a'] ?? '', pushBody('dev-a', mutations.slice(i, i + MAX_PUSH_MUTATIONS)));
    expect(res.status).toBe(200);
    out.push(...res.body.results);
  }
  return out;
};

/** What a fresh device ends up with after pulling every page: live rows by table and key. */
const pulledTables = async (): Promise<Record<string, Record<string, unknown>>> => {
  const tables: Record<string, Record<string, unknown>> = Object.fromEntries(TABLE_NAMES.map((t) => [t, {}]));
  let cursor = 0;
  for (;;) {
    const { body } = await post<PullResponse>(`${hub.url}/sync/pull`, hub.tokens['dev-b'] ?? '', { deviceId: 'dev-b', cursor, limit: 1000 });
    body.changes.forEach((c: RowChange) => {
      const table = tables[c.table] ?? {};
      if (c.row === null) delete table[c.key];
      else table[c.key] = c.row;
    });
    cursor = body.nextCursor;
    if (!body.hasMore) return tables;
  }
};

const actorOf = (mem: MemoryStore, id: string | null): MutationActor => {
  if (id === null) return { staffId: null, roles: [], system: true };
  const staff = mem.tx.get('staff', id);
  return { staffId: id, roles: staff?.roles ?? [] };
};

/** Runs the pushed mutations on memory-tx with the hub's clock and the reference's own staff rows. */
const reference = (mutations: PushMutation[]) => {
  const mem = createMemoryStore();
  const outcomes = mutations.map((m) => {
    const r = runInMemory(mem, m.name as MutationName, m.args, { actor: actorOf(mem, m.actorId), now: HUB_NOW.toISOString(), mutationId: m.id });
    return r.ok ? 'applied' : r.kind === 'rejected' ? r.code : r.kind;
  });
  return { mem, outcomes };
};

const expectSameRows = async (mem: MemoryStore) => {
  const pulled = await pulledTables();
  const snap = mem.snapshot();
  for (const t of TABLE_NAMES) expect(pulled[t], t).toEqual(snap[t]);
};

describe('the hub over HTTP agrees with memory-tx', () => {
  it('on the store conformance script (every table, deletes included)', async () => {
    const next = outbox();
    const mutations = conformanceScriptWithDeletes().map(([name, args, actor]) => next(name, args, actor.system ? null : actor.staffId));
    const results = await pushAll(mutations);
    const { mem, outcomes } = reference(mutations);
    expect(outcomes.every((o) => o === 'applied'), outcomes.join()).toBe(true);
    expect(results.map((r) => (r.outcome === 'applied' ? 'applied' : r.code))).toEqual(outcomes);
    await expectSameRows(mem);
  });

  it('on thousands of intakes and assignments, busy escorts rejected alike', async () => {
    const next = outbox();
    const escorts = ['e1', 'e2', 'e3', 'e4'];
    const mutations: PushMutation[] = [
      next('reference.seed', SEED, null),
      next('setup.createFirstAdmin', { staffId: 'admin-1', unitId: 'unit-s6', name: '管理者', username: 'admin', verifier: VERIFIER }, null),
      ...escorts.map((e) => next('staff.save', staffArgs(e, 'unit-s1', ['inspector']), 'admin-1')),
    ];
    for (let i = 0; i < 1000; i++) {
      mutations.push(next('visit.intake', intakeArgs(`v${i}`), 'admin-1'));
      mutations.push(next('escort.assign', { visitId: `v${i}`, staffId: escorts[i % escorts.length] }, 'admin-1'));
      // Every fifth visit is cancelled, which frees its escort for a later one.
      if (i % 5 === 0) mutations.push(next('visit.cancel', { visitId: `v${i}`, reason: '來洽人離開' }, 'admin-1'));
    }
    const results = await pushAll(mutations);
    // memory-tx copies every table per mutation, so this reference run is the slow half of the test.
    const { mem, outcomes } = reference(mutations);
    const hubOutcomes = results.map((r) => (r.outcome === 'applied' ? 'applied' : r.code));
    expect(hubOutcomes).toEqual(outcomes);
    expect(hubOutcomes.filter((o) => o === 'ESCORT_BUSY').length).toBeGreaterThan(100);
    expect(results.map((r) => r.seq)).toEqual(mutations.map((m) => m.seq));
    await expectSameRows(mem);
  });
});
