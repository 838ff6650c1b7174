import type { Database } from 'better-sqlite3';
import type {
  DeviceRow,
  EnrollmentCodeRow,
  HubBackend,
  HubSession,
  NewResult,
  RowWrite,
  StoredResult,
  StoredRow,
  SyncRowReader,
  TransactionOptions,
  WriteOrigin,
} from './backend';

type RawDevice = Omit<DeviceRow, 'revoked'> & { revoked_at: string | null };
const device = (r: RawDevice | undefined): DeviceRow | undefined =>
  r && { id: r.id, branch_id: r.branch_id, last_seq: r.last_seq, revoked: r.revoked_at !== null };

/** Runs async functions one at a time: a transaction on the one connection must not interleave. */
const createMutex = () => {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
};

const createSession = (db: Database): HubSession => {
  const q = {
    getRow: db.prepare<[string, string, string], { data: string | null }>(
      'SELECT data FROM rows WHERE branch = ? AND tbl = ? AND key = ?',
    ),
    findBy: db.prepare<[string, string, string, string], { key: string; data: string }>(
      `SELECT r.key, r.data FROM row_index i JOIN rows r ON r.branch = i.branch AND r.tbl = i.tbl AND r.key = i.key
       WHERE i.branch = ? AND i.tbl = ? AND i.idx = ? AND i.value = ? AND r.data IS NOT NULL ORDER BY i.key`,
    ),
    all: db.prepare<[string, string], { key: string; data: string }>(
      'SELECT key, data FROM rows WHERE branch = ? AND tbl = ? AND data IS NOT NULL ORDER BY key',
    ),
    logChange: db.prepare<[string, string, string, number, string | null, number | null, string]>(
      'INSERT INTO change_log (branch, tbl, key, deleted, device_id, seq, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    upsert: db.prepare<[string, string, string, string | null, number]>(
      `INSERT INTO rows (branch, tbl, key, data, version) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (branch, tbl, key) DO UPDATE SET data = excluded.data, version = excluded.version`,
    ),
    dropIndex: db.prepare<[string, string, string]>('DELETE FROM row_index WHERE branch = ? AND tbl = ? AND key = ?'),
    addIndex: db.prepare<[string, string, string, string, string]>(
      'INSERT INTO row_index (branch, tbl, idx, value, key) VALUES (?, ?, ?, ?, ?)',
    ),
    page: db.prepare<[string, number, number], StoredRow>(
      'SELECT tbl, key, data, version FROM rows WHERE branch = ? AND version > ? ORDER BY version LIMIT ?',
    ),
    highWater: db.prepare<[string], { v: number | null }>('SELECT max(version) AS v FROM change_log WHERE branch = ?'),
    horizon: db.prepare<[string], { horizon: number }>('SELECT horizon FROM branch_state WHERE branch = ?'),
    purgeUpTo: db.prepare<[string, string], { v: number | null }>(
      'SELECT max(version) AS v FROM change_log WHERE branch = ? AND at < ?',
    ),
    purge: db.prepare<[string, number]>('DELETE FROM rows WHERE branch = ? AND data IS NULL AND version <= ?'),
    setHorizon: db.prepare<[string, number]>(
      `INSERT INTO branch_state (branch, horizon) VALUES (?, ?)
       ON CONFLICT (branch) DO UPDATE SET horizon = max(horizon, excluded.horizon)`,
    ),
    anyBranch: db.prepare<[string, string], { branch: string; data: string }>(
      'SELECT branch, data FROM rows WHERE tbl = ? AND key = ? AND data IS NOT NULL LIMIT 1',
    ),
    deviceById: db.prepare<[string], RawDevice>('SELECT id, branch_id, last_seq, revoked_at FROM devices WHERE id = ?'),
    deviceByToken: db.prepare<[string], RawDevice>(
      'SELECT id, branch_id, last_seq, revoked_at FROM devices WHERE token_hash = ?',
    ),
    upsertDevice: db.prepare<[string, string, string, string, string]>(
      `INSERT INTO devices (id, branch_id, token_hash, name, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET branch_id = excluded.branch_id, token_hash = excluded.token_hash,
         name = excluded.name, revoked_at = NULL`,
    ),
    revoke: db.prepare<[string, string]>('UPDATE devices SET revoked_at = ? WHERE id = ?'),
    listDevices: db.prepare<[string], { id: string; name: string; created_at: string; last_seq: number; revoked_at: string | null }>(
      'SELECT id, name, created_at, last_seq, revoked_at FROM devices WHERE branch_id = ? ORDER BY created_at, id',
    ),
    countDevices: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM devices'),
    setLastSeq: db.prepare<[number, string]>('UPDATE devices SET last_seq = ? WHERE id = ?'),
    getResult: db.prepare<[string, number], StoredResult>(
      'SELECT seq, mutation_id, outcome, code, message FROM mutation_results WHERE device_id = ? AND seq = ?',
    ),
    insertResult: db.prepare<[NewResult]>(
      `INSERT INTO mutation_results (device_id, seq, mutation_id, name, actor_id, outcome, code, message, device_time, decided_at)
       VALUES (@device_id, @seq, @mutation_id, @name, @actor_id, @outcome, @code, @message, @device_time, @decided_at)`,
    ),
    insertCode: db.prepare<[EnrollmentCodeRow]>(
      `INSERT INTO enrollment_codes (code_hash, branch_id, created_by, created_at, expires_at)
       VALUES (@code_hash, @branch_id, @created_by, @created_at, @expires_at)`,
    ),
    takeCode: db.prepare<[string, string, string, string], { branch_id: string }>(
      `UPDATE enrollment_codes SET used_at = ?, used_by = ?
       WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING branch_id`,
    ),
    putBlob: db.prepare<[string, string, number, Uint8Array, string]>(
      'INSERT INTO blobs (branch, sha256, size, bytes, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (branch, sha256) DO NOTHING',
    ),
    getBlob: db.prepare<[string, string], { bytes: Buffer }>('SELECT bytes FROM blobs WHERE branch = ? AND sha256 = ?'),
    hasBlob: db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM blobs WHERE branch = ? AND sha256 = ?'),
  };

  const syncReader: SyncRowReader = {
    get: (branch, tbl, key) => q.getRow.get(branch, tbl, key)?.data,
    findBy: (branch, tbl, idx, value) => q.findBy.all(branch, tbl, idx, value),
    all: (branch, tbl) => q.all.all(branch, tbl),
  };

  const writeRows = (branch: string, writes: readonly RowWrite[], origin: WriteOrigin): number => {
    let version = 0;
    for (const w of writes) {
      const info = q.logChange.run(branch, w.tbl, w.key, w.data === null ? 1 : 0, origin.deviceId, origin.seq, origin.at);
      version = Number(info.lastInsertRowid);
      q.upsert.run(branch, w.tbl, w.key, w.data, version);
      q.dropIndex.run(branch, w.tbl, w.key);
      for (const [idx, value] of w.index) q.addIndex.run(branch, w.tbl, idx, value, w.key);
    }
    return version;
  };

  const horizon = (branch: string): number => q.horizon.get(branch)?.horizon ?? 0;

  return {
    syncReader,
    getRow: async (b, t, k) => syncReader.get(b, t, k),
    findBy: async (b, t, i, v) => syncReader.findBy(b, t, i, v),
    all: async (b, t) => syncReader.all(b, t),
    writeRows: async (b, w, o) => writeRows(b, w, o),
    pullPage: async (b, cursor, limit) => q.page.all(b, cursor, limit),
    highWater: async (b) => Math.max(q.highWater.get(b)?.v ?? 0, horizon(b)),
    lastChange: async (b) => q.highWater.get(b)?.v ?? 0,
    horizon: async (b) => horizon(b),
    purgeTombstones: async (b, before) => {
      const upTo = q.purgeUpTo.get(b, before)?.v ?? 0;
      if (upTo > horizon(b)) {
        q.purge.run(b, upTo);
        q.setHorizon.run(b, upTo);
      }
      return horizon(b);
    },
    findAnyBranch: async (t, k) => q.anyBranch.get(t, k),
    deviceById: async (id) => device(q.deviceById.get(id)),
    deviceByTokenHash: async (h) => device(q.deviceByToken.get(h)),
    upsertDevice: async (d) => void q.upsertDevice.run(d.id, d.branch_id, d.token_hash, d.name, d.at),
    revokeDevice: async (id, at) => void q.revoke.run(at, id),
    listDevices: async (b) =>
      q.listDevices.all(b).map(({ revoked_at, ...d }) => ({ ...d, revoked: revoked_at !== null })),
    countDevices: async () => q.countDevices.get()?.n ?? 0,
    setLastSeq: async (id, seq) => void q.setLastSeq.run(seq, id),
    getResult: async (d, s) => q.getResult.get(d, s),
    insertResult: async (r) => void q.insertResult.run(r),
    insertCode: async (c) => void q.insertCode.run(c),
    takeCode: async (hash, now, deviceId) => q.takeCode.get(now, deviceId, hash, now)?.branch_id,
    putBlob: async (b, sha, bytes, at) => q.putBlob.run(b, sha, bytes.length, bytes, at).changes > 0,
    getBlob: async (b, sha) => q.getBlob.get(b, sha)?.bytes,
    missingBlobs: async (b, shas) => shas.filter((sha) => q.hasBlob.get(b, sha) === undefined),
  };
};

/**
 * The embedded engine: one better-sqlite3 connection (WAL, synchronous=FULL), transactions one at
 * a time. Session calls answer synchronously underneath, so a transaction never waits on I/O
 * while holding the write lock, and mutators read through `syncReader` without re-runs.
 */
export const createSqliteBackend = (db: Database): HubBackend => {
  const session = createSession(db);
  const exclusive = createMutex();
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  return {
    kind: 'sqlite',
    transaction: <T>(fn: (s: HubSession) => Promise<T>, opts: TransactionOptions = {}) =>
      exclusive(async () => {
        // A read-only snapshot needs no BEGIN here: transactions on the one connection run one at a
        // time (the mutex), so nothing can commit between its statements.
        if (opts.snapshot && opts.lockBranch === undefined) return fn(session);
        begin.run();
        try {
          const out = await fn(session);
          commit.run();
          return out;
        } catch (err) {
          if (db.inTransaction) rollback.run();
          throw err;
        }
      }),
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      await exclusive(async () => {
        if (db.open) db.close();
      });
    },
  };
};
