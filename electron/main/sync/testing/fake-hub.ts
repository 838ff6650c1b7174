import { createHash } from 'node:crypto';
import { actorMayRun, MutationRejected } from '../../../../shared/mutations/define';
import type { MutationActor, MutationTx } from '../../../../shared/mutations/define';
import { createMemoryStore } from '../../../../shared/mutations/memory-tx';
import { mutationByName, SCHEMA_VERSION } from '../../../../shared/mutations/registry';
import { PRIMARY_KEYS } from '../../../../shared/mutations/tables';
import type { TableName } from '../../../../shared/mutations/tables';
import type { MutationResult, PullResponse, PushResponse, RowChange, SyncErrorCode } from '../../../../shared/sync/wire';
import { hasPdfSignature } from '../../../../shared/mutations/regulations';
import { enrollmentCodeSchema, MAX_BLOB_BYTES } from '../../../../shared/sync/wire';
import { SyncTransportError } from '../transport';
import type { HubEndpoint, SyncTransport } from '../transport';

/**
 * A hub in memory for the client's unit tests: the same protocol as hub/ (seq checks, stored
 * results, the shared mutators with the hub's clock and staff rows, versioned rows with
 * tombstones, paging, MUST_RESYNC below a horizon), plus switches to fail on purpose.
 */
export interface FakeHubOptions {
  now?: () => Date;
  /** Rows per pull page, whatever the client asks (small pages exercise staging). */
  pageSize?: number;
}

interface DeviceState {
  token: string;
  lastSeq: number;
  results: Map<number, MutationResult>;
  name: string;
  enrolledAt: string;
  revoked: boolean;
}

const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };

const refuse = (status: number, code: SyncErrorCode, message: string, details: Record<string, string | number> = {}) =>
  new SyncTransportError('hub', message, status, code, details);

