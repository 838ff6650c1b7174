import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { uuidv7From } from '../../shared/util/uuidv7';
import { SCHEMA_VERSION } from '../../shared/mutations/registry';
import type { MutationArgs } from '../../shared/mutations/registry';
import type { AppStatus } from '../../shared/ipc/contract';
import { AppFailure } from '../../shared/ipc/errors';
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
import { createVisitServices } from './services/visits';
import { syncHandlers } from './ipc/sync';
import { createSyncService } from './sync/service';
import type { SyncService, SyncServiceDeps } from './sync/service';
import type { SecretStore } from './sync/secret-store';
import type { TransportFactory } from './sync/transport';
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
  /** Shows an open-file dialog for a PDF (Electron's dialog), for the regulations library; null when cancelled. */
  pickPdf?: () => Promise<string | null>;
  /** Seals the hub token (Electron: safeStorage). Without it sync cannot be set up; local use works. */
  secretStore?: SecretStore;
  /** How sync reaches a hub (default: HTTP); tests and the fault-injection suite wrap it. */
  syncTransport?: TransportFactory;
  /** Automatic sync runs (interval, after changes, backoff); default on. Off: only when asked. */
  syncAuto?: boolean;
  /** Timers, randomness and delays of the sync scheduler, for tests. */
  syncScheduler?: SyncServiceDeps['scheduler'];
}

export interface AppContext {
  dispatch: Dispatch;
  /** Present when the database opened; absent in the db_error state. */
  db: Database | undefined;
  executor: Executor | undefined;
  /** The hub sync client and its state; absent in the db_error state. */
  sync?: SyncService | undefined;
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
    get sync() {
      return typeof current === 'function' ? undefined : current.sync;
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
  const sync = createSyncService({
    db,
    executor,
    now,
    log,
    dataDir: opts.dataDir,
    ...(opts.secretStore ? { secretStore: opts.secretStore } : {}),
    ...(opts.syncTransport ? { transportFor: opts.syncTransport } : {}),
    ...(opts.syncAuto === undefined ? {} : { auto: opts.syncAuto }),
    ...(opts.syncScheduler ? { scheduler: opts.syncScheduler } : {}),
  });
  // Reference data is seeded when someone starts a NEW branch here (first-run set-up), never on
  // open: a desktop that joins an existing branch takes the branch's own data from the hub instead.
  const seed = referenceSeed as MutationArgs<'reference.seed'>;
  const ensureSeeded = () => {
    if (executor.stores.branches.all().length > 0) return;
    const seeded = executor.apply('reference.seed', seed, { staffId: null, roles: [], system: true });
    if (!seeded.ok) throw new Error(`seed failed: ${JSON.stringify(seeded)}`);
  };

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

  const status = (): AppStatus => {
    const seeded = executor.stores.branches.all().length > 0;
    // Not seeded yet: the set-up screen offers the units the seed will create.
    const units = seeded ? executor.stores.units.all() : seed.units;
    return {
      state: auth.isSetUp() ? 'ready' : 'needs_setup',
      dbPath: opened.file,
      appVersion: opts.appVersion,
      schemaVersion: SCHEMA_VERSION,
      branchName: executor.stores.branches.all()[0]?.name ?? (sync.status().configured ? null : seed.branch.name),
      setupUnits: auth.isSetUp() ? [] : units.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name })),
    };
  };
  const auth$ = authHandlers(auth);

  const handlers: Handlers = {
    'app:status': () => status(),
    ...auth$,
    'auth:setup': (i, ctx) => {
      if (!auth.isSetUp()) {
        // Enrolled to join a branch: its accounts come from the hub, a new first admin would clash.
        if (sync.status().configured) throw new AppFailure('rejected', 'joining a branch', { reason: 'JOIN_IN_PROGRESS' });
        ensureSeeded();
      }
      return auth$['auth:setup'](i, ctx);
    },
    ...referenceHandlers(reference, auth, audit),
    ...escortHandlers(escort),
    ...recordHandlers(records, recordPdf),
    ...printHandlers(print, cases, recordPdf),
    ...staffingHandlers(executor, newId),
    ...caseHandlers(cases, createCaseImportService({ executor, cases })),
    ...visitHandlers(
      createVisitServices(
        {
          db,
          executor,
          now,
          newId,
          dataDir: opts.dataDir,
          ...(opts.fontDir ? { fontDir: opts.fontDir } : {}),
          ...(opts.openFile ? { openFile: opts.openFile } : {}),
          ...(opts.pickPdf ? { pickPdf: opts.pickPdf } : {}),
        },
        records,
      ),
    ),
    ...syncHandlers(sync),
  };
  const gated = createDispatcher(handlers, auth.gate, log);
  // Before set-up nothing but status, set-up itself and joining an existing branch makes sense.
  const beforeSetup = new Set<unknown>(['app:status', 'auth:setup', 'auth:session', 'sync:status', 'sync:join', 'sync:now']);
  const dispatch: Dispatch = async (sender, channel, input) =>
    !auth.isSetUp() && !beforeSetup.has(channel)
      ? { ok: false, error: { code: 'setup_required', message: 'set-up not done' } }
      : gated(sender, channel, input);

  return {
    dispatch,
    db,
    executor,
    sync,
    close: () => {
      sync.stop();
      closeAppDatabase(db, opts.dataDir);
    },
  };
};

