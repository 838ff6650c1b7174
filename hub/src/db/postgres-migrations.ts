import type { Pool } from 'pg';
import type { HubMigrationContext } from './migrations';

/**
 * The hub's PostgreSQL schema: the same tables as the SQLite steps end with (migrations.ts), as
 * numbered, append-only steps. Several hub processes may start at once: the steps run under one
 * advisory lock, each in the transaction that records it, so a step is applied exactly once.
 */
const STEPS: readonly { version: number; name: string; sql: (ctx: HubMigrationContext) => string }[] = [
  {
    version: 1,
    name: 'rows by branch, change log, devices, mutation results, enrollment codes, tombstone horizon',
    sql: () => `
      CREATE TABLE rows (
        branch TEXT NOT NULL,
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        data TEXT,
        version BIGINT NOT NULL,
        PRIMARY KEY (branch, tbl, key)
      );
      CREATE UNIQUE INDEX rows_by_version ON rows (branch, version);
      CREATE INDEX rows_by_key ON rows (tbl, key);

      CREATE TABLE row_index (
        branch TEXT NOT NULL,
        tbl TEXT NOT NULL,
        idx TEXT NOT NULL,
        value TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (branch, tbl, idx, value, key)
      );
      CREATE INDEX row_index_by_row ON row_index (branch, tbl, key);

      CREATE TABLE change_log (
        version BIGSERIAL PRIMARY KEY,
        branch TEXT NOT NULL,
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        deleted BOOLEAN NOT NULL,
        device_id TEXT,
        seq BIGINT,
        at TEXT NOT NULL
      );
      CREATE INDEX change_log_by_branch ON change_log (branch, version);

      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        branch_id TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        last_seq BIGINT NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );

      CREATE TABLE mutation_results (
        device_id TEXT NOT NULL REFERENCES devices (id),
        seq BIGINT NOT NULL,
        mutation_id TEXT NOT NULL,
        name TEXT NOT NULL,
        actor_id TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'rejected')),
        code TEXT,
        message TEXT,
        device_time TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (device_id, seq)
      );

      CREATE TABLE branch_state (
        branch TEXT PRIMARY KEY,
        horizon BIGINT NOT NULL DEFAULT 0 CHECK (horizon >= 0)
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
    `,
  },
  {
    version: 2,
    name: 'blobs: files synced rows name by SHA-256 (regulation PDFs), per branch',
    sql: () => `
      CREATE TABLE blobs (
        branch TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size BIGINT NOT NULL CHECK (size >= 0),
        bytes BYTEA NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (branch, sha256)
      );
    `,
  },
];

export const POSTGRES_SCHEMA_VERSION = STEPS.length;

export const migratePostgres = async (pool: Pool, ctx: HubMigrationContext): Promise<number> => {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock(8787001)');
    await c.query('CREATE TABLE IF NOT EXISTS hub_migrations (version INT PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const done = (await c.query<{ v: number | null }>('SELECT max(version) AS v FROM hub_migrations')).rows[0]?.v ?? 0;
    if (done > STEPS.length) throw new Error(`hub database schema version ${done} is newer than this hub supports (${STEPS.length})`);
    for (const step of STEPS.slice(done)) {
      await c.query(step.sql(ctx));
      await c.query('INSERT INTO hub_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
    }
    await c.query('COMMIT');
    return STEPS.length;
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    c.release();
  }
};
