import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore, runInMemory } from '../../../shared/mutations/memory-tx';
import { PRIMARY_KEYS, TABLE_NAMES } from '../../../shared/mutations/tables';
import type { TableName } from '../../../shared/mutations/tables';
import { openConnection } from './connection';
import { createExecutor } from './executor';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { conformanceScriptWithDeletes } from '../../../tests/support/mutation-script';

/**
 * The same mutations through the SQLite executor and through the in-memory store must leave the
 * same rows in every table, and every look-up must answer the same. This is what lets the hub (and
 * its tests) run the desktop's mutators against another store and trust the result.
 */
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

const sortByKey = (table: TableName, rows: object[]) => {
  const pk = PRIMARY_KEYS[table];
  return [...rows].sort((a, b) => String((a as Record<string, unknown>)[pk]).localeCompare(String((b as Record<string, unknown>)[pk])));
};

describe('SQLite stores and the in-memory store agree', () => {
  it('after the same mutations, every table holds the same rows and every look-up answers the same', () => {
    const db = openConnection(':memory:');
    closers.push(() => db.close());
    migrate(db, MIGRATIONS);
    const now = Date.parse('2026-11-27T01:30:00.000Z');
    let id = 0;
    const ex = createExecutor({ db, now: () => new Date(now), newId: () => `id-${++id}` });
    const mem = createMemoryStore();
    conformanceScriptWithDeletes().forEach(([name, args, actor], i) => {
      const a = ex.apply(name, args, actor);
      const b = runInMemory(mem, name, args, { actor, now: new Date(now).toISOString(), mutationId: `m${i}` });
      expect(a.ok, `${name} on SQLite: ${JSON.stringify(a)}`).toBe(true);
      expect(b, `${name} in memory`).toEqual({ ok: true });
    });

    const snap = mem.snapshot();
    for (const table of TABLE_NAMES) {
      expect(sortByKey(table, ex.stores[table].all()), table).toEqual(sortByKey(table, Object.values(snap[table])));
    }
    // Narrowed and plain look-ups alike, for every value that occurs.
    const lookups: [TableName, string, string[]][] = [
      ['escort_visits', 'escortId', ['e1', 'e2']],
      ['escort_visits', 'dayKey', ['2026-11-27']],
      ['escort_stops', 'visitId', ['v1', 'v2']],
      ['record_sheets', 'subjectId', ['v1']],
      ['staff', 'username', ['e1', 'admin', 'nobody']],
      ['staff', 'unitId', ['unit-s1']],
      ['business_items', 'unitId', ['unit-s1']],
      ['companies', 'ubn', ['22099131']],
      ['sign_deputies', 'deputyId', ['e2']],
      ['staff_absences', 'staffId', ['e2']],
      ['signing_keys', 'staffId', ['c1']],
      ['inspection_cases', 'caseNumber', ['TN-1150001', 'NONE']],
      ['case_milestones', 'caseId', ['case1']],
      ['case_tokens', 'caseId', ['case1']],
      ['products', 'name', ['吹風機']],
      ['visit_requests', 'companyId', ['co1', 'co2']],
      ['factory_visits', 'requestId', ['rq1', 'rq2']],
      ['factory_visits', 'dayKey', ['2026-12-02', '2026-11-27']],
      ['vehicles', 'plate', ['AB-1234', 'ZZ-0']],
      ['vehicle_requests', 'vehicleId', ['car1', 'car2']],
      ['vehicle_requests', 'preferredVehicleId', ['car1', 'car2']],
      ['vehicle_requests', 'visitId', ['fv1', 'fv2']],
      ['regulations', 'category', ['electrical', 'food']],
    ];
    for (const [table, index, values] of lookups) {
      for (const value of values) {
        const sql = (ex.stores[table].findBy as (i: string, v: string) => object[])(index, value);
        const memRows = (mem.tx.findBy as (t: TableName, i: string, v: string) => object[])(table, index, value);
        expect(sortByKey(table, sql), `${table}.${index}=${value}`).toEqual(sortByKey(table, memRows));
      }
    }
  });
});
