import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from './index';
import { useDatabaseAt } from './testing';
import { m005Visits } from './005-visits';

const at = useDatabaseAt();

const seed = (db: Database) => {
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b', 'B', 'Branch')`);
  db.exec(`INSERT INTO units (id, branch_id, code, name, kind, sort_order, active) VALUES ('u', 'b', 'U', 'Unit', 'section', 0, 1)`);
  db.exec(`INSERT INTO staff (id, unit_id, name, username, roles, active, demo) VALUES ('s1', 'u', 'A', 'a', '["inspector"]', 1, 0)`);
  db.exec(`INSERT INTO companies (id, name, ubn) VALUES ('c', 'Co', NULL)`);
};
const visit = (db: Database, id: string, extra: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO factory_visits (id, unit_id, request_id, occasion, mode, company_id, contact_name, contact_phone, address,
        category, purpose, inspector_ids, day_key, start_time, end_time, status, cancel_reason, created_by, created_at, updated_at)
       VALUES (@id, 'u', NULL, 'violation', 'on_site', 'c', '', '', '', 'other', '', @inspector_ids, @day_key, @start_time,
        @end_time, @status, NULL, 's1', 't', 't')`,
    )
    .run({ id, inspector_ids: '["s1","s2"]', day_key: '2030-01-02', start_time: '09:00', end_time: '10:00', status: 'scheduled', ...extra });
const inspectorsOf = (db: Database, id: string) =>
  db.prepare<[string], { staff_id: string; day_key: string | null }>(
    'SELECT staff_id, day_key FROM visit_inspectors WHERE visit_id = ? ORDER BY staff_id',
  ).all(id);

describe('migration 005 (visits)', () => {
  it('is the fifth step and adds the visit, fleet and regulation tables on top of 004', () => {
    expect(MIGRATIONS.indexOf(m005Visits)).toBe(4);
    const db = at(4);
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(schemaVersion(db)).toBe(5);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['visit_requests', 'factory_visits', 'visit_inspectors', 'vehicles', 'vehicle_requests', 'regulations']),
    );
  });

  it('keeps visit_inspectors in step with the visits: insert, move, re-staff, delete', () => {
    const db = at(5);
    seed(db);
    visit(db, 'v1');
    expect(inspectorsOf(db, 'v1')).toEqual([
      { staff_id: 's1', day_key: '2030-01-02' },
      { staff_id: 's2', day_key: '2030-01-02' },
    ]);
    db.prepare(`UPDATE factory_visits SET day_key = '2030-01-05', inspector_ids = '["s3"]' WHERE id = 'v1'`).run();
    expect(inspectorsOf(db, 'v1')).toEqual([{ staff_id: 's3', day_key: '2030-01-05' }]);
    db.prepare(`DELETE FROM factory_visits WHERE id = 'v1'`).run();
    expect(inspectorsOf(db, 'v1')).toEqual([]);
  });

  it('refuses a scheduled visit without a day, an end before its start, and no inspector', () => {
    const db = at(5);
    seed(db);
    expect(() => visit(db, 'a', { day_key: null })).toThrow(/CHECK/);
    expect(() => visit(db, 'b', { start_time: '10:00', end_time: '09:00' })).toThrow(/CHECK/);
    expect(() => visit(db, 'c', { inspector_ids: '[]' })).toThrow(/CHECK/);
    visit(db, 'd', { status: 'waiting', day_key: null, start_time: null, end_time: null });
  });

  it('uses the day index for a month query and the inspector index for an inspector’s month', () => {
    const db = at(5);
    const plan = (sql: string) =>
      db.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all().map((r) => r.detail).join(' | ');
    expect(plan(`SELECT id FROM factory_visits WHERE day_key BETWEEN '2030-01-01' AND '2030-01-31'`)).toMatch(/factory_visits_by_day/);
    expect(plan(`SELECT visit_id FROM visit_inspectors WHERE staff_id = 's1' AND day_key BETWEEN '2030-01-01' AND '2030-01-31'`)).toMatch(
      /visit_inspectors_by_staff_day/,
    );
    expect(plan(`SELECT id FROM factory_visits WHERE unit_id = 'u' AND day_key BETWEEN '2030-01-01' AND '2030-01-31'`)).toMatch(
      /factory_visits_by_unit_day/,
    );
  });
});
