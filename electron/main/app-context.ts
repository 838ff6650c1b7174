import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { uuidv7From } from '../../shared/util/uuidv7';
import { SCHEMA_VERSION } from '../../shared/mutations/registry';
import type { MutationArgs } from '../../shared/mutations/registry';
import type { AppStatus } from '../../shared/ipc/contract';
import { closeAppDatabase, openAppDatabase } from './db/open-database';
import type { DbOpenResult } from './db/open-database';
import { createExecutor } from './db/executor';
import type { Executor } from './db/executor';
import { createDispatcher } from './ipc/dispatch';
import type { Dispatch, Handlers, Logger } from './ipc/dispatch';
import { authHandlers } from './ipc/auth';
import { referenceHandlers } from './ipc/reference';
import { escortHandlers } from './ipc/escort';
import { recordHandlers } from './ipc/records';
import { staffingHandlers } from './ipc/staffing';
import { caseHandlers } from './ipc/cases';
import { printHandlers } from './ipc/print';
import { visitHandlers } from './ipc/visits';
import { createPrintService } from './print/print-service';
import type { SystemPrintFn } from './print/drivers/system';
import { createCaseService } from './services/cases';
import { createCaseImportService } from './services/case-import/import-service';
import { createEscortService } from './services/escort';
import { createRecordService } from './services/records';
import { createRecordPdfService } from './services/record-pdf';
import { createAuthService } from './services/auth';
import { createAuditService } from './services/audit';
import { createReferenceService } from './services/reference';
import { createSessions } from './services/sessions';
import { STRONG_COST } from './services/passwords';
import type { ScryptCost } from './services/passwords';
import referenceSeed from '../../resources/seed/reference.json';

export interface AppContextOptions {
  dataDir: string;
  appVersion: string;
  now?: () => Date;
  /** Lower only in tests; production always uses the strong default. */
  scryptCost?: ScryptCost;
  nativeBinding?: string;
  log?: Logger;
  /** Opens a file in the system viewer (Electron: shell.openPath). */
  openFile?: (file: string) => Promise<void>;
  /** Where bundled fonts live in a packaged app; defaults to the npm package's files. */
  fontDir?: string;
  /** Prints a PDF on an OS printer (Electron); absent where there is none. */
  systemPrint?: SystemPrintFn;
}

export interface AppContext {
  dispatch: Dispatch;
  /** Present when the database opened; absent in the db_error state. */
  db: Database | undefined;
  executor: Executor | undefined;
  close(): void;
}

const consoleLog: Logger = { error: (msg, meta) => console.error(`[branchdesk] ${msg}`, meta ?? '') };

/** The state before a usable database: only `app:status` answers (with the reason). */
const unavailable = (opts: AppContextOptions, file: string, error: Extract<DbOpenResult, { ok: false }>['error']) => {
  const status: AppStatus = {
    state: 'db_error',
    dbError: error.kind,
    dbPath: file,
    appVersion: opts.appVersion,
    schemaVersion: SCHEMA_VERSION,
    branchName: null,
    setupUnits: [],
  };
  const dispatch: Dispatch = async (_sender, channel) =>
    channel === 'app:status'
      ? { ok: true, value: status }
      : { ok: false, error: { code: 'db_unavailable', message: error.kind } };
  return dispatch;
};

/**
 * The composition root shared by the Electron main process and the test harness: opens the
 * database, seeds reference data on first run, and wires services to one dispatcher. If the
 * database cannot be used, the dispatcher answers `app:status` with the reason and every other
 * channel with `db_unavailable`, so the UI can tell the user what to do; each `app:status` then
 * tries the file again, so a database the admin restored is picked up without a restart.
 */
