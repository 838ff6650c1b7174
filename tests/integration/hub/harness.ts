import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import referenceSeed from '../../../resources/seed/reference.json';
import type { HubConfig } from '../../../hub/src/config';
import { startHub } from '../../../hub/src/hub';
import type { RunningHub } from '../../../hub/src/hub';
import { SCHEMA_VERSION } from '../../../shared/mutations/registry';
import type { PushMutation } from '../../../shared/sync/wire';
import { uuidv7From } from '../../../shared/util/uuidv7';

/** A hub on a loopback port with a temp data folder, driven over real HTTP by the tests. */
export interface TestHub {
  url: string;
  dir: string;
  tokens: Record<string, string>;
  hub: RunningHub;
  /** Stops the hub and starts it again on the same data folder. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
}

/** The hub's clock in tests: fixed, so mutators that look at "today" decide the same every run. */
export const HUB_NOW = new Date('2026-11-27T01:30:00.000Z');

export interface TestHubOptions {
  /** Run on this PostgreSQL database instead of a SQLite file in the temp folder. */
  databaseUrl?: string;
  /** The hub's clock (default: fixed at HUB_NOW). */
  now?: () => Date;
  /** Receives the hub's JSON log lines (pino); without it the hub logs nothing. */
  onLog?: (line: string) => void;
}

export const startTestHub = async (deviceIds: readonly string[] = ['dev-a', 'dev-b'], opts: TestHubOptions = {}): Promise<TestHub> => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-test-'));
  const tokens = Object.fromEntries(deviceIds.map((id) => [id, randomBytes(24).toString('base64url')]));
  const config = (port: number): HubConfig => ({
    host: '127.0.0.1',
    port,
    dataDir: dir,
    branchId: 'branch-main',
    deviceTokens: Object.entries(tokens).map(([deviceId, token]) => ({ deviceId, token })),
    logLevel: 'silent',
    tombstoneRetentionDays: 180,
    ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {}),
  });
  const onLog = opts.onLog;
  const logger = onLog ? { level: 'info', stream: { write: (line: string) => onLog(line) } } : false;
  const start = (port: number) => startHub(config(port), { now: opts.now ?? (() => HUB_NOW), logger });
  const t: TestHub = {
    url: '',
    dir,
    tokens,
    hub: await start(0),
    restart: async () => {
      const port = Number(new URL(t.url).port);
      await t.hub.close();
      t.hub = await start(port);
    },
    stop: async () => {
      await t.hub.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  t.url = t.hub.url;
  return t;
};

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
}

/** POSTs a raw body (string) or a value (sent as JSON) and reads the JSON answer. */
export const post = async <T = unknown>(
  url: string,
  token: string | null,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResult<T>> => {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
};

/** One desktop's outbox as the hub sees it: ids and consecutive sequence numbers. */
export const outbox = () => {
  let seq = 0;
  let ms = Date.parse('2026-11-27T01:00:00.000Z');
  return (name: string, args: unknown, actorId: string | null): PushMutation => ({
    id: uuidv7From(++ms, randomBytes(10)),
    seq: ++seq,
    name,
    args,
    actorId,
    deviceTime: new Date(ms).toISOString(),
  });
};

export const pushBody = (deviceId: string, mutations: PushMutation[], schemaVersion = SCHEMA_VERSION) => ({
  deviceId,
  schemaVersion,
  mutations,
});

export const VERIFIER = `scrypt$10$8$1$c2FsdHNhbHRzYWx0c2FsdA$${'h'.repeat(43)}`;
export const SEED = referenceSeed;

export const staffArgs = (id: string, unitId: string, roles: string[]) => ({
  staff: { id, unitId, name: `人員${id}`, username: id, roles, active: true, demo: false },
});

/** A walk-in whose items span two units (an escorted visit, received by unit-s1); the sync tests' builder. */
export { intakeArgs } from '../../../electron/main/sync/testing/scenario';
