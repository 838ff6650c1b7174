import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { integrityCheck } from '../../../tests/reliability/fixtures/db-inspect';
import { migrate } from './migrate';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { closeAppDatabase, DB_FILE_NAME, openAppDatabase } from './open-database';
import type { DbOpenResult } from './open-database';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-open-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const sha = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const mustOpen = (r: DbOpenResult) => {
  if (!r.ok) throw new Error(`open failed: ${JSON.stringify(r.error)}`);
  return r;
};
/** Which integrity pragma openAppDatabase ran, seen through better-sqlite3's prototype. */
const spyChecks = () => {
  const spy = vi.spyOn(Database.prototype, 'pragma');
  return () => spy.mock.calls.map((c) => String(c[0])).filter((p) => p === 'quick_check' || p === 'integrity_check');
};

/** Writes a database the way another app version would have, then closes it cleanly. */
const writeForeignDb = (file: string, journal: 'wal' | 'delete', version: number): void => {
  const db = new Database(file);
  db.pragma(`journal_mode = ${journal}`);
  migrate(db, MIGRATIONS);
  db.prepare("INSERT INTO settings (key, value) VALUES ('written.by', '\"a newer app\"')").run();
  db.pragma(`user_version = ${version}`);
  db.close();
};

describe('openAppDatabase', () => {
  it('creates a fresh database at the latest version with the app pragmas, and no backup', () => {
    const dir = tempDir();
    const r = mustOpen(openAppDatabase(dir));
    expect(r.uncleanShutdown).toBe(false);
    expect(r.backupFile).toBeNull();
    expect(r.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(r.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(r.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(r.db.pragma('foreign_keys', { simple: true })).toBe(1);
    closeAppDatabase(r.db, dir);
    expect(fs.readdirSync(dir).sort()).toEqual([DB_FILE_NAME]);
  });

  it('runs quick_check after a clean close and the full integrity_check after an unclean one', () => {
    const dir = tempDir();
    closeAppDatabase(mustOpen(openAppDatabase(dir)).db, dir);

    let checks = spyChecks();
    const clean = mustOpen(openAppDatabase(dir));
    expect(clean.uncleanShutdown).toBe(false);
    expect(checks()).toEqual(['quick_check']);
    // Closing the handle without closeAppDatabase is what a crash leaves: the running marker.
    clean.db.close();
    vi.restoreAllMocks();

    checks = spyChecks();
    const after = mustOpen(openAppDatabase(dir));
    expect(after.uncleanShutdown).toBe(true);
    expect(checks()).toEqual(['integrity_check']);
    closeAppDatabase(after.db, dir);
    vi.restoreAllMocks();

    checks = spyChecks();
    const again = mustOpen(openAppDatabase(dir));
    expect(again.uncleanShutdown).toBe(false);
    expect(checks()).toEqual(['quick_check']);
    closeAppDatabase(again.db, dir);
  });

  it('refuses a file that is not a database (db_corrupt) and leaves its bytes as they were', () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE_NAME);
    fs.writeFileSync(file, Buffer.alloc(16_384, 'not a database, just a text file. '));
    const before = sha(file);
    const r = openAppDatabase(dir);
    expect(r).toMatchObject({ ok: false, error: { kind: 'db_corrupt' } });
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual([DB_FILE_NAME]);
  });

  it('refuses a database with damaged pages (db_corrupt) without writing to it', () => {
    const dir = tempDir();
    const opened = mustOpen(openAppDatabase(dir));
    const insert = opened.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    opened.db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`k${i}`, JSON.stringify('x'.repeat(100)));
    })();
    closeAppDatabase(opened.db, dir);
    const file = path.join(dir, DB_FILE_NAME);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over a whole page in the middle of the settings table (not page 1, the header).
    // 0xA5 is no valid b-tree page type, so the damage is always there to find.
    bytes.fill(0xa5, pageSize * 20, pageSize * 21);
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    const r = openAppDatabase(dir);
    expect(r).toMatchObject({ ok: false, error: { kind: 'db_corrupt' } });
    expect(sha(file)).toBe(before);
  });

  it('refuses a database from a newer app (db_too_new) and leaves it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE_NAME);
    writeForeignDb(file, 'wal', LATEST_VERSION + 1);
    const before = sha(file);
    const r = openAppDatabase(dir);
    expect(r).toEqual({ ok: false, file, error: { kind: 'db_too_new', found: LATEST_VERSION + 1, supported: LATEST_VERSION } });
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual([DB_FILE_NAME]);
    const check = new Database(file, { readonly: true });
    expect(integrityCheck(check)).toBe('ok');
    check.close();
  });

  it('leaves a too-new database in rollback-journal mode (e.g. a restored VACUUM INTO backup) byte for byte as found', () => {
    // Backups made with VACUUM INTO are rollback-journal files; switching one to WAL before
    // refusing it would rewrite its header.
    const dir = tempDir();
    const file = path.join(dir, DB_FILE_NAME);
    writeForeignDb(file, 'delete', LATEST_VERSION + 1);
    const before = sha(file);
    expect(openAppDatabase(dir)).toMatchObject({ ok: false, error: { kind: 'db_too_new' } });
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual([DB_FILE_NAME]);
  });

  it('leaves a damaged rollback-journal database unwritten', () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE_NAME);
    writeForeignDb(file, 'delete', LATEST_VERSION);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize * 3, pageSize * 4);
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    expect(openAppDatabase(dir)).toMatchObject({ ok: false, error: { kind: 'db_corrupt' } });
    expect(sha(file)).toBe(before);
  });

  it('switches an older rollback-journal database it accepts to WAL', () => {
    const dir = tempDir();
    writeForeignDb(path.join(dir, DB_FILE_NAME), 'delete', LATEST_VERSION);
    const r = mustOpen(openAppDatabase(dir));
    expect(r.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(r.db.prepare("SELECT value FROM settings WHERE key = 'written.by'").pluck().get()).toBe('"a newer app"');
    closeAppDatabase(r.db, dir);
  });
});