export const createAppContext = (opts: AppContextOptions): AppContext => {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? consoleLog;
  const tryOpen = (): AppContext | Dispatch => {
    const opened = openAppDatabase(opts.dataDir, { now, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
    if (opened.ok) return readyContext(opts, opened, now, log);
    log.error('database unavailable', { file: opened.file, error: opened.error });
    return unavailable(opts, opened.file, opened.error);
  };
  let current = tryOpen();
  return {
    dispatch: async (sender, channel, input) => {
      if (typeof current === 'function' && channel === 'app:status') current = tryOpen();
      return typeof current === 'function' ? current(sender, channel, input) : current.dispatch(sender, channel, input);
    },
    get db() {
      return typeof current === 'function' ? undefined : current.db;
    },
    get executor() {
      return typeof current === 'function' ? undefined : current.executor;
    },
    close: () => {
      if (typeof current !== 'function') current.close();
    },
  };
};

const readyContext = (
  opts: AppContextOptions,
  opened: Extract<DbOpenResult, { ok: true }>,
  now: () => Date,
  log: Logger,
): AppContext => {
  const newId = () => uuidv7From(now().getTime(), randomBytes(10));
  const { db } = opened;
  const executor = createExecutor({ db, now, newId });
  if (executor.stores.branches.all().length === 0) {
    const seeded = executor.apply('reference.seed', referenceSeed as MutationArgs<'reference.seed'>, {
      staffId: null,
      roles: [],
      system: true,
    });
    if (!seeded.ok) throw new Error(`seed failed: ${JSON.stringify(seeded)}`);
  }

  const scryptCost = opts.scryptCost ?? STRONG_COST;
  const sessions = createSessions(() => now().getTime());
  const records = createRecordService({ db, executor, now, newId, scryptCost });
  const auth = createAuthService({
    db,
    executor,
    sessions,
    now,
    newId,
    scryptCost,
    onPasswordChanged: (staffId, oldPassword, newPassword) => records.resealKeys(staffId, oldPassword, newPassword),
  });
  const escort = createEscortService({ db, executor, now, newId });
  const cases = createCaseService({ db, executor, now, newId });
  const recordPdf = createRecordPdfService({
    executor,
    dataDir: opts.dataDir,
    now,
    ...(opts.fontDir ? { fontDir: opts.fontDir } : {}),
    ...(opts.openFile ? { openFile: opts.openFile } : {}),
  });
  const print = createPrintService({
    db,
    dataDir: opts.dataDir,
    now,
    newId,
    ...(opts.fontDir ? { fontDir: opts.fontDir } : {}),
    ...(opts.systemPrint ? { systemPrint: opts.systemPrint } : {}),
  });
  const reference = createReferenceService({ executor, newId });
  const audit = createAuditService({ executor });

  const status = (): AppStatus => ({
    state: auth.isSetUp() ? 'ready' : 'needs_setup',
    dbPath: opened.file,
    appVersion: opts.appVersion,
    schemaVersion: SCHEMA_VERSION,
    branchName: executor.stores.branches.all()[0]?.name ?? null,
    setupUnits: auth.isSetUp()
      ? []
      : executor.stores.units.all().filter((u) => u.active).map((u) => ({ id: u.id, name: u.name })),
  });

  const handlers: Handlers = {
    'app:status': () => status(),
    ...authHandlers(auth),
    ...referenceHandlers(reference, auth, audit),
    ...escortHandlers(escort),
    ...recordHandlers(records, recordPdf),
    ...printHandlers(print, cases, recordPdf),
    ...staffingHandlers(executor, newId),
    ...caseHandlers(cases, createCaseImportService({ executor, cases })),
    ...visitHandlers(),
    'sync:status': () => ({ configured: false, pending: executor.outbox.count(), lastSyncAt: null }),
  };
  const gated = createDispatcher(handlers, auth.gate, log);
  // Before set-up nothing but status and set-up itself makes sense.
  const dispatch: Dispatch = async (sender, channel, input) =>
    !auth.isSetUp() && channel !== 'app:status' && channel !== 'auth:setup' && channel !== 'auth:session'
      ? { ok: false, error: { code: 'setup_required', message: 'set-up not done' } }
      : gated(sender, channel, input);

  return {
    dispatch,
    db,
    executor,
    close: () => closeAppDatabase(db, opts.dataDir),
  };
};

