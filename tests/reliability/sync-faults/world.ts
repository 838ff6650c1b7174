import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { expect } from 'vitest';
import { createHttpTransport } from '../../../electron/main/sync/http-transport';
import type { SyncTransport } from '../../../electron/main/sync/transport';
import { syncedSnapshot } from '../../../electron/main/sync/digest';
import { createTestSecretStore } from '../../../electron/main/sync/secret-store';
import { createTestApp, setUpAdmin } from '../../../electron/main/testing/app-fixture';
import type { TestApp } from '../../../electron/main/testing/app-fixture';
import type { SyncRejection, SyncStatusValue } from '../../../shared/ipc/contract-sync';
import { PRIMARY_KEYS, TABLE_NAMES } from '../../../shared/mutations/tables';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { startTestHub } from '../../integration/hub/harness';
import type { TestHub } from '../../integration/hub/harness';
import { faultyTransport, NO_FAULTS } from './faulty-transport';
import type { FaultRates, Random } from './faulty-transport';

/**
 * A simulated branch: the real hub (embedded SQLite or a real PostgreSQL database) on a loopback
 * port and several whole desktop stacks (each its own SQLite file and sync client), each reaching
 * the hub over real HTTP through a fault-injecting transport. Desktops are driven through the same
 * IPC channels the UI uses; checks read the hub's own database.
 */
export interface Desktop {
  name: string;
  app: TestApp;
  clerk: string;
  faults: ReturnType<typeof faultyTransport>;
}

export interface World {
  hub: TestHub;
  /** The hub's PostgreSQL database, when it runs on one (else its SQLite file in hub.dir). */
  databaseUrl?: string;
  desktops: Desktop[];
  escorts: string[];
  /** Current fault rates (switched off for set-up and the final quiescence). */
  rates: FaultRates;
  restartHub: () => Promise<void>;
  close: () => Promise<void>;
}

const PASSWORD = 'staff-password-1';
const BRANCH = 'branch-main';

export const createWorld = async (rnd: Random, opts: { desktops: number; databaseUrl?: string }): Promise<World> => {
  const hub = await startTestHub([], opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {});
  const world: World = {
    hub,
    ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {}),
    desktops: [],
    escorts: [],
    rates: NO_FAULTS,
    restartHub: () => hub.restart(),
    close: async () => {
      for (const d of world.desktops) d.app.close();
      await hub.stop();
    },
  };
  const newDesktop = (name: string): Desktop => {
    // One fault layer per desktop for its whole life (the app may build a transport per run, or
    // anew after enrolling): its partition switch and counts persist, the HTTP inside follows.
    let inner: SyncTransport | undefined;
    const current = (): SyncTransport => {
      if (!inner) throw new Error(`${name} has no hub yet`);
      return inner;
    };
    const faults = faultyTransport(
      {
        push: (r) => current().push(r),
        pull: (r) => current().pull(r),
        enroll: (r) => current().enroll(r),
        issueCode: (r) => current().issueCode(r),
        listDevices: (r) => current().listDevices(r),
        revokeDevice: (r) => current().revokeDevice(r),
        missingBlobs: (r) => current().missingBlobs(r),
        putBlob: (sha256, bytes) => current().putBlob(sha256, bytes),
        getBlob: (sha256) => current().getBlob(sha256),
      },
      rnd,
      () => world.rates,
    );
    const app = createTestApp({
      secretStore: createTestSecretStore(),
      syncAuto: false,
      syncTransport: (endpoint) => {
        inner = createHttpTransport(endpoint, { timeoutMs: 10_000 });
        return faults.transport;
      },
    });
    const d: Desktop = { name, app, clerk: `${name}-clerk`, faults };
    world.desktops.push(d);
    return d;
  };

  const first = newDesktop('d0');
  await setUpAdmin(first.app);
  const staff = [['clerk', ['counter']], ['esc1', ['inspector']], ['esc2', ['inspector']], ['esc3', ['inspector']]] as const;
  for (const [username, roles] of staff) {
    const { id } = await first.app.ok<{ id: string }>('admin', 'staff:save', { unitId: 'unit-s1', name: `同仁${username}`, username, roles, active: true });
    await first.app.ok('admin', 'staff:setPassword', { staffId: id, newPassword: PASSWORD });
    if (username.startsWith('esc')) world.escorts.push(id);
  }
  await first.app.ok('admin', 'sync:enroll', { hubUrl: hub.url, code: hub.hub.bootstrapCode, deviceName: 'd0' });
  for (let i = 1; i < opts.desktops; i += 1) {
    const { code } = await first.app.ok<{ code: string }>('admin', 'sync:issueCode');
    const d = newDesktop(`d${i}`);
    await d.app.ok('nobody', 'sync:join', { hubUrl: hub.url, code, deviceName: d.name });
  }
  for (const d of world.desktops) await d.app.ok(d.clerk, 'auth:login', { username: 'clerk', password: PASSWORD });
  return world;
};

export const syncNow = (d: Desktop): Promise<SyncStatusValue> => d.app.ok<SyncStatusValue>(d.clerk, 'sync:now');

