import fs from 'node:fs';
import path from 'node:path';
import type { Database as Db } from 'better-sqlite3';
import { enableWal, openConnection } from './connection';
import { DatabaseTooNew, migrate, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';

export type DbOpenError =
  | { kind: 'db_too_new'; found: number; supported: number }
  | { kind: 'db_corrupt'; detail: string }
  | { kind: 'db_unopenable'; detail: string };

export type DbOpenResult =
  | { ok: true; db: Db; file: string; uncleanShutdown: boolean; backupFile: string | null }
  | { ok: false; file: string; error: DbOpenError };

export const DB_FILE_NAME = 'branchdesk.db';
const RUNNING_MARKER = 'branchdesk.running';

export interface OpenOptions {
  nativeBinding?: string;
  /** Injected clock for backup file names. */
  now?: () => Date;
}

const isCorruption = (err: unknown): boolean => {
  const code = (err as { code?: string }).code ?? '';
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT');
};

const backupName = (dir: string, from: number, now: Date): string =>
  path.join(dir, `branchdesk.v${from}.${now.toISOString().replace(/[:.]/g, '-')}.bak.db`);

/**
 * Opens the app's database in `dir`, checks it and migrates it. Never deletes or overwrites a file it
 * cannot read: a corrupt or too-new database is reported and left exactly as found.
 *
 * A marker file exists while the app runs; finding it at start means the last run did not close
 * cleanly, so a full integrity_check runs instead of the quick one.
 */
export const openAppDatabase = (dir: string, opts: OpenOptions = {}): DbOpenResult => {
  const now = opts.now ?? (() => new Date());
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, DB_FILE_NAME);
  const marker = path.join(dir, RUNNING_MARKER);
  const uncleanShutdown = fs.existsSync(marker);

  let db: Db;
  try {
    db = openConnection(file, { keepJournalMode: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  } catch (err) {
    if (isCorruption(err)) return { ok: false, file, error: { kind: 'db_corrupt', detail: String(err) } };
    return { ok: false, file, error: { kind: 'db_unopenable', detail: String(err) } };
  }
  try {
    const check = uncleanShutdown ? 'integrity_check' : 'quick_check';
    const rows = db.pragma(check) as { [k: string]: string }[];
    const verdict = rows.map((r) => Object.values(r)[0]).join('; ');
    if (verdict !== 'ok') {
      db.close();
      return { ok: false, file, error: { kind: 'db_corrupt', detail: `${check}: ${verdict.slice(0, 500)}` } };
    }
    // Only a file this app will use may be written to; WAL mode is the first write.
    const found = schemaVersion(db);
    if (found > MIGRATIONS.length) throw new DatabaseTooNew(found, MIGRATIONS.length);
    enableWal(db);
    let backupFile: string | null = null;
    migrate(db, MIGRATIONS, {
      beforeMigrating: (from) => {
        // A fresh database has nothing worth a backup.
        if (from === 0) return;
        backupFile = backupName(dir, from, now());
        try {
          db.prepare('VACUUM INTO ?').run(backupFile);
        } catch (err) {
          // The error is about the copy (an existing file there gives SQLITE_NOTADB), not the
          // database: never let it read as "your database is corrupt". No copy, no migration.
          throw new Error(`backup before migrating failed (${backupFile}): ${String(err)}`, { cause: err });
        }
      },
    });
    fs.writeFileSync(marker, String(process.pid));
    return { ok: true, db, file, uncleanShutdown, backupFile };
  } catch (err) {
    db.close();
    if (err instanceof DatabaseTooNew) {
      return { ok: false, file, error: { kind: 'db_too_new', found: err.found, supported: err.supported } };
    }
    if (isCorruption(err)) return { ok: false, file, error: { kind: 'db_corrupt', detail: String(err) } };
    return { ok: false, file, error: { kind: 'db_unopenable', detail: String(err) } };
  }
};

/** Closes cleanly: checkpoints the WAL and removes the running marker. */
export const closeAppDatabase = (db: Db, dir: string): void => {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  fs.rmSync(path.join(dir, RUNNING_MARKER), { force: true });
};

export { schemaVersion };
