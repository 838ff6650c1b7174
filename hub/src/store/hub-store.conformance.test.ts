import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { EscortVisit } from '../../../shared/domain/escort';
import { actorMayRun } from '../../../shared/mutations/define';
import type { MutationContext } from '../../../shared/mutations/define';
import { createMemoryStore, runInMemory } from '../../../shared/mutations/memory-tx';
import { mutationByName } from '../../../shared/mutations/registry';
import { PRIMARY_KEYS, TABLE_NAMES } from '../../../shared/mutations/tables';
import type { TableName } from '../../../shared/mutations/tables';
import { openHubDatabase } from '../db/connection';
import { migrateHub } from '../db/migrations';
import { conformanceScriptWithDeletes } from '../../../tests/support/mutation-script';
import { createHubStore } from './hub-store';
import { INDEX_FIELDS } from './index-fields';
import type { HubStore } from './hub-store';

/**
 * The hub store and memory-tx (the reference semantics) must leave the same rows after the same
 * mutations, and answer every look-up the same, narrowed ones included.
 */
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

const openStore = (): { db: Database; store: HubStore } => {
  const db = openHubDatabase(':memory:');
  closers.push(() => db.close());
  migrateHub(db);
  return { db, store: createHubStore(db) };
};

const runOnHub = (db: Database, store: HubStore, name: string, args: unknown, ctx: MutationContext): void => {
  const def = mutationByName(name);
  if (!def) throw new Error(`no mutation ${name}`);
  const parsed = def.args.parse(args);
  if (!actorMayRun(def, parsed, ctx)) throw new Error(`${name} forbidden`);
  db.transaction(() => def.run(store.txFor({ deviceId: 'test', seq: null }), parsed, ctx))();
};

const byKey = (table: TableName, rows: object[]) =>
  [...rows].sort((a, b) => {
    const pk = PRIMARY_KEYS[table];
    return String((a as Record<string, unknown>)[pk]).localeCompare(String((b as Record<string, unknown>)[pk]));
  });

describe('the hub store agrees with memory-tx', () => {
  it('after the same mutations, every table holds the same rows and every look-up answers the same', () => {
    const { db, store } = openStore();
    const mem = createMemoryStore();
    const now = '2026-11-27T01:30:00.000Z';
    conformanceScriptWithDeletes().forEach(([name, args, actor], i) => {
      const ctx = { actor, now, mutationId: `m${i}` };
      expect(runInMemory(mem, name, args, ctx), `${name} in memory`).toEqual({ ok: true });
      runOnHub(db, store, name, args, ctx);
    });

    const tx = store.txFor({ deviceId: null, seq: null });
    const snap = mem.snapshot();
    for (const table of TABLE_NAMES) {
      const memRows = Object.values(snap[table]);
      expect(byKey(table, tx.all(table)), table).toEqual(byKey(table, memRows));
      for (const row of memRows) {
        const key = String((row as Record<string, unknown>)[PRIMARY_KEYS[table]]);
        expect(tx.get(table, key), `${table}/${key}`).toEqual(row);
      }
      // Every index, for every string value any row holds in that field, plus one nobody holds.
      for (const index of INDEX_FIELDS[table] as readonly string[]) {
        const values = new Set(['nobody']);
        for (const r of memRows) {
          const v = (r as Record<string, unknown>)[index];
          if (typeof v === 'string') values.add(v);
        }
        for (const value of values) {
          const hub = (tx.findBy as (t: TableName, i: string, v: string) => object[])(table, index, value);
          const ref = (mem.tx.findBy as (t: TableName, i: string, v: string) => object[])(table, index, value);
          expect(byKey(table, hub), `${table}.${index}=${value}`).toEqual(byKey(table, ref));
        }
      }
    }
    // The deletes left tombstones, not absences.
    expect(tx.get('sign_deputies', 'd1')).toBeUndefined();
    const tomb = db.prepare("SELECT data FROM rows WHERE tbl = 'sign_deputies' AND key = 'd1'").get() as { data: null };
    expect(tomb).toEqual({ data: null });
  });

  it('a closed visit leaves the escort index (INDEX_FILTERS), an open one is found', () => {
    const { store } = openStore();
    const tx = store.txFor({ deviceId: null, seq: null });
    const visit = {
      id: 'v9', dayKey: '2026-11-27', visitorId: 'p9', companyId: null, itemIds: ['i1'], receivingUnitId: 'u1',
      mode: 'escort', status: 'in_service', escortId: 'e9', intakeAt: '2026-11-27T01:00:00.000Z', intakeBy: 'a',
      startedAt: null, endedAt: null, cancelReason: null, recordId: null,
    } as unknown as EscortVisit;
    tx.put('escort_visits', visit);
    expect(tx.findBy('escort_visits', 'escortId', 'e9').map((v) => v.id)).toEqual(['v9']);
    tx.put('escort_visits', { ...visit, status: 'finished' });
    expect(tx.findBy('escort_visits', 'escortId', 'e9')).toEqual([]);
    expect(tx.findBy('escort_visits', 'dayKey', '2026-11-27').map((v) => v.id)).toEqual(['v9']);
  });
});