/** Faults off, partitions healed, stale replays landed; then sync everyone until nothing is pending, and once more. */
export const quiesce = async (world: World): Promise<void> => {
  world.rates = NO_FAULTS;
  for (const d of world.desktops) d.faults.setPartitioned(false);
  for (const d of world.desktops) await d.faults.settle();
  for (let round = 0; round < 20; round += 1) {
    const statuses = [];
    for (const d of world.desktops) statuses.push(await syncNow(d));
    if (statuses.every((s) => s.pending === 0 && s.problem === null && s.online === true)) {
      for (const d of world.desktops) await syncNow(d);
      return;
    }
  }
  const last = await Promise.all(world.desktops.map((d) => syncNow(d)));
  throw new Error(`no quiescence after 20 rounds: ${JSON.stringify(last)}`);
};

interface HubResult {
  seq: number;
  mutation_id: string;
  outcome: string;
}

/** Read-only SQL on the hub's own database, whichever engine it runs on. */
const hubQuery = async <R>(world: World, sql: string, params: unknown[]): Promise<R[]> => {
  if (world.databaseUrl) {
    const c = new pg.Client({ connectionString: world.databaseUrl });
    await c.connect();
    try {
      let i = 0;
      return (await c.query(sql.replace(/\?/g, () => `$${(i += 1)}`), params)).rows as R[];
    } finally {
      await c.end();
    }
  }
  const db = new Database(join(world.hub.dir, 'hub.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as R[];
  } finally {
    db.close();
  }
};

/** The hub's rows of the branch, shaped like a desktop's synced snapshot. */
const hubSnapshot = (world: World) =>
  world.hub.hub.backend.transaction(async (s) => {
    const out: Record<string, Record<string, unknown>> = {};
    for (const t of TABLE_NAMES) {
      const rows = await s.all(BRANCH, t);
      out[t] = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.data) as unknown]));
    }
    return out;
  });

/**
 * The checks at quiescence (issue 5): every mutation has exactly one outcome (no loss, no
 * duplicate, no gap), all outboxes are empty, every desktop's data equals the hub's, the rejections
 * each desktop shows are exactly the hub's, and the domain invariants hold on the hub's data.
 */
export const checkQuiescent = async (world: World): Promise<{ mutations: number; rejected: number }> => {
  const hub = await hubSnapshot(world);
  const hubJson = canonicalJson(hub);
  let mutations = 0;
  let rejected = 0;
  for (const d of world.desktops) {
    const db = d.app.ctx.db!;
    expect(db.prepare('SELECT count(*) AS n FROM outbox').get(), `${d.name} outbox`).toEqual({ n: 0 });
    const local = canonicalJson(syncedSnapshot(d.app.ctx.executor!.stores));
    if (local !== hubJson) {
      for (const t of TABLE_NAMES) {
        const mine = syncedSnapshot(d.app.ctx.executor!.stores)[t];
        expect(canonicalJson(mine), `${d.name} table ${t} (pk ${PRIMARY_KEYS[t]}) equals the hub's`).toBe(canonicalJson(hub[t]));
      }
    }
    expect(local, `${d.name} data equals the hub's`).toBe(hubJson);

    const id = (db.prepare('SELECT device_id FROM device').get() as { device_id: string }).device_id;
    const results = await hubQuery<HubResult>(world, 'SELECT seq, mutation_id, outcome FROM mutation_results WHERE device_id = ? ORDER BY seq', [id]);
    // Exactly one outcome per mutation, numbered without gaps.
    expect(results.map((r) => Number(r.seq)), `${d.name} seqs`).toEqual(results.map((_, i) => i + 1));
    expect(new Set(results.map((r) => r.mutation_id)).size, `${d.name} unique mutation ids`).toBe(results.length);
    const made = (db.prepare('SELECT mutation_id FROM audit_log WHERE mutation_id IS NOT NULL ORDER BY seq').all() as { mutation_id: string }[]).map((r) => r.mutation_id);
    expect([...results.map((r) => r.mutation_id)].sort(), `${d.name}: the hub decided exactly the mutations made here`).toEqual([...made].sort());
    const hubRejected = results.filter((r) => r.outcome === 'rejected').map((r) => r.mutation_id).sort();
    const shown = (await d.app.ok<SyncRejection[]>(d.clerk, 'sync:rejections')).map((r) => r.mutationId).sort();
    expect(shown, `${d.name}: rejections shown are the hub's`).toEqual(hubRejected);
    mutations += results.length;
    rejected += hubRejected.length;
  }
  const dup = await hubQuery(world,
    'SELECT device_id, seq, tbl, key, count(*) AS n FROM change_log WHERE device_id IS NOT NULL GROUP BY device_id, seq, tbl, key HAVING count(*) > 1', []);
  expect(dup, 'no change applied twice').toEqual([]);

  // Domain invariant: one escort serves one visitor at a time.
  const visits = Object.values(hub['escort_visits'] ?? {}) as { escortId: string | null; status: string }[];
  const active = visits.filter((v) => v.status === 'in_service' && v.escortId).map((v) => v.escortId);
  expect(active.length, 'no escort on two active visits').toBe(new Set(active).size);
  return { mutations, rejected };
};
