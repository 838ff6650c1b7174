import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDigest, schemaOf, tableNames } from '../../../tests/reliability/fixtures/db-inspect';
import { SYNTHETIC_MIGRATIONS } from '../../../tests/reliability/fixtures/synthetic-migrations';
import { openConnection } from './connection';
import { DatabaseTooNew, migrate, schemaVersion } from './migrate';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

const open: Database[] = [];
const memoryDb = (): Database => {
  const db = openConnection(':memory:');
  open.push(db);
  return db;
};
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** The database a clean run of the first `version` steps of `list` produces. */
const cleanAt = (list: readonly Migration[], version: number): Database => {
  const db = memoryDb();
  migrate(db, list.slice(0, version));
  return db;
};

describe('migrate', () => {
  it('brings a fresh database to the latest version, and a second run changes nothing', () => {
    const db = memoryDb();
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db, MIGRATIONS)).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const digest = contentDigest(db);
    const beforeMigrating = vi.fn();
    expect(migrate(db, MIGRATIONS, { beforeMigrating })).toBe(LATEST_VERSION);
    expect(beforeMigrating).not.toHaveBeenCalled();
    expect(contentDigest(db)).toBe(digest);
  });

  it('runs only the pending steps, calling beforeMigrating once while the database is still unmigrated', () => {
    // Start where the shipped list ends: every synthetic step is pending.
    const from = MIGRATIONS.length;
    const db = cleanAt(SYNTHETIC_MIGRATIONS, from);
    const seen: [number, number, number][] = [];
    const steps: number[] = [];
    migrate(db, SYNTHETIC_MIGRATIONS, {
      beforeMigrating: (f, to) => seen.push([f, to, schemaVersion(db)]),
      duringStep: (v) => steps.push(v),
    });
    expect(seen).toEqual([[from, SYNTHETIC_MIGRATIONS.length, from]]);
    expect(steps).toEqual(SYNTHETIC_MIGRATIONS.slice(from).map((m) => m.version));
    expect(contentDigest(db)).toBe(contentDigest(cleanAt(SYNTHETIC_MIGRATIONS, SYNTHETIC_MIGRATIONS.length)));
  });

  it('refuses a list whose versions are not 1..n, before touching the database', () => {
    const db = memoryDb();
    const bad = [MIGRATIONS[0]!, { ...SYNTHETIC_MIGRATIONS[2]!, version: 3 }];
    expect(() => migrate(db, bad)).toThrow(/expected 2/);
    expect(schemaVersion(db)).toBe(0);
    expect(schemaOf(db)).toEqual([]);
  });

  it('refuses a database newer than the app (latest + 1) and leaves it untouched', () => {
    const db = cleanAt(MIGRATIONS, LATEST_VERSION);
    db.prepare("INSERT INTO settings (key, value) VALUES ('from.the.future', '1')").run();
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    const digest = contentDigest(db);
    const beforeMigrating = vi.fn();
    let err: unknown;
    try {
      migrate(db, MIGRATIONS, { beforeMigrating });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DatabaseTooNew);
    expect(err).toMatchObject({ found: LATEST_VERSION + 1, supported: LATEST_VERSION });
    expect(beforeMigrating).not.toHaveBeenCalled();
    expect(contentDigest(db)).toBe(digest);
  });

  it('rolls a failing step back whole: user_version and schema stay at the previous step (real list)', () => {
    const db = memoryDb();
    expect(() =>
      migrate(db, MIGRATIONS, {
        duringStep: (v) => {
          throw new Error(`boom in ${v}`);
        },
      }),
    ).toThrow('boom in 1');
    expect(schemaVersion(db)).toBe(0);
    expect(schemaOf(db)).toEqual([]);
  });

  it.each(SYNTHETIC_MIGRATIONS.slice(1).map((m) => m.version))('rolls back step %i of a multi-step list and keeps the steps before it', (failAt) => {
    const db = memoryDb();
    expect(() =>
      migrate(db, SYNTHETIC_MIGRATIONS, {
        duringStep: (v) => {
          if (v === failAt) throw new Error('boom');
        },
      }),
    ).toThrow('boom');
    expect(schemaVersion(db)).toBe(failAt - 1);
    expect(contentDigest(db)).toBe(contentDigest(cleanAt(SYNTHETIC_MIGRATIONS, failAt - 1)));
    // And the next start finishes the job.
    migrate(db, SYNTHETIC_MIGRATIONS);
    expect(contentDigest(db)).toBe(contentDigest(cleanAt(SYNTHETIC_MIGRATIONS, SYNTHETIC_MIGRATIONS.length)));
  });
});

