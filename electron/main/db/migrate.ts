import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/types';

export class DatabaseTooNew extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`database schema version ${found} is newer than this app supports (${supported})`);
    this.name = 'DatabaseTooNew';
  }
}

export const schemaVersion = (db: Database): number => db.pragma('user_version', { simple: true }) as number;

export interface MigrateOptions {
  /** Called once before the first pending step, e.g. to take a backup copy. */
  beforeMigrating?: (from: number, to: number) => void;
  /** Test hook: runs inside each step's transaction after `up`, before commit. */
  duringStep?: (version: number) => void;
}

/**
 * Brings the schema to the latest version. Each step runs with its `user_version` bump in one
 * transaction, so a crash leaves the version and the schema at a step boundary, never between.
 * Refuses a database from a newer app rather than guessing.
 */
export const migrate = (db: Database, migrations: readonly Migration[], opts: MigrateOptions = {}): number => {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const latest = migrations.length;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseTooNew(current, latest);
  if (current === latest) return current;
  opts.beforeMigrating?.(current, latest);
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      m.up(db);
      opts.duringStep?.(m.version);
      // user_version lives in the database header and commits with the transaction.
      db.pragma(`user_version = ${Number(m.version)}`);
    }).immediate();
  }
  return latest;
};
