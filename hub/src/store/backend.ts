/**
 * The hub's storage, one interface over two engines: embedded SQLite (one branch's hub) and
 * PostgreSQL (many stateless hub processes for the whole bureau). Everything the hub stores goes
 * through a session inside `transaction`, so the push, pull and enrollment logic is written once.
 *
 * Synced rows are partitioned by branch: a device only ever reads and writes its branch's rows.
 * Each write takes a fresh server version (never reused, increasing); writers of one branch are
 * serialised (SQLite: one writer; PostgreSQL: a transaction-scoped advisory lock on the branch),
 * so within a branch versions follow commit order and a pull cursor never skips a change.
 */

/** One synced row's latest state as stored: canonical JSON, or null for a tombstone. */
export interface StoredRow {
  tbl: string;
  key: string;
  data: string | null;
  version: number;
}

export interface DeviceRow {
  id: string;
  branch_id: string;
  last_seq: number;
  revoked: boolean;
}

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

/** Which device's mutation a write belongs to, kept in the change log. */
export interface WriteOrigin {
  deviceId: string | null;
  seq: number | null;
  /** The hub's clock when the change was made (the tombstone horizon is measured in time). */
  at: string;
}

/** A row write with the (index, value) pairs it answers to (empty for a tombstone). */
export interface RowWrite {
  tbl: string;
  key: string;
  data: string | null;
  index: readonly (readonly [string, string])[];
}

export interface EnrollmentCodeRow {
  code_hash: string;
  branch_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
}

/**
 * Synchronous reads for engines that can answer them without waiting (SQLite): a mutator then
 * runs once. Without them a mutator that reads what is not cached yet is re-run after the read.
 */
export interface SyncRowReader {
  get: (branch: string, tbl: string, key: string) => string | null | undefined;
  findBy: (branch: string, tbl: string, idx: string, value: string) => { key: string; data: string }[];
  all: (branch: string, tbl: string) => { key: string; data: string }[];
}

export interface HubSession {
  /** Data of a row: a string, null for a tombstone, undefined if never stored. */
  getRow(branch: string, tbl: string, key: string): Promise<string | null | undefined>;
  /** Live rows answering (idx, value), ordered by key. */
  findBy(branch: string, tbl: string, idx: string, value: string): Promise<{ key: string; data: string }[]>;
  /** Live rows of a table, ordered by key. */
  all(branch: string, tbl: string): Promise<{ key: string; data: string }[]>;
  /** Writes rows in order, each with the next server version; returns the last version. */
  writeRows(branch: string, writes: readonly RowWrite[], origin: WriteOrigin): Promise<number>;
  /** Rows of the branch with version > cursor, oldest first. */
  pullPage(branch: string, cursor: number, limit: number): Promise<StoredRow[]>;
  /** The highest version ever handed out in the branch (0 if none). */
  highWater(branch: string): Promise<number>;
  /** The version of the branch's latest change (0 if none): equal numbers mean nothing changed in between. */
  lastChange(branch: string): Promise<number>;
  /** Tombstones at or below this version were purged: older cursors must resync. */
  horizon(branch: string): Promise<number>;
  /** Purges the branch's tombstones last written before `before`; returns the new horizon. */
  purgeTombstones(branch: string, before: string): Promise<number>;
  /** A live row found by table and key in any branch (the public page's token look-up). */
  findAnyBranch(tbl: string, key: string): Promise<{ branch: string; data: string } | undefined>;

  deviceById(id: string): Promise<DeviceRow | undefined>;
  deviceByTokenHash(hash: string): Promise<DeviceRow | undefined>;
  /** Creates a device, or re-keys it (new token, un-revoked) keeping its sequence. */
  upsertDevice(d: { id: string; branch_id: string; token_hash: string; name: string; at: string }): Promise<void>;
  revokeDevice(id: string, at: string): Promise<void>;
  /** The branch's devices, oldest first. */
  listDevices(branch: string): Promise<{ id: string; name: string; created_at: string; last_seq: number; revoked: boolean }[]>;
  countDevices(): Promise<number>;
  setLastSeq(id: string, seq: number): Promise<void>;

  getResult(deviceId: string, seq: number): Promise<StoredResult | undefined>;
  insertResult(r: NewResult): Promise<void>;

  insertCode(c: EnrollmentCodeRow): Promise<void>;
  /** Marks an unexpired, unused code used and returns its branch; undefined otherwise. Atomic. */
  takeCode(hash: string, now: string, deviceId: string): Promise<string | undefined>;

  /** Stores a file of the branch under its SHA-256 (checked by the caller); false if it was there already (nothing written). */
  putBlob(branch: string, sha256: string, bytes: Uint8Array, at: string): Promise<boolean>;
  /** A file of the branch, or undefined if the branch has none by that hash. */
  getBlob(branch: string, sha256: string): Promise<Buffer | undefined>;
  /** Those of the hashes the branch holds no file for, in the order asked. */
  missingBlobs(branch: string, sha256s: readonly string[]): Promise<string[]>;

  /** Present where reads can be answered synchronously (see SyncRowReader). */
  readonly syncReader?: SyncRowReader;
}

export interface TransactionOptions {
  /** Serialise with every other writer of this branch for the whole transaction. */
  lockBranch?: string;
  /** One consistent snapshot for a multi-statement read (a pull page with its device row). */
  snapshot?: boolean;
}

export interface HubBackend {
  readonly kind: 'sqlite' | 'postgres';
  /** Runs fn in one transaction: all of it commits, or none of it (fn threw). */
  transaction<T>(fn: (s: HubSession) => Promise<T>, opts?: TransactionOptions): Promise<T>;
  /** A cheap round trip for /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