describe('migration 001 (initial)', () => {
  const db = () => cleanAt(MIGRATIONS, 1);

  it('creates every table, index and trigger', () => {
    const objects = schemaOf(db()).map((o) => `${o.type}:${o.name}`);
    expect(objects.sort()).toEqual(
      [
        'table:audit_log',
        'table:branches',
        'table:business_items',
        'table:credentials',
        'table:device',
        'table:login_attempts',
        'table:outbox',
        'table:parameters',
        'table:settings',
        'table:staff',
        'table:units',
        'index:business_items_by_unit',
        'index:staff_by_unit',
        'trigger:audit_log_no_delete',
        'trigger:audit_log_no_update',
      ].sort(),
    );
  });

  it('makes every table STRICT', () => {
    const d = db();
    const list = d.pragma('table_list') as { name: string; strict: number; schema: string }[];
    for (const t of tableNames(d)) expect(list.find((r) => r.name === t && r.schema === 'main')?.strict, t).toBe(1);
  });

  it('refuses UPDATE and DELETE on audit_log through its triggers', () => {
    const d = db();
    d.prepare(
      `INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, summary, mutation_id, prev_hash, hash)
       VALUES (1, '2026-11-27T00:00:00Z', NULL, 'x', 'e', 'id', 's', NULL, 'p', 'h')`,
    ).run();
    const before = d.prepare('SELECT * FROM audit_log').all();
    expect(() => d.prepare("UPDATE audit_log SET summary = 'edited'").run()).toThrow(/append-only/);
    expect(() => d.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(d.prepare('SELECT * FROM audit_log').all()).toEqual(before);
  });

  it('enforces foreign keys, unique usernames and the single device row', () => {
    const d = db();
    expect(() =>
      d.prepare("INSERT INTO units VALUES ('u', 'no-branch', 'C', 'n', 'section', 1, 1)").run(),
    ).toThrow(/FOREIGN KEY/);
    d.prepare("INSERT INTO branches VALUES ('b', 'B', 'branch')").run();
    d.prepare("INSERT INTO units VALUES ('u', 'b', 'C', 'n', 'section', 1, 1)").run();
    d.prepare(`INSERT INTO staff VALUES ('s1', 'u', 'n', 'same', '["admin"]', 1, 0)`).run();
    expect(() => d.prepare(`INSERT INTO staff VALUES ('s2', 'u', 'n', 'same', '["admin"]', 1, 0)`).run()).toThrow(/UNIQUE/);
    d.prepare("INSERT INTO device VALUES (1, 'dev', 1)").run();
    expect(() => d.prepare("INSERT INTO device VALUES (2, 'dev2', 1)").run()).toThrow(/CHECK/);
  });
});

describe('migration 002 (escort and records)', () => {
  /** A version-1 database holding reference rows, then migrated to 2. */
  const migratedFromOne = (): Database => {
    const d = cleanAt(MIGRATIONS, 1);
    d.exec(`INSERT INTO branches VALUES ('b', 'B', 'branch');
            INSERT INTO units VALUES ('u', 'b', 'C', 'n', 'section', 1, 1);
            INSERT INTO staff VALUES ('s', 'u', 'n', 'chief1', '["chief"]', 1, 0);`);
    migrate(d, MIGRATIONS.slice(0, 2));
    return d;
  };

  it('adds the escort, record-sheet and signing tables, indexes and triggers, keeping existing rows', () => {
    const d = migratedFromOne();
    const before = new Set(schemaOf(cleanAt(MIGRATIONS, 1)).map((o) => `${o.type}:${o.name}`));
    const added = schemaOf(d)
      .map((o) => `${o.type}:${o.name}`)
      .filter((o) => !before.has(o));
    expect(added.filter((o) => o.startsWith('table:')).sort()).toEqual(
      [
        'companies',
        'escort_reassignments',
        'escort_stops',
        'escort_visits',
        'record_sheets',
        'sign_deputies',
        'signing_keys',
        'signing_secrets',
        'staff_absences',
        'visitors',
      ].map((t) => `table:${t}`),
    );
    expect(added.filter((o) => o.startsWith('trigger:')).sort()).toEqual([
      'trigger:record_sheets_signed_no_delete',
      'trigger:record_sheets_signed_no_update',
      'trigger:signing_keys_no_update',
    ]);
    expect(added.filter((o) => o.startsWith('index:')).length).toBeGreaterThanOrEqual(10);
    expect(d.prepare('SELECT username FROM staff').pluck().all()).toEqual(['chief1']);
    expect(schemaVersion(d)).toBe(2);
  });

  it('refuses to change or delete a signed record sheet, but not a draft', () => {
    const d = migratedFromOne();
    const insert = d.prepare(
      `INSERT INTO record_sheets (id, kind, unit_id, subject_id, status, content, created_by, created_at, updated_at, signed_by, signed_at, signature)
       VALUES (?, 'k', 'u', 'subj', ?, '{}', 's', 't', 't', ?, ?, ?)`,
    );
    insert.run('draft', 'draft', null, null, null);
    insert.run('signed', 'signed', 's', 't', 'sig');
    expect(() => insert.run('bad', 'signed', null, null, null)).toThrow(/CHECK/);
    d.prepare("UPDATE record_sheets SET content = '{\"a\":1}' WHERE id = 'draft'").run();
    expect(() => d.prepare("UPDATE record_sheets SET content = '{\"a\":1}' WHERE id = 'signed'").run()).toThrow(/RECORD_SIGNED/);
    expect(() => d.prepare("DELETE FROM record_sheets WHERE id = 'signed'").run()).toThrow(/RECORD_SIGNED/);
    d.prepare("INSERT INTO signing_keys VALUES ('k1', 's', 'pub', 't')").run();
    expect(() => d.prepare("UPDATE signing_keys SET public_key = 'other'").run()).toThrow(/never change/);
  });
});

describe('migration 003 (inspection cases)', () => {
  it('adds the case tables and their search indexes, keeping existing companies', () => {
    const d = cleanAt(MIGRATIONS, 2);
    d.exec("INSERT INTO companies VALUES ('co', '範例公司', '22099131')");
    migrate(d, MIGRATIONS.slice(0, 3));
    const before = new Set(schemaOf(cleanAt(MIGRATIONS, 2)).map((o) => `${o.type}:${o.name}`));
    const added = schemaOf(d)
      .map((o) => `${o.type}:${o.name}`)
      .filter((o) => !before.has(o));
    expect(added.filter((o) => o.startsWith('table:')).sort()).toEqual(
      ['case_milestones', 'case_tokens', 'inspection_cases', 'products'].map((t) => `table:${t}`),
    );
    for (const index of ['cases_by_company', 'cases_by_product', 'cases_by_model', 'case_milestones_by_case', 'case_tokens_by_case']) {
      expect(added).toContain(`index:${index}`);
    }
    expect(d.prepare('SELECT name FROM companies').pluck().all()).toEqual(['範例公司']);
    expect(schemaVersion(d)).toBe(3);
  });
});
