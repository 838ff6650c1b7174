import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { uuidv7From } from '../../../../shared/util/uuidv7';
import { openConnection } from '../../db/connection';
import { createExecutor } from '../../db/executor';
import type { Executor } from '../../db/executor';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { createSyncService } from '../service';
import type { SyncService, SyncServiceDeps } from '../service';
import { createTestSecretStore } from '../secret-store';
import type { TransportFactory } from '../transport';

export interface TestDesktop {
  db: Database;
  executor: Executor;
  sync: SyncService;
  deviceId: string;
  /** Moves this desktop's clock on (ids stay increasing). */
  tick: (ms: number) => void;
  close: () => void;
}

/**
 * A desktop's database, executor and sync service without the rest of the app (no IPC, no
 * scrypt): what the client's unit tests drive. Automatic runs are off unless asked for.
 */
export const openTestDesktop = (
  transportFor: TransportFactory,
  opts: { file?: string; start?: string; sync?: Partial<SyncServiceDeps> } = {},
): TestDesktop => {
  const db = openConnection(opts.file ?? ':memory:');
  migrate(db, MIGRATIONS);
  let t = Date.parse(opts.start ?? '2026-11-27T01:00:00.000Z');
  let n = 0;
  const now = () => new Date(t);
  // Increasing within a desktop, random across desktops (two desktops never share an id).
  const newId = () => uuidv7From(t + (n += 1), randomBytes(10));
  const executor = createExecutor({ db, now, newId });
  const errors: unknown[] = [];
  const sync = createSyncService({
    db,
    executor,
    now,
    log: { error: (msg, meta) => errors.push({ msg, meta }) },
    secretStore: createTestSecretStore(),
    transportFor,
    auto: false,
    ...opts.sync,
  });
  return {
    db,
    executor,
    sync,
    deviceId: executor.device.get()?.device_id ?? '',
    tick: (ms) => {
      t += ms;
    },
    close: () => {
      sync.stop();
      db.close();
    },
  };
};
