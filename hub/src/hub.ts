import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { HubConfig } from './config';
import { openHubDatabase } from './db/connection';
import { migrateHub } from './db/migrations';
import { buildHubApp } from './http/app';
import type { HubBackend } from './store/backend';
import { hashToken } from './store/devices';
import { openPostgresBackend } from './store/postgres-backend';
import { createSqliteBackend } from './store/sqlite-backend';
import { createEnrollmentService } from './sync/enrollment';

export interface RunningHub {
  app: FastifyInstance;
  backend: HubBackend;
  /** The address actually bound (port 0 picks a free one). */
  url: string;
  /** A one-time code printed when the hub has no device yet: the first desktop enrolls with it. */
  bootstrapCode?: string;
  /** Purges tombstones older than the retention now (also runs daily); returns the branch's horizon. */
  purgeTombstones: () => Promise<number>;
  /** Stops taking requests, lets in-flight ones finish, then closes the database. */
  close: () => Promise<void>;
}

export interface StartOptions {
  now?: () => Date;
  /** pino options (a stream to capture logs in tests), or false for none. */
  logger?: boolean | { level: string; stream?: { write: (line: string) => void } };
}

const DAY_MS = 86_400_000;
/** A bootstrap code lives longer than an admin's: whoever installs the hub may set up desktops later that day. */
const BOOTSTRAP_TTL_MINUTES = 24 * 60;

/** The configured engine, migrated: PostgreSQL when a URL is given, else the data folder's SQLite file. */
export const openBackend = async (config: HubConfig): Promise<HubBackend> => {
  if (config.databaseUrl) return openPostgresBackend(config.databaseUrl, { defaultBranch: config.branchId });
  mkdirSync(config.dataDir, { recursive: true });
  const db = openHubDatabase(join(config.dataDir, 'hub.sqlite'));
  try {
    migrateHub(db, { defaultBranch: config.branchId });
  } catch (err) {
    db.close();
    throw err;
  }
  return createSqliteBackend(db);
};

/** Opens (and migrates) the database, seeds the static device list and listens. */
export const startHub = async (config: HubConfig, opts: StartOptions = {}): Promise<RunningHub> => {
  const backend = await openBackend(config);
  const now = opts.now ?? (() => new Date());
  try {
    const at = now().toISOString();
    await backend.transaction(async (s) => {
      for (const d of config.deviceTokens) {
        await s.upsertDevice({ id: d.deviceId, branch_id: config.branchId, token_hash: hashToken(d.token), name: d.deviceId, at });
      }
    });
    const bootstrap = await createEnrollmentService({ backend, now }).bootstrapIfEmpty(config.branchId, BOOTSTRAP_TTL_MINUTES);
    const app = buildHubApp({
      backend,
      logger: opts.logger ?? { level: config.logLevel },
      now,
      caseProgress: { branchId: config.branchId, integrationKeys: config.integrationKeys, publicRateLimit: config.publicRateLimit, viewCacheSize: config.publicViewCache },
      ...(config.trustProxy === undefined ? {} : { trustProxy: config.trustProxy }),
    });
    const purgeTombstones = () =>
      backend.transaction(
        (s) => s.purgeTombstones(config.branchId, new Date(now().getTime() - config.tombstoneRetentionDays * DAY_MS).toISOString()),
        { lockBranch: config.branchId },
      );
    await purgeTombstones();
    const timer = setInterval(() => {
      purgeTombstones().catch((err: unknown) => app.log.error({ err }, 'tombstone purge failed'));
    }, DAY_MS);
    timer.unref();
    const url = await app.listen({ host: config.host, port: config.port });
    if (bootstrap) {
      app.log.warn({ code: bootstrap.code, expiresAt: bootstrap.expiresAt }, `no desktop enrolled yet: enroll the first one with code ${bootstrap.code}`);
    }
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        clearInterval(timer);
        await app.close();
        await backend.close();
      })());
    return { app, backend, url, purgeTombstones, close, ...(bootstrap ? { bootstrapCode: bootstrap.code } : {}) };
  } catch (err) {
    await backend.close();
    throw err;
  }
};
