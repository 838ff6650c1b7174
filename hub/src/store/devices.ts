import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export interface DeviceRow {
  id: string;
  branch_id: string;
  last_seq: number;
}

/**
 * Device tokens are stored as SHA-256 hashes: they are long random secrets (not passwords), so a
 * fast hash suffices, and a copy of the hub database does not hand out working tokens.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export const deviceQueries = (db: Database) => {
  const byToken = db.prepare<[string], DeviceRow>(
    'SELECT id, branch_id, last_seq FROM devices WHERE token_hash = ? AND revoked_at IS NULL',
  );
  const byId = db.prepare<[string], DeviceRow>('SELECT id, branch_id, last_seq FROM devices WHERE id = ?');
  const upsert = db.prepare<[string, string, string, string]>(
    `INSERT INTO devices (id, branch_id, token_hash, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET branch_id = excluded.branch_id, token_hash = excluded.token_hash, revoked_at = NULL`,
  );
  const setLastSeq = db.prepare<[number, string]>('UPDATE devices SET last_seq = ? WHERE id = ?');
  return {
    /** Seeds or re-keys a device from the hub's static token list (enrollment replaces this later). */
    ensure: (id: string, branchId: string, token: string, now: string) => void upsert.run(id, branchId, hashToken(token), now),
    byToken: (token: string): DeviceRow | undefined => byToken.get(hashToken(token)),
    get: (id: string): DeviceRow | undefined => byId.get(id),
    setLastSeq: (id: string, seq: number) => void setLastSeq.run(seq, id),
  };
};
export type DeviceQueries = ReturnType<typeof deviceQueries>;

export interface StoredResult {
  seq: number;
  mutation_id: string;
  outcome: 'applied' | 'rejected';
  code: string | null;
  message: string | null;
}

export interface NewResult extends StoredResult {
  device_id: string;
  name: string;
  actor_id: string | null;
  device_time: string;
  decided_at: string;
}

/** Each (device, seq) has exactly one outcome, stored once: a retried push reads it back. */
export const resultQueries = (db: Database) => {
  const get = db.prepare<[string, number], StoredResult>(
    'SELECT seq, mutation_id, outcome, code, message FROM mutation_results WHERE device_id = ? AND seq = ?',
  );
  const insert = db.prepare<[NewResult]>(
    `INSERT INTO mutation_results (device_id, seq, mutation_id, name, actor_id, outcome, code, message, device_time, decided_at)
     VALUES (@device_id, @seq, @mutation_id, @name, @actor_id, @outcome, @code, @message, @device_time, @decided_at)`,
  );
  return {
    get: (deviceId: string, seq: number): StoredResult | undefined => get.get(deviceId, seq),
    insert: (r: NewResult) => void insert.run(r),
  };
};
