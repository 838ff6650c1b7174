import type { Database } from 'better-sqlite3';

export interface HubMigrationContext {
  /** The branch that rows stored before branch partitioning belong to (the hub's configured branch). */
  defaultBranch: string;
}

export interface HubMigration {
  version: number;
  name: string;
  up: (db: Database, ctx: HubMigrationContext) => void;
}

/**
 * The hub's schema, numbered and append-only (never edit an applied step; add one).
 *
 * Synced rows of every table live in one `rows` table as canonical JSON, keyed by (tbl, key); a
 * deleted row stays as a tombstone (data NULL). Each write takes a fresh server version from
 * `change_log` (AUTOINCREMENT: never reused, always increasing) and stamps it on the row, so
 * `rows` ordered by version is the compacted change log a pull pages through, and `change_log`
 * keeps the full history of which device's mutation changed what. `row_index` holds one entry per
 * (index, value) a row answers to — only when the row passes the index's INDEX_FILTERS narrowing —
 * so findBy is one indexed range scan.
 */
export const HUB_MIGRATIONS: readonly HubMigration[] = [
  {
    version: 1,
    name: 'rows, change log, devices, mutation results',
    up: (db) =>
      db.exec(`
        CREATE TABLE rows (
          tbl TEXT NOT NULL,
          key TEXT NOT NULL,
          data TEXT,
          version INTEGER NOT NULL,
          PRIMARY KEY (tbl, key)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX rows_by_version ON rows (version);

        CREATE TABLE row_index (
          tbl TEXT NOT NULL,
          idx TEXT NOT NULL,
          value TEXT NOT NULL,
          key TEXT NOT NULL,
          PRIMARY KEY (tbl, idx, value, key)
        ) WITHOUT ROWID;
        CREATE INDEX row_index_by_row ON row_index (tbl, key);

        CREATE TABLE change_log (
          version INTEGER PRIMARY KEY AUTOINCREMENT,
          tbl TEXT NOT NULL,
          key TEXT NOT NULL,
          deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
          device_id TEXT,
          seq INTEGER
        );

        CREATE TABLE devices (
          id TEXT PRIMARY KEY,
          branch_id TEXT NOT NULL,
          token_hash TEXT NOT NULL UNIQUE,
          last_seq INTEGER NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
          created_at TEXT NOT NULL,
          revoked_at TEXT
        );

        CREATE TABLE mutation_results (
          device_id TEXT NOT NULL REFERENCES devices (id),
          seq INTEGER NOT NULL,
          mutation_id TEXT NOT NULL,
          name TEXT NOT NULL,
          actor_id TEXT,
          outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'rejected')),
          code TEXT,
          message TEXT,
          device_time TEXT NOT NULL,
          decided_at TEXT NOT NULL,
          PRIMARY KEY (device_id, seq)
        ) WITHOUT ROWID;
      `),
  },
  {
    version: 2,
    name: 'rows partitioned by branch; enrollment codes; device names; tombstone horizon',
    up: (db, ctx) => {
      db.prepare('CREATE TEMP TABLE migration_ctx (default_branch TEXT NOT NULL)').run();
      db.prepare('INSERT INTO migration_ctx VALUES (?)').run(ctx.defaultBranch);
      db.exec(`
        CREATE TABLE rows_v2 (
          branch TEXT NOT NULL,
          tbl TEXT NOT NULL,
          key TEXT NOT NULL,
          data TEXT,
          version INTEGER NOT NULL,
          PRIMARY KEY (branch, tbl, key)
        ) WITHOUT ROWID;
        INSERT INTO rows_v2 SELECT (SELECT default_branch FROM migration_ctx), tbl, key, data, version FROM rows;
        DROP TABLE rows;
        ALTER TABLE rows_v2 RENAME TO rows;
        CREATE UNIQUE INDEX rows_by_version ON rows (branch, version);
        CREATE INDEX rows_by_key ON rows (tbl, key);

        CREATE TABLE row_index_v2 (
          branch TEXT NOT NULL,
          tbl TEXT NOT NULL,
          idx TEXT NOT NULL,
          value TEXT NOT NULL,
          key TEXT NOT NULL,
          PRIMARY KEY (branch, tbl, idx, value, key)
        ) WITHOUT ROWID;
        INSERT INTO row_index_v2 SELECT (SELECT default_branch FROM migration_ctx), tbl, idx, value, key FROM row_index;
        DROP TABLE row_index;
        ALTER TABLE row_index_v2 RENAME TO row_index;
        CREATE INDEX row_index_by_row ON row_index (branch, tbl, key);

        ALTER TABLE change_log ADD COLUMN branch TEXT NOT NULL DEFAULT '';
        ALTER TABLE change_log ADD COLUMN at TEXT NOT NULL DEFAULT '';
        UPDATE change_log SET branch = (SELECT default_branch FROM migration_ctx);
        CREATE INDEX change_log_by_branch ON change_log (branch, version);

        ALTER TABLE devices ADD COLUMN name TEXT NOT NULL DEFAULT '';

        CREATE TABLE branch_state (
          branch TEXT PRIMARY KEY,
          horizon INTEGER NOT NULL DEFAULT 0 CHECK (horizon >= 0)
        );

        CREATE TABLE enrollment_codes (
          code_hash TEXT PRIMARY KEY,
          branch_id TEXT NOT NULL,
          created_by TEXT NOT NULL,
          created_at TEXT NOT NULL,
          expires_at TEXT NOT NULL,
          used_at TEXT,
          used_by TEXT
        );
      `);
      db.prepare('DROP TABLE temp.migration_ctx').run();
    },
  },
  {
    version: 3,
    name: 'blobs: files synced rows name by SHA-256 (regulation PDFs), per branch',
    up: (db) =>
      db.exec(`
        CREATE TABLE blobs (
          branch TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          size INTEGER NOT NULL CHECK (size >= 0),
          bytes BLOB NOT NULL,
          created_at TEXT NOT NULL,
          PRIMARY KEY (branch, sha256)
        ) WITHOUT ROWID;
      `),
  },
];

export class HubDatabaseTooNew extends Error {
  constructor(found: number, supported: number) {
    super(`hub database schema version ${found} is newer than this hub supports (${supported})`);
    this.name = 'HubDatabaseTooNew';
  }
}

/** Each step commits with its user_version bump, so a crash leaves the schema at a step boundary. */
export const migrateHub = (
  db: Database,
  ctx: HubMigrationContext,
  migrations: readonly HubMigration[] = HUB_MIGRATIONS,
): number => {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`hub migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw new HubDatabaseTooNew(current, migrations.length);
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      m.up(db, ctx);
      db.pragma(`user_version = ${Number(m.version)}`);
    }).immediate();
  }
  return migrations.length;
};
