import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dumpTables, integrityCheck, tableNames } from '../../../tests/reliability/fixtures/db-inspect';
import { openConnection } from './connection';
import { migrate } from './migrate';
import type * as MigrationsModule from './migrations';
import { MIGRATIONS } from './migrations';
import { m001Initial } from './migrations/001-initial';
import { closeAppDatabase, DB_FILE_NAME, openAppDatabase } from './open-database';
import type { DbOpenResult } from './open-database';

/*
 * Exercises the backup-before-migrating path of the real openAppDatabase against a database at
 * version 1. The list is the shipped one plus one extra step (a new table filled from existing
 * rows), so the path stays covered whatever the shipped list holds, even a single migration.
 * `MIGRATIONS` below is that extended list.
 */
vi.mock('./migrations', async (importOriginal) => {
  const actual = await importOriginal<typeof MigrationsModule>();
  const step2 = {
    version: actual.MIGRATIONS.length + 1,
    name: 'test-step-2',
    up(db: Database.Database) {
      db.exec(`CREATE TABLE unit_codes (code TEXT PRIMARY KEY) STRICT;
               INSERT INTO unit_codes SELECT code FROM units;`);
    },
  };
  return { ...actual, MIGRATIONS: [...actual.MIGRATIONS, step2], LATEST_VERSION: actual.MIGRATIONS.length + 1 };
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const NOW = new Date('2026-11-27T10:00:00.000Z');

/** A closed database at version 1 (what the shipped app writes), holding a branch and a unit. */
const versionOneDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-backup-'));
  dirs.push(dir);
  const db = openConnection(path.join(dir, DB_FILE_NAME));
  migrate(db, [m001Initial]);
  db.prepare("INSERT INTO branches VALUES ('b', 'B', '分局')").run();
  db.prepare("INSERT INTO units VALUES ('u1', 'b', 'S1', '第一課', 'section', 1, 1)").run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return dir;
};

const mustOpen = (r: DbOpenResult) => {
  if (!r.ok) throw new Error(`open failed: ${JSON.stringify(r.error)}`);
  return r;
};

describe('openAppDatabase backup before migrating', () => {
  it('copies the old database aside before migrating it, and the copy is the old version intact', () => {
    const dir = versionOneDir();
    const r = mustOpen(openAppDatabase(dir, { now: () => NOW }));
    expect(r.backupFile).toBe(path.join(dir, 'branchdesk.v1.2026-11-27T10-00-00-000Z.bak.db'));
    expect(r.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(r.db.prepare('SELECT code FROM unit_codes').all()).toEqual([{ code: 'S1' }]);

    const backup = new Database(r.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(integrityCheck(backup)).toBe('ok');
    expect(tableNames(backup)).not.toContain('unit_codes');
    expect(dumpTables(backup)['units']).toEqual([['u1', 'b', 'S1', '第一課', 'section', 1, 1]]);
    backup.close();
    closeAppDatabase(r.db, dir);

    // Up to date now: the next start takes no further copy.
    const again = mustOpen(openAppDatabase(dir, { now: () => new Date('2026-11-28T10:00:00.000Z') }));
    expect(again.backupFile).toBeNull();
    closeAppDatabase(again.db, dir);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.bak.db'))).toHaveLength(1);
  });

  it('does not migrate when the backup cannot be written', () => {
    const dir = versionOneDir();
    // VACUUM INTO refuses to overwrite an existing file, so a clash makes the backup fail.
    const clash = path.join(dir, 'branchdesk.v1.2026-11-27T10-00-00-000Z.bak.db');
    fs.writeFileSync(clash, 'someone else’s file');
    const r = openAppDatabase(dir, { now: () => NOW });
    // Not db_corrupt: the database is fine, only its copy failed.
    expect(r).toMatchObject({ ok: false, error: { kind: 'db_unopenable', detail: expect.stringMatching(/backup before migrating failed/) } });
    expect(fs.readFileSync(clash, 'utf8')).toBe('someone else’s file');
    const db = new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tableNames(db)).not.toContain('unit_codes');
    db.close();
  });

  it('takes no backup of a brand-new database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-backup-'));
    dirs.push(dir);
    const r = mustOpen(openAppDatabase(dir, { now: () => NOW }));
    expect(r.backupFile).toBeNull();
    expect(r.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    closeAppDatabase(r.db, dir);
  });
});
