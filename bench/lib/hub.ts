import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startHub } from '../../hub/src/hub';
import type { RunningHub } from '../../hub/src/hub';
import { SCHEMA_VERSION } from '../../shared/mutations/registry';
import type { PushMutation } from '../../shared/sync/wire';
import referenceSeed from '../../resources/seed/reference.json';
import { outbox, VERIFIER } from '../../tests/integration/hub/harness';

export interface BenchHub {
  hub: RunningHub;
  /** POSTs JSON as the bench's one device; anything but 200 throws. */
  post: <T>(route: string, body: unknown) => Promise<T>;
  /** The bench device's next mutation (consecutive seqs, UUIDv7 ids). */
  next: ReturnType<typeof outbox>;
  push: (mutations: PushMutation[]) => Promise<unknown>;
}

/**
 * The real hub on an embedded SQLite file in `root`, on a loopback port, with one static device
 * ('bench') that has already run the first-run mutations (reference data and admin-1).
 */
export const startBenchHub = async (root: string): Promise<BenchHub> => {
  const token = randomBytes(24).toString('base64url');
  const hub = await startHub(
    {
      host: '127.0.0.1',
      port: 0,
      dataDir: path.join(root, 'hub'),
      branchId: 'branch-main',
      deviceTokens: [{ deviceId: 'bench', token }],
      logLevel: 'silent',
      tombstoneRetentionDays: 180,
    },
    { logger: false, now: () => new Date('2026-11-27T01:30:00.000Z') },
  );
  const post = async <T>(route: string, body: unknown): Promise<T> => {
    const res = await fetch(`${hub.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`${route}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    return (await res.json()) as T;
  };
  const next = outbox();
  const push = (mutations: PushMutation[]) => post('/sync/push', { deviceId: 'bench', schemaVersion: SCHEMA_VERSION, mutations });
  await push([
    next('reference.seed', referenceSeed, null),
    next('setup.createFirstAdmin', { staffId: 'admin-1', unitId: 'unit-s6', name: '管理者', username: 'admin', verifier: VERIFIER }, null),
  ]);
  return { hub, post, next, push };
};
