import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { openConnection } from '../../../electron/main/db/connection';
import { migrate } from '../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../electron/main/db/migrations';
import { createPrintService } from '../../../electron/main/print/print-service';
import type { PrintServiceDeps } from '../../../electron/main/print/print-service';

/** A print service on a fresh migrated database and data folder, with short bounds for tests. */
export const queueFixture = (over: Partial<PrintServiceDeps> = {}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-print-'));
  const db: Database = openConnection(path.join(dir, 'branchdesk.db'));
  migrate(db, MIGRATIONS);
  let n = 0;
  let clock = Date.parse('2026-11-27T01:00:00Z');
  const deps: PrintServiceDeps = {
    db,
    dataDir: dir,
    now: () => new Date((clock += 1000)),
    newId: () => `0190000000000000000000000${String(++n).padStart(7, '0')}`,
    timeouts: { connectMs: 1000, totalMs: 1500, spoolerMs: 5000 },
    ...over,
  };
  return {
    dir,
    db,
    deps,
    service: () => createPrintService(deps),
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
