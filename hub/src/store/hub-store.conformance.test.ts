import { afterEach, describe, expect, it } from 'vitest';
import type { EscortVisit } from '../../../shared/domain/escort';
import { actorMayRun } from '../../../shared/mutations/define';
import type { MutationContext, MutationTx } from '../../../shared/mutations/define';
import { createMemoryStore, runInMemory } from '../../../shared/mutations/memory-tx';
import { mutationByName } from '../../../shared/mutations/registry';
import { PRIMARY_KEYS, TABLE_NAMES } from '../../../shared/mutations/tables';
import type { TableName } from '../../../shared/mutations/tables';
import { conformanceScriptWithDeletes } from '../../../tests/support/mutation-script';
import { usePostgres } from '../../../tests/support/postgres';
import { openHubDatabase } from '../db/connection';
import { migrateHub } from '../db/migrations';
import type { HubBackend } from './backend';
import { createBranchRows } from './hub-store';
import { INDEX_FIELDS } from './index-fields';
import { openPostgresBackend } from './postgres-backend';
import { createSqliteBackend } from './sqlite-backend';

/**
 * The hub's rows (on either engine) and memory-tx (the reference semantics) must leave the same
 * rows after the same mutations, and answer every look-up the same, narrowed ones included.
 */
const BRANCH = 'branch-main';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

const newDatabase = usePostgres('conf');

const ENGINES = {
  sqlite: async (): Promise<HubBackend> => {
    const db = openHubDatabase(':memory:');
    migrateHub(db, { defaultBranch: BRANCH });
    return createSqliteBackend(db);
  },
  postgres: async (): Promise<HubBackend> => {
    return openPostgresBackend(newDatabase(), { defaultBranch: BRANCH, poolSize: 2 });
  },
};

const open = async (engine: keyof typeof ENGINES): Promise<HubBackend> => {
  const backend = await ENGINES[engine]();
  closers.push(() => backend.close());
  return backend;
};

const runOnHub = (backend: HubBackend, name: string, args: unknown, ctx: MutationContext): Promise<void> => {
  const def = mutationByName(name);
  if (!def) throw new Error(`no mutation ${name}`);
  const parsed = def.args.parse(args);
  if (!actorMayRun(def, parsed, ctx)) throw new Error(`${name} forbidden`);
  return backend.transaction(
    async (s) => {
      const rows = createBranchRows(s, BRANCH);
      await rows.write(await rows.run((tx) => def.run(tx, parsed, ctx)), { deviceId: 'test', seq: null, at: ctx.now });
    },
    { lockBranch: BRANCH },
  );
};

/** Reads through a fresh cache in its own transaction. */
const readHub = <T>(backend: HubBackend, fn: (tx: MutationTx) => T): Promise<T> =>
  backend.transaction((s) => createBranchRows(s, BRANCH).read(fn), { snapshot: true });

const byKey = (table: TableName, rows: object[]) =>
  [...rows].sort((a, b) => {
    const pk = PRIMARY_KEYS[table];
    return String((a as Record<string, unknown>)[pk]).localeCompare(String((b as Record<string, unknown>)[pk]));
  });

