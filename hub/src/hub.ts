import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { HubConfig } from './config';
import { openHubDatabase } from './db/connection';
import { migrateHub } from './db/migrations';
import { buildHubApp } from './http/app';
import { deviceQueries } from './store/devices';

export interface RunningHub {
  app: FastifyInstance;
  /** The address actually bound (port 0 picks a free one). */
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then closes the database. */
  close: () => Promise<void>;
}

export interface StartOptions {
  now?: () => Date;
  /** pino options (a stream to capture logs in tests), or false for none. */
  logger?: boolean | { level: string; stream?: { write: (line: string) => void } };
}

/** Opens (and migrates) the data folder's database, seeds the static device list and listens. */
export const startHub = async (config: HubConfig, opts: StartOptions = {}): Promise<RunningHub> => {
  mkdirSync(config.dataDir, { recursive: true });
  const db = openHubDatabase(join(config.dataDir, 'hub.sqlite'));
  try {
    migrateHub(db);
    const devices = deviceQueries(db);
    const at = (opts.now ?? (() => new Date()))().toISOString();
    db.transaction(() => {
      for (const d of config.deviceTokens) devices.ensure(d.deviceId, config.branchId, d.token, at);
    })();
    const app = buildHubApp({ db, logger: opts.logger ?? { level: config.logLevel }, ...(opts.now ? { now: opts.now } : {}) });
    const url = await app.listen({ host: config.host, port: config.port });
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= app.close().then(() => {
        db.close();
      }));
    return { app, url, close };
  } catch (err) {
    if (db.open) db.close();
    throw err;
  }
};
