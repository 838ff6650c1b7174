import pg from 'pg';
import type { PoolClient } from 'pg';
import type { HubMigrationContext } from '../db/migrations';
import { migratePostgres } from '../db/postgres-migrations';
import type { DeviceRow, HubBackend, HubSession, StoredResult, StoredRow, TransactionOptions } from './backend';

const INT8 = 20;
/** Versions and sequence numbers are BIGINT; they stay far below 2^53, so plain numbers are exact. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

type RawDevice = { id: string; branch_id: string; last_seq: number; revoked_at: string | null };
const device = (r: RawDevice | undefined): DeviceRow | undefined =>
  r && { id: r.id, branch_id: r.branch_id, last_seq: r.last_seq, revoked: r.revoked_at !== null };

/** Errors after which the whole transaction can simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

const createSession = (c: PoolClient): HubSession => {
  const one = async <R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R | undefined> =>
    (await c.query<R>(sql, params)).rows[0];
  const many = async <R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R[]> =>
    (await c.query<R>(sql, params)).rows;
  const horizon = async (b: string) =>
    (await one<{ horizon: number }>('SELECT horizon FROM branch_state WHERE branch = $1', [b]))?.horizon ?? 0;

  return {
    getRow: async (b, t, k) => (await one<{ data: string | null }>('SELECT data FROM rows WHERE branch = $1 AND tbl = $2 AND key = $3', [b, t, k]))?.data,
    findBy: (b, t, i, v) =>
      many(
        `SELECT r.key, r.data FROM row_index i JOIN rows r ON r.branch = i.branch AND r.tbl = i.tbl AND r.key = i.key
         WHERE i.branch = $1 AND i.tbl = $2 AND i.idx = $3 AND i.value = $4 AND r.data IS NOT NULL ORDER BY i.key COLLATE "C"`,
        [b, t, i, v],
      ),
    all: (b, t) => many('SELECT key, data FROM rows WHERE branch = $1 AND tbl = $2 AND data IS NOT NULL ORDER BY key COLLATE "C"', [b, t]),
    writeRows: async (b, writes, origin) => {
      let version = 0;
      for (const w of writes) {
        const logged = await one<{ version: number }>(
          `INSERT INTO change_log (branch, tbl, key, deleted, device_id, seq, at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING version`,
          [b, w.tbl, w.key, w.data === null, origin.deviceId, origin.seq, origin.at],
        );
        version = logged?.version ?? 0;
        await c.query(
          `INSERT INTO rows (branch, tbl, key, data, version) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (branch, tbl, key) DO UPDATE SET data = excluded.data, version = excluded.version`,
          [b, w.tbl, w.key, w.data, version],
        );
        await c.query('DELETE FROM row_index WHERE branch = $1 AND tbl = $2 AND key = $3', [b, w.tbl, w.key]);
        if (w.index.length > 0) {
          await c.query(
            `INSERT INTO row_index (branch, tbl, idx, value, key)
             SELECT $1, $2, idx, value, $3 FROM unnest($4::text[], $5::text[]) AS e (idx, value)`,
            [b, w.tbl, w.key, w.index.map(([i]) => i), w.index.map(([, v]) => v)],
          );
        }
      }
      return version;
    },
    pullPage: (b, cursor, limit) =>
      many<StoredRow>('SELECT tbl, key, data, version FROM rows WHERE branch = $1 AND version > $2 ORDER BY version LIMIT $3', [b, cursor, limit]),
    highWater: async (b) =>
      Math.max((await one<{ v: number | null }>('SELECT max(version) AS v FROM change_log WHERE branch = $1', [b]))?.v ?? 0, await horizon(b)),
    lastChange: async (b) => (await one<{ v: number | null }>('SELECT max(version) AS v FROM change_log WHERE branch = $1', [b]))?.v ?? 0,
    horizon,
    purgeTombstones: async (b, before) => {
      const upTo = (await one<{ v: number | null }>('SELECT max(version) AS v FROM change_log WHERE branch = $1 AND at < $2', [b, before]))?.v ?? 0;
      if (upTo > (await horizon(b))) {
        await c.query('DELETE FROM rows WHERE branch = $1 AND data IS NULL AND version <= $2', [b, upTo]);
        await c.query(
          `INSERT INTO branch_state (branch, horizon) VALUES ($1, $2)
           ON CONFLICT (branch) DO UPDATE SET horizon = GREATEST(branch_state.horizon, excluded.horizon)`,
          [b, upTo],
        );
      }
      return horizon(b);
    },
    findAnyBranch: (t, k) => one('SELECT branch, data FROM rows WHERE tbl = $1 AND key = $2 AND data IS NOT NULL LIMIT 1', [t, k]),
    deviceById: async (id) => device(await one<RawDevice>('SELECT id, branch_id, last_seq, revoked_at FROM devices WHERE id = $1', [id])),
    deviceByTokenHash: async (h) =>
      device(await one<RawDevice>('SELECT id, branch_id, last_seq, revoked_at FROM devices WHERE token_hash = $1', [h])),
    upsertDevice: async (d) =>
      void (await c.query(
        `INSERT INTO devices (id, branch_id, token_hash, name, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET branch_id = excluded.branch_id, token_hash = excluded.token_hash,
           name = excluded.name, revoked_at = NULL`,
        [d.id, d.branch_id, d.token_hash, d.name, d.at],
      )),
    revokeDevice: async (id, at) => void (await c.query('UPDATE devices SET revoked_at = $1 WHERE id = $2', [at, id])),
    listDevices: async (b) =>
      (
        await many<{ id: string; name: string; created_at: string; last_seq: number; revoked_at: string | null }>(
          'SELECT id, name, created_at, last_seq, revoked_at FROM devices WHERE branch_id = $1 ORDER BY created_at, id',
          [b],
        )
      ).map(({ revoked_at, ...d }) => ({ ...d, revoked: revoked_at !== null })),
    countDevices: async () => (await one<{ n: number }>('SELECT count(*)::int8 AS n FROM devices', []))?.n ?? 0,
    setLastSeq: async (id, seq) => void (await c.query('UPDATE devices SET last_seq = $1 WHERE id = $2', [seq, id])),
    getResult: (d, s) =>
      one<StoredResult & pg.QueryResultRow>(
        'SELECT seq, mutation_id, outcome, code, message FROM mutation_results WHERE device_id = $1 AND seq = $2',
        [d, s],
      ),
    insertResult: async (r) =>
      void (await c.query(
        `INSERT INTO mutation_results (device_id, seq, mutation_id, name, actor_id, outcome, code, message, device_time, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [r.device_id, r.seq, r.mutation_id, r.name, r.actor_id, r.outcome, r.code, r.message, r.device_time, r.decided_at],
      )),
    insertCode: async (x) =>
      void (await c.query(
        'INSERT INTO enrollment_codes (code_hash, branch_id, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [x.code_hash, x.branch_id, x.created_by, x.created_at, x.expires_at],
      )),
    takeCode: async (hash, now, deviceId) =>
      (
        await one<{ branch_id: string }>(
          `UPDATE enrollment_codes SET used_at = $1, used_by = $2
           WHERE code_hash = $3 AND used_at IS NULL AND expires_at > $1 RETURNING branch_id`,
          [now, deviceId, hash],
        )
      )?.branch_id,
    putBlob: async (b, sha, bytes, at) =>
      ((
        await c.query(
          'INSERT INTO blobs (branch, sha256, size, bytes, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (branch, sha256) DO NOTHING',
          [b, sha, bytes.length, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), at],
        )
      ).rowCount ?? 0) > 0,
    getBlob: async (b, sha) => (await one<{ bytes: Buffer }>('SELECT bytes FROM blobs WHERE branch = $1 AND sha256 = $2', [b, sha]))?.bytes,
    missingBlobs: async (b, shas) => {
      const held = new Set(
        (await many<{ sha256: string }>('SELECT sha256 FROM blobs WHERE branch = $1 AND sha256 = ANY($2::text[])', [b, [...shas]])).map((r) => r.sha256),
      );
      return shas.filter((sha) => !held.has(sha));
    },
  };
};

export interface PostgresBackendOptions extends HubMigrationContext {
  /** Connections per hub process. */
  poolSize?: number;
}