describe.each(['sqlite', 'postgres'] as const)('the hub rows on %s agree with memory-tx', (engine) => {
  it('after the same mutations, every table holds the same rows and every look-up answers the same', async () => {
    const backend = await open(engine);
    const mem = createMemoryStore();
    const now = '2026-11-27T01:30:00.000Z';
    for (const [i, [name, args, actor]] of conformanceScriptWithDeletes().entries()) {
      const ctx = { actor, now, mutationId: `m${i}` };
      expect(runInMemory(mem, name, args, ctx), `${name} in memory`).toEqual({ ok: true });
      await runOnHub(backend, name, args, ctx);
    }

    const snap = mem.snapshot();
    for (const table of TABLE_NAMES) {
      const memRows = Object.values(snap[table]);
      await readHub(backend, (tx) => {
        expect(byKey(table, tx.all(table)), table).toEqual(byKey(table, memRows));
        for (const row of memRows) {
          const key = String((row as Record<string, unknown>)[PRIMARY_KEYS[table]]);
          expect(tx.get(table, key), `${table}/${key}`).toEqual(row);
        }
      });
      // Every index, for every string value any row holds in that field, plus one nobody holds.
      for (const index of INDEX_FIELDS[table] as readonly string[]) {
        const values = new Set(['nobody']);
        for (const r of memRows) {
          const v = (r as Record<string, unknown>)[index];
          if (typeof v === 'string') values.add(v);
        }
        for (const value of values) {
          const hub = await readHub(backend, (tx) => (tx.findBy as (t: TableName, i: string, v: string) => object[])(table, index, value));
          const ref = (mem.tx.findBy as (t: TableName, i: string, v: string) => object[])(table, index, value);
          expect(byKey(table, hub), `${table}.${index}=${value}`).toEqual(byKey(table, ref));
        }
      }
    }
    // The deletes left tombstones, not absences.
    expect(await readHub(backend, (tx) => tx.get('sign_deputies', 'd1'))).toBeUndefined();
    const tomb = await backend.transaction((s) => s.getRow(BRANCH, 'sign_deputies', 'd1'));
    expect(tomb).toBeNull();
  }, 60_000);

  it('a closed visit leaves the escort index (INDEX_FILTERS), an open one is found, within one mutation and after', async () => {
    const backend = await open(engine);
    const visit = {
      id: 'v9', dayKey: '2026-11-27', visitorId: 'p9', companyId: null, itemIds: ['i1'], receivingUnitId: 'u1',
      mode: 'escort', status: 'in_service', escortId: 'e9', intakeAt: '2026-11-27T01:00:00.000Z', intakeBy: 'a',
      startedAt: null, endedAt: null, cancelReason: null, recordId: null,
    } as unknown as EscortVisit;
    const seen: string[][] = [];
    await backend.transaction(async (s) => {
      const rows = createBranchRows(s, BRANCH);
      const origin = { deviceId: null, seq: null, at: '2026-11-27T01:00:00.000Z' };
      await rows.write(
        await rows.run((tx) => {
          tx.put('escort_visits', visit);
          seen.push(tx.findBy('escort_visits', 'escortId', 'e9').map((v) => v.id));
        }),
        origin,
      );
      await rows.read((tx) => seen.push(tx.findBy('escort_visits', 'escortId', 'e9').map((v) => v.id)));
      await rows.write(await rows.run((tx) => tx.put('escort_visits', { ...visit, status: 'finished' })), origin);
      await rows.read((tx) => seen.push(tx.findBy('escort_visits', 'escortId', 'e9').map((v) => v.id)));
    });
    expect(seen.slice(-3)).toEqual([['v9'], ['v9'], []]);
    expect(await readHub(backend, (tx) => tx.findBy('escort_visits', 'escortId', 'e9'))).toEqual([]);
    expect(await readHub(backend, (tx) => tx.findBy('escort_visits', 'dayKey', '2026-11-27').map((v) => v.id))).toEqual(['v9']);
  });

  it('a refused mutation writes nothing, and a put that changes nothing takes no version', async () => {
    const backend = await open(engine);
    const origin = { deviceId: null, seq: null, at: '2026-11-27T01:00:00.000Z' };
    const unit = { id: 'u1', branchId: BRANCH, code: 'U1', name: '第一課', kind: 'section', active: true };
    const write = (fn: (tx: MutationTx) => void) =>
      backend.transaction(async (s) => {
        const rows = createBranchRows(s, BRANCH);
        await rows.write(await rows.run(fn), origin);
        return s.highWater(BRANCH);
      });
    const v1 = await write((tx) => tx.put('units', unit as never));
    await expect(
      write((tx) => {
        tx.put('units', { ...unit, name: 'changed' } as never);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await write((tx) => tx.put('units', { ...unit } as never))).toBe(v1);
    expect(await readHub(backend, (tx) => tx.get('units', 'u1'))).toEqual(unit);
  });
});