export const createFakeHub = (opts: FakeHubOptions = {}) => {
  const now = opts.now ?? (() => new Date('2026-11-27T01:30:00.000Z'));
  const store = createMemoryStore();
  const rows = new Map<string, RowChange>();
  let version = 0;
  const devices = new Map<string, DeviceState>();
  const codes = new Set<string>();
  const blobs = new Map<string, Buffer>();
  const calls: {
    op: 'push' | 'pull' | 'enroll' | 'issueCode' | 'listDevices' | 'revokeDevice' | 'missingBlobs' | 'putBlob' | 'getBlob';
    detail: unknown;
  }[] = [];
  const faults = {
    /** Every call fails as if the network were down. */
    offline: false,
    /** The next push is committed, but its answer never arrives. */
    dropNextPushResponse: false,
    /** Pulls fail with a network error after this many more successful pages (null: never). */
    pullPagesBeforeCut: null as number | null,
    /** Cursors below this (and above 0) must resync. */
    horizon: 0,
    schemaVersion: SCHEMA_VERSION,
    /** Downloads answer with one byte changed (a corrupted transfer). */
    corruptBlobs: false,
  };

  const key = (t: string, k: string) => `${t}\u0000${k}`;

  /** Runs a mutator on a staged copy and logs every row it wrote with a new version. */
  const commit = (fn: (tx: MutationTx) => void) => {
    const touched = new Map<string, { table: TableName; key: string }>();
    store.transact((tx) => {
      const logging: MutationTx = {
        ...tx,
        put: (table, row) => {
          const k = String((row as Record<string, unknown>)[PRIMARY_KEYS[table]]);
          touched.set(key(table, k), { table, key: k });
          tx.put(table, row);
        },
        delete: (table, id) => {
          if (tx.get(table, id) === undefined) return;
          touched.set(key(table, id), { table, key: id });
          tx.delete(table, id);
        },
      };
      fn(logging);
    });
    for (const t of touched.values()) {
      const row = store.tx.get(t.table, t.key);
      version += 1;
      rows.set(key(t.table, t.key), {
        table: t.table,
        key: t.key,
        row: row === undefined ? null : (structuredClone(row) as Record<string, unknown>),
        version,
      });
    }
  };

  const actorFor = (actorId: string | null, systemOnly: boolean): MutationActor | { code: string } => {
    if (actorId === null) return systemOnly ? SYSTEM : { code: 'NO_ACTOR' };
    const staff = store.tx.get('staff', actorId);
    return staff?.active ? { staffId: staff.id, roles: staff.roles } : { code: 'UNKNOWN_ACTOR' };
  };

  const decide = (m: { id: string; name: string; args: unknown; actorId: string | null }): Pick<MutationResult, 'outcome' | 'code' | 'message'> => {
    const def = mutationByName(m.name);
    if (!def) return { outcome: 'rejected', code: 'UNKNOWN_MUTATION', message: m.name };
    const parsed = def.args.safeParse(m.args);
    if (!parsed.success) return { outcome: 'rejected', code: 'INVALID_ARGS', message: 'invalid args' };
    const actor = actorFor(m.actorId, def.roles === 'system');
    if ('code' in actor) return { outcome: 'rejected', code: actor.code, message: 'actor' };
    const ctx = { actor, now: now().toISOString(), mutationId: m.id };
    if (!actorMayRun(def, parsed.data, ctx)) return { outcome: 'rejected', code: 'FORBIDDEN', message: 'not allowed' };
    try {
      commit((tx) => def.run(tx, parsed.data, ctx));
      return { outcome: 'applied' };
    } catch (err) {
      if (err instanceof MutationRejected) return { outcome: 'rejected', code: err.code, message: err.message };
      throw err;
    }
  };

  const device = (hub: HubEndpoint, claimed: string): DeviceState => {
    const d = devices.get(claimed);
    if (!d || d.revoked || hub.token === null || d.token !== hub.token) throw refuse(401, 'UNAUTHENTICATED', 'unknown token');
    return d;
  };

  /** The device a bare token belongs to (the file routes name no device in a body). */
  const tokenDevice = (hub: HubEndpoint): DeviceState => {
    const found = [...devices.values()].find((d) => !d.revoked && hub.token !== null && d.token === hub.token);
    if (!found) throw refuse(401, 'UNAUTHENTICATED', 'unknown token');
    return found;
  };

  /** The admin actions: an enrolled device, a signed-in admin by the hub's staff rows. */
  const adminCall = (hub: HubEndpoint, req: { deviceId: string; actorId: string }) => {
    if (faults.offline) throw new SyncTransportError('network', 'offline');
    device(hub, req.deviceId);
    const staff = store.tx.get('staff', req.actorId);
    if (!staff?.roles.includes('admin')) throw refuse(403, 'FORBIDDEN', 'admins only');
  };

  const transportFor = (hub: HubEndpoint): SyncTransport => ({
    push: async (req) => {
      calls.push({ op: 'push', detail: req.mutations.map((m) => m.seq) });
      if (faults.offline) throw new SyncTransportError('network', 'offline');
      const d = device(hub, req.deviceId);
      if (req.schemaVersion !== faults.schemaVersion) throw refuse(409, 'SCHEMA_MISMATCH', 'update the desktop app');
      const first = req.mutations[0]?.seq ?? d.lastSeq + 1;
      req.mutations.forEach((m, i) => {
        if (m.seq !== first + i) throw refuse(409, 'SEQ_GAP', 'not consecutive', { expected: first + i, got: m.seq });
      });
      if (first > d.lastSeq + 1) throw refuse(409, 'SEQ_GAP', 'gap', { expected: d.lastSeq + 1, got: first });
      const results = req.mutations.map((m): MutationResult => {
        const seen = d.results.get(m.seq);
        if (seen) {
          if (seen.id !== m.id) throw refuse(409, 'SEQ_REUSED', 'reused', { seq: m.seq });
          return seen;
        }
        const r: MutationResult = { id: m.id, seq: m.seq, ...decide(m) };
        d.results.set(m.seq, r);
        d.lastSeq = m.seq;
        return r;
      });
      const res: PushResponse = { results, lastSeq: d.lastSeq };
      if (faults.dropNextPushResponse) {
        faults.dropNextPushResponse = false;
        throw new SyncTransportError('network', 'answer lost');
      }
      return structuredClone(res);
    },
    pull: async (req) => {
      calls.push({ op: 'pull', detail: req.cursor });
      if (faults.offline) throw new SyncTransportError('network', 'offline');
      if (faults.pullPagesBeforeCut !== null) {
        if (faults.pullPagesBeforeCut <= 0) throw new SyncTransportError('network', 'cut');
        faults.pullPagesBeforeCut -= 1;
      }
      const d = device(hub, req.deviceId);
      if (req.cursor > version || (req.cursor > 0 && req.cursor < faults.horizon)) {
        throw refuse(409, 'MUST_RESYNC', 'resync', { cursor: req.cursor });
      }
      const limit = Math.min(req.limit ?? 500, opts.pageSize ?? Infinity);
      const newer = [...rows.values()].filter((r) => r.version > req.cursor).sort((a, b) => a.version - b.version);
      const changes = newer.slice(0, limit);
      const res: PullResponse = {
        changes,
        lastProcessedSeq: d.lastSeq,
        nextCursor: changes.at(-1)?.version ?? req.cursor,
        hasMore: newer.length > changes.length,
      };
      return structuredClone(res);
    },
    enroll: async (req) => {
      calls.push({ op: 'enroll', detail: req.deviceId });
      if (faults.offline) throw new SyncTransportError('network', 'offline');
      const code = enrollmentCodeSchema.parse(req.code);
      if (!codes.delete(code)) throw refuse(403, 'ENROLLMENT_CODE_INVALID', 'unknown or used code');
      const token = `token-${req.deviceId}-${Math.random().toString(36).slice(2)}-padding-padding`;
      const prior = devices.get(req.deviceId);
      devices.set(req.deviceId, {
        token,
        lastSeq: prior?.lastSeq ?? 0,
        results: prior?.results ?? new Map(),
        name: req.deviceName,
        enrolledAt: prior?.enrolledAt ?? now().toISOString(),
        revoked: false,
      });
      return { deviceId: req.deviceId, token, branchId: 'branch-main', lastSeq: prior?.lastSeq ?? 0 };
    },
    issueCode: async (req) => {
      calls.push({ op: 'issueCode', detail: req.actorId });
      adminCall(hub, req);
      return { code: newCode(), expiresAt: new Date(now().getTime() + 15 * 60_000).toISOString() };
    },
    listDevices: async (req) => {
      calls.push({ op: 'listDevices', detail: req.actorId });
      adminCall(hub, req);
      return {
        devices: [...devices].map(([deviceId, d]) => ({ deviceId, name: d.name, enrolledAt: d.enrolledAt, lastSeq: d.lastSeq, revoked: d.revoked })),
      };
    },
    revokeDevice: async (req) => {
      calls.push({ op: 'revokeDevice', detail: req.targetDeviceId });
      adminCall(hub, req);
      const target = devices.get(req.targetDeviceId);
      if (!target) throw refuse(404, 'NOT_FOUND', 'no such device in this branch');
      target.revoked = true;
      return { ok: true as const };
    },
    // One branch here, so every device sees every file; the checks are the hub's (hub/src/http/blobs.ts).
    missingBlobs: async (req) => {
      calls.push({ op: 'missingBlobs', detail: req.sha256s.length });
      if (faults.offline) throw new SyncTransportError('network', 'offline');
      device(hub, req.deviceId);
      return { missing: [...new Set(req.sha256s)].filter((sha) => !blobs.has(sha)) };
    },
    putBlob: async (sha256, bytes) => {
      calls.push({ op: 'putBlob', detail: sha256 });
      if (faults.offline) throw new SyncTransportError('network', 'offline');
      tokenDevice(hub);
      if (bytes.length > MAX_BLOB_BYTES) throw refuse(413, 'BODY_TOO_LARGE', 'too large');
      if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw refuse(400, 'BLOB_HASH_MISMATCH', 'hash mismatch');
      if (!hasPdfSignature(bytes)) throw refuse(415, 'UNSUPPORTED_MEDIA_TYPE', 'not a PDF');
      const stored = !blobs.has(sha256);
      if (stored) blobs.set(sha256, Buffer.from(bytes));
      return { sha256, stored };
    },
    getBlob: async (sha256) => {
      calls.push({ op: 'getBlob', detail: sha256 });
      if (faults.offline) throw new SyncTransportError('network', 'offline');
      tokenDevice(hub);
      const bytes = blobs.get(sha256);
      if (!bytes) throw refuse(404, 'NOT_FOUND', 'no such file');
      const copy = Buffer.from(bytes);
      if (faults.corruptBlobs) copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 0xff;
      return copy;
    },
  });

  let codeCounter = 0;
  /** A fresh one-time code (what the hub prints for the first desktop of a branch). */
  const newCode = (): string => {
    codeCounter += 1;
    const code = `AB${String(codeCounter).padStart(6, '0')}`.replace(/[ILOU]/g, 'X');
    codes.add(code);
    return `${code.slice(0, 4)}-${code.slice(4)}`;
  };

  return {
    transportFor,
    faults,
    calls,
    newCode,
    /** Registers a device with a token directly (as HUB_DEVICE_TOKENS does). */
    addDevice: (deviceId: string, token: string) =>
      devices.set(deviceId, { token, lastSeq: 0, results: new Map(), name: deviceId, enrolledAt: now().toISOString(), revoked: false }),
    /** Runs a mutation on the hub as another device would have pushed it (applied or not). */
    applyDirect: (name: string, args: unknown, actorId: string | null, id = `direct-${version}`) =>
      decide({ id, name, args, actorId }),
    lastSeqOf: (deviceId: string) => devices.get(deviceId)?.lastSeq ?? 0,
    tokenOf: (deviceId: string) => devices.get(deviceId)?.token ?? null,
    /** Every outcome the hub stored for a device, by seq. */
    resultsOf: (deviceId: string) => [...(devices.get(deviceId)?.results.values() ?? [])],
    snapshot: () => store.snapshot(),
    /** The files the hub holds, by SHA-256. */
    blobs,
    version: () => version,
  };
};
export type FakeHub = ReturnType<typeof createFakeHub>;
