import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { POSTGRES_SCHEMA_VERSION } from '../../../hub/src/db/postgres-migrations';
import { startHub } from '../../../hub/src/hub';
import type { RunningHub } from '../../../hub/src/hub';
import type { PullResponse, PushMutation, PushResponse } from '../../../shared/sync/wire';
import { startPostgres } from '../../support/postgres';
import type { TestPostgres } from '../../support/postgres';
import { HUB_NOW, intakeArgs, outbox, post, pushBody, SEED, staffArgs, VERIFIER } from './harness';

/**
 * Several hub processes on one PostgreSQL database: the same pushes raced through different hubs
 * must be decided once, conflicting ones exactly one way, and nothing may be lost.
 */
let server: TestPostgres;
const hubs: RunningHub[] = [];
const DEVICES = Array.from({ length: 6 }, (_, i) => `dev-${i}`);
const tokens = Object.fromEntries(DEVICES.map((d) => [d, randomBytes(24).toString('base64url')]));
let url: string;
const dir = mkdtempSync(join(tmpdir(), 'hub-pg-multi-'));

beforeAll(async () => {
  server = await startPostgres();
  url = server.createDatabase('multi');
  // Three hubs start at once on an empty database: the migration must run exactly once.
  const started = await Promise.all(
    [0, 1, 2].map(() =>
      startHub(
        {
          host: '127.0.0.1',
          port: 0,
          dataDir: dir,
          branchId: 'branch-main',
          deviceTokens: DEVICES.map((deviceId) => ({ deviceId, token: tokens[deviceId]! })),
          logLevel: 'silent',
          tombstoneRetentionDays: 180,
          databaseUrl: url,
        },
        { now: () => HUB_NOW, logger: false },
      ),
    ),
  );
  hubs.push(...started);
}, 60_000);

afterAll(async () => {
  for (const h of hubs) await h.close();
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const push = (hub: RunningHub, deviceId: string, mutations: PushMutation[]) =>
  post<PushResponse>(`${hub.url}/sync/push`, tokens[deviceId]!, pushBody(deviceId, mutations));

describe('several hub processes on one PostgreSQL', () => {
  it('decide each mutation once, whichever hub gets it, and one escort for one visit', async () => {
    const next = outbox();
    const setup: PushMutation[] = [
      next('reference.seed', SEED, null),
      next('setup.createFirstAdmin', { staffId: 'admin-1', unitId: 'unit-s6', name: '管理者', username: 'admin', verifier: VERIFIER }, null),
      ...Array.from({ length: 8 }, (_, i) => next('staff.save', staffArgs(`e${i}`, 'unit-s1', ['inspector']), 'admin-1')),
      ...Array.from({ length: 8 }, (_, i) => next('visit.intake', intakeArgs(`v${i}`), 'admin-1')),
    ];
    // The same batch through all three hubs at once (a desktop retrying after a timeout).
    const raced = await Promise.all(hubs.map((h) => push(h, 'dev-0', setup)));
    for (const r of raced) expect(r.status).toBe(200);
    for (const r of raced) expect(r.body).toEqual(raced[0]!.body);
    expect(raced[0]!.body.results.every((r) => r.outcome === 'applied')).toBe(true);

    // Five desktops each assign escort e0 to a different visit, through different hubs, at once:
    // one escort can serve one active visit, so exactly one wins.
    const contenders = DEVICES.slice(1);
    const answers = await Promise.all(
      contenders.map((d, i) => push(hubs[i % hubs.length]!, d, [outbox()('escort.assign', { visitId: `v${i}`, staffId: 'e0' }, 'admin-1')])),
    );
    const outcomes = answers.map((a) => a.body.results[0]);
    expect(outcomes.filter((o) => o?.outcome === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o?.code === 'ESCORT_BUSY')).toHaveLength(contenders.length - 1);

    // Every hub now serves the same data, and the change log has each change once.
    const pulls = await Promise.all(
      hubs.map((h) => post<PullResponse>(`${h.url}/sync/pull`, tokens['dev-5']!, { deviceId: 'dev-5', cursor: 0, limit: 1000 })),
    );
    for (const p of pulls) expect(p.body.changes).toEqual(pulls[0]!.body.changes);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const dup = await db.query("SELECT device_id, seq, count(*) FROM change_log WHERE device_id IS NOT NULL GROUP BY device_id, seq, tbl, key HAVING count(*) > 1");
      expect(dup.rows).toEqual([]);
      const results = await db.query<{ n: string }>("SELECT count(*) AS n FROM mutation_results WHERE device_id = 'dev-0'");
      expect(Number(results.rows[0]?.n)).toBe(setup.length);
      const migrations = await db.query<{ n: string }>('SELECT count(*) AS n FROM hub_migrations');
      expect(Number(migrations.rows[0]?.n)).toBe(POSTGRES_SCHEMA_VERSION);
    } finally {
      await db.end();
    }
  }, 60_000);
});