/**
 * PostgreSQL for many stateless hub processes. Writers of one branch take a transaction-scoped
 * advisory lock on it, so pushes of a branch run one at a time across all processes (no lost
 * update, no seq decided twice) while branches proceed in parallel; versions come from one
 * sequence, so within a branch they follow commit order. Pulls read in one REPEATABLE READ
 * snapshot. Serialization failures and deadlocks re-run the transaction.
 */
export const openPostgresBackend = async (url: string, opts: PostgresBackendOptions): Promise<HubBackend> => {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10, types });
  // An idle client's network error must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migratePostgres(pool, opts);
  } catch (err) {
    await pool.end();
    throw err;
  }

  const once = async <T>(fn: (s: HubSession) => Promise<T>, opts: TransactionOptions): Promise<T> => {
    const c = await pool.connect();
    let broken = false;
    try {
      await c.query(opts.snapshot && opts.lockBranch === undefined ? 'BEGIN ISOLATION LEVEL REPEATABLE READ' : 'BEGIN');
      if (opts.lockBranch !== undefined) await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [opts.lockBranch]);
      const out = await fn(createSession(c));
      await c.query('COMMIT');
      return out;
    } catch (err) {
      try {
        await c.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw err;
    } finally {
      c.release(broken);
    }
  };

  return {
    kind: 'postgres',
    transaction: async <T>(fn: (s: HubSession) => Promise<T>, opts: TransactionOptions = {}): Promise<T> => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await once(fn, opts);
        } catch (err) {
          const code = (err as { code?: unknown }).code;
          if (attempt >= MAX_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw err;
        }
      }
    },
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
};
