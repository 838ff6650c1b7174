import type { Database } from 'better-sqlite3';
import { SETUP_DONE_KEY } from '../../../shared/mutations/setup';
import { mutationByName } from '../../../shared/mutations/registry';
import type { SyncDevice, SyncRejection, SyncSettings, SyncStatusValue } from '../../../shared/ipc/contract-sync';
import { AppFailure } from '../../../shared/ipc/errors';
import { isHaltingProblem } from '../../../shared/sync/problems';
import type { SyncProblemCode } from '../../../shared/sync/problems';
import type { EnrollResponse } from '../../../shared/sync/wire';
import type { Executor } from '../db/executor';
import type { Logger } from '../ipc/dispatch';
import { createSyncClient } from './client';
import type { RunOutcome } from './client';
import { createHttpTransport, normaliseHubUrl } from './http-transport';
import { createLocalApply } from './local-apply';
import { createRegulationFileStep } from './regulation-files';
import { rejectionQueries } from './rejections';
import type { SyncQueries } from './run-context';
import { createScheduler } from './scheduler';
import type { SchedulerDeps } from './scheduler';
import type { SecretStore } from './secret-store';
import { stagingQueries } from './staging';
import { syncStateQueries } from './state';
import { syncOutboxQueries } from './sync-outbox';
import { SyncTransportError } from './transport';
import type { SyncTransport, TransportFactory } from './transport';

export interface SyncServiceDeps {
  db: Database;
  executor: Executor;
  now: () => Date;
  log: Logger;
  /** The app's data folder: with it, regulation PDFs travel after each successful run (regulation-files.ts). */
  dataDir?: string;
  /** Seals the device token; without one, sync cannot be set up (pure local use still works). */
  secretStore?: SecretStore;
  /** How to reach a hub; the default is HTTP with fetch. Tests and the fault-injection suite wrap it. */
  transportFor?: TransportFactory;
  /** Automatic runs (interval, after changes, backoff). Off: runs only when asked (tests). */
  auto?: boolean;
  scheduler?: Partial<Pick<SchedulerDeps, 'timers' | 'random' | 'debounceMs' | 'backoff' | 'now'>>;
}

const REJECTIONS_SHOWN = 200;

const summaryOf = (name: string, args: string): string => {
  const def = mutationByName(name);
  const parsed = def?.args.safeParse(JSON.parse(args));
  if (!def || !parsed?.success) return '';
  try {
    return def.audit(parsed.data).summary;
  } catch {
    return '';
  }
};

/** Why a request to the hub (enrollment, an admin action) failed, as a refusal reason the UI words (`rejected` + reason). */
const hubFailure = (err: unknown): AppFailure => {
  if (err instanceof SyncTransportError) {
    if (err.kind === 'network') return new AppFailure('rejected', err.message, { reason: 'HUB_UNREACHABLE' });
    if (err.kind === 'protocol') return new AppFailure('rejected', err.message, { reason: 'HUB_NOT_A_HUB' });
    return new AppFailure('rejected', err.message, { reason: err.code ?? 'HUB_ERROR' });
  }
  return err instanceof AppFailure ? err : new AppFailure('internal', String(err));
};

/**
 * The desktop's sync as the rest of main sees it: status, settings, enrollment (by an admin, or to
 * join a branch on first run), rejected mutations, and the scheduler that runs the client.
 */
export const createSyncService = (deps: SyncServiceDeps) => {
  const { db, executor } = deps;
  const q: SyncQueries = {
    state: syncStateQueries(db),
    outbox: syncOutboxQueries(db),
    rejections: rejectionQueries(db),
    staging: stagingQueries(db),
  };
  const local = createLocalApply(db, executor.stores, executor.tx);
  const transportFor: TransportFactory = deps.transportFor ?? ((hub) => createHttpTransport(hub));
  const deviceId = (): string => executor.device.get()?.device_id ?? '';
  const isSetUp = () => executor.stores.settings.get(SETUP_DONE_KEY) !== undefined;

  // The opened token for the configured hub, kept while the sealed text is unchanged.
  let opened: { sealed: string; token: string } | null = null;
  const connect = (): SyncTransport | { problem: SyncProblemCode; message: string } | null => {
    const st = q.state.get();
    if (st.hub_url === null || st.sealed_token === null) return null;
    if (opened?.sealed !== st.sealed_token) {
      try {
        if (!deps.secretStore) throw new Error('no secret store');
        opened = { sealed: st.sealed_token, token: deps.secretStore.open(st.sealed_token) };
      } catch (err) {
        return { problem: 'TOKEN_UNREADABLE', message: err instanceof Error ? err.message : String(err) };
      }
    }
    return transportFor({ url: st.hub_url, token: opened.token });
  };

  const client = createSyncClient({
    db,
    q,
    local,
    deviceId: deviceId(),
    now: deps.now,
    connect,
    log: (msg, meta) => deps.log.error(msg, meta),
  });

  let stopped = false;
  const dataDir = deps.dataDir;
  const fileStep =
    dataDir === undefined
      ? null
      : createRegulationFileStep({
          dataDir,
          regulations: () => executor.stores.regulations.all(),
          deviceId,
          alive: () => !stopped,
          log: (msg, meta) => deps.log.error(msg, meta),
        });
  /** A run, then (when it succeeded) the file step; the step's failures never change the run's outcome. */
  const runOnce = async (): Promise<RunOutcome> => {
    const outcome = await client.run();
    if (outcome.kind !== 'ok' || fileStep === null || stopped) return outcome;
    const transport = connect();
    if (transport !== null && !('problem' in transport)) await fileStep(transport);
    return outcome;
  };

  let online: boolean | null = null;
  const noteOutcome = (o: RunOutcome) => {
    if (o.kind === 'ok' || o.kind === 'failed') online = true;
    else if (o.kind === 'offline') online = false;
    else if (o.kind === 'halted') online = o.code === 'TOKEN_UNREADABLE' ? online : true;
  };
  const scheduler = createScheduler({
    run: runOnce,
    intervalMs: () => q.state.get().interval_seconds * 1000,
    onOutcome: noteOutcome,
    ...(deps.scheduler ?? {}),
  });
  const auto = deps.auto ?? true;
  const unsubscribe = executor.onChange(() => {
    if (auto) scheduler.changed();
  });
  if (auto) scheduler.start();

  const status = (): SyncStatusValue => {
    const st = q.state.get();
    const configured = st.hub_url !== null;
    const code = st.problem_code;
    return {
      configured,
      online: configured ? online : null,
      syncing: scheduler.running(),
      lastSyncAt: st.last_sync_at,
      lastAttemptAt: st.last_attempt_at,
      pending: q.outbox.bounds().n,
      rejected: q.rejections.openCount(),
      problem:
        configured && code !== null
          ? { code: code as SyncProblemCode, message: st.problem_message ?? '' }
          : null,
      awaitingSnapshot: configured && (st.full_resync === 1 || st.last_sync_at === null),
    };
  };

  const settings = (): SyncSettings => {
    const st = q.state.get();
    return {
      hubUrl: st.hub_url,
      deviceId: deviceId(),
      deviceName: st.device_name,
      branchId: st.branch_id,
      intervalSeconds: st.interval_seconds,
      secretStoreAvailable: deps.secretStore?.available() ?? false,
    };
  };

  const hubUrlOrFail = (text: string): string => {
    const url = normaliseHubUrl(text);
    if (!url) throw new AppFailure('rejected', 'not an http(s) address', { reason: 'HUB_URL_INVALID' });
    return url;
  };

  const sealOrFail = (token: string): string => {
    if (!deps.secretStore?.available()) {
      throw new AppFailure('rejected', 'the OS secret store is not available', { reason: 'SECRET_STORE_UNAVAILABLE' });
    }
    return deps.secretStore.seal(token);
  };

  /**
   * Keeps this device's sequence numbers in step with the hub's count for it: a new hub knows
   * none (renumber the outbox from lastSeq+1), the same hub resumes; whatever the hub has seen of
   * the outbox is pushed again so its stored results (rejections) come back.
   */
  const alignSequence = (lastSeq: number) => {
    const { lo, hi, n } = q.outbox.bounds();
    if (n === 0 || lo === null || hi === null) {
      q.outbox.setNextSeq(lastSeq + 1);
      q.state.setPushedSeq(lastSeq);
      return;
    }
    if (lo > lastSeq + 1) {
      const delta = lastSeq + 1 - lo;
      q.outbox.shift(delta);
      q.outbox.setNextSeq(hi + delta + 1);
      q.state.setPushedSeq(lastSeq);
      return;
    }
    q.outbox.setNextSeq(Math.max(q.outbox.nextSeq(), lastSeq + 1));
    q.state.setPushedSeq(Math.min(lastSeq, lo - 1));
  };

  const enrollWithHub = async (input: { hubUrl: string; code: string; deviceName: string }): Promise<{ url: string; res: EnrollResponse }> => {
    const url = hubUrlOrFail(input.hubUrl);
    // Checked before the code is spent: a code used for nothing is lost.
    sealOrFail('probe');
    try {
      const res = await transportFor({ url, token: null }).enroll({ code: input.code, deviceId: deviceId(), deviceName: input.deviceName });
      return { url, res };
    } catch (err) {
      throw hubFailure(err);
    }
  };

  const store = (url: string, deviceName: string, res: EnrollResponse) => {
    q.state.setHub({ hubUrl: url, deviceName, sealedToken: sealOrFail(res.token), branchId: res.branchId });
    opened = null;
  };

  /** An admin's request to the hub with this desktop's token; failures become refusal reasons the UI words. */
  const askHub = async <R>(send: (transport: SyncTransport) => Promise<R>): Promise<R> => {
    const transport = connect();
    if (transport === null) throw new AppFailure('rejected', 'not enrolled', { reason: 'SYNC_NOT_CONFIGURED' });
    if ('problem' in transport) throw new AppFailure('rejected', transport.message, { reason: transport.problem });
    try {
      return await send(transport);
    } catch (err) {
      throw hubFailure(err);
    }
  };

  return {
    status,
    settings,

    async runNow(): Promise<SyncStatusValue> {
      await scheduler.runNow();
      return status();
    },

    rejections: (): SyncRejection[] =>
      q.rejections.open(REJECTIONS_SHOWN).map((r) => ({
        mutationId: r.mutation_id,
        seq: r.seq,
        name: r.name,
        summary: summaryOf(r.name, r.args),
        code: r.code,
        message: r.message,
        actorId: r.actor_id,
        actorName: r.actor_id ? (executor.stores.staff.get(r.actor_id)?.name ?? null) : null,
        deviceTime: r.device_time,
        receivedAt: r.received_at,
      })),

    dismiss: (mutationId: string): void => {
      if (!q.rejections.dismiss(mutationId, deps.now().toISOString())) throw new AppFailure('not_found', 'no such rejection');
    },

    saveSettings(input: { hubUrl?: string; intervalSeconds?: number }): SyncSettings {
      const url = input.hubUrl === undefined ? undefined : hubUrlOrFail(input.hubUrl);
      db.transaction(() => {
        if (url !== undefined && !q.state.setHubUrl(url)) {
          throw new AppFailure('rejected', 'enroll first', { reason: 'SYNC_NOT_CONFIGURED' });
        }
        if (input.intervalSeconds !== undefined) q.state.setIntervalSeconds(input.intervalSeconds);
      }).immediate();
      if (auto) scheduler.reconnected();
      return settings();
    },

    /** An admin connects this desktop (already set up) to a hub: its outbox goes up, the branch comes down. */
    async enroll(input: { hubUrl: string; code: string; deviceName: string }): Promise<SyncStatusValue> {
      const { url, res } = await enrollWithHub(input);
      db.transaction(() => {
        const st = q.state.get();
        store(url, input.deviceName, res);
        alignSequence(res.lastSeq);
        // Another hub or branch: its data replaces the synced tables (pending work is re-run on top).
        if (st.branch_id !== res.branchId || st.hub_url !== url || st.cursor === 0) q.state.startFullResync();
      }).immediate();
      // The first push and pull now, so the admin sees the outcome (and any refusal) right away.
      await scheduler.runNow();
      return status();
    },

    /**
     * First run: this desktop joins an existing branch. Nothing it holds is kept (nobody has used
     * it: no account exists yet); the branch's data, staff and sign-in verifiers come down in one
     * snapshot, after which the login screen shows the branch's people.
     */
    async join(input: { hubUrl: string; code: string; deviceName: string }): Promise<SyncStatusValue> {
      if (isSetUp()) throw new AppFailure('setup_done', 'this desktop is already set up; an admin enrolls it in 系統設定 → 同步');
      const { url, res } = await enrollWithHub(input);
      db.transaction(() => {
        if (isSetUp()) throw new AppFailure('setup_done', 'set up while joining');
        q.outbox.dropAll();
        store(url, input.deviceName, res);
        alignSequence(res.lastSeq);
        q.staging.clear();
        q.state.startFullResync();
        q.state.setRebasePending(false);
      }).immediate();
      await scheduler.runNow();
      return status();
    },

    issueCode: (actorId: string): Promise<{ code: string; expiresAt: string }> =>
      askHub((t) => t.issueCode({ deviceId: deviceId(), actorId })),

    /** The branch's enrolled desktops as the hub knows them (an admin's view); this one is marked. */
    async devices(actorId: string): Promise<SyncDevice[]> {
      const { devices } = await askHub((t) => t.listDevices({ deviceId: deviceId(), actorId }));
      const self = deviceId();
      return devices.map((d) => ({ ...d, self: d.deviceId === self }));
    },

    /** A lost or retired desktop of the branch stops syncing at once; this desktop cannot revoke itself. */
    async revokeDevice(actorId: string, targetDeviceId: string): Promise<void> {
      if (targetDeviceId === deviceId()) {
        throw new AppFailure('rejected', 'this desktop cannot revoke itself', { reason: 'REVOKE_SELF' });
      }
      try {
        await askHub((t) => t.revokeDevice({ deviceId: deviceId(), actorId, targetDeviceId }));
      } catch (err) {
        if (err instanceof AppFailure && err.extra.reason === 'NOT_FOUND') {
          throw new AppFailure('not_found', err.message, { reason: 'DEVICE_NOT_IN_BRANCH' });
        }
        throw err;
      }
    },

    /** The app's network came back (Electron: resume, online): run now, forget the backoff. */
    reconnected: () => scheduler.reconnected(),

    /** Is sync stopped for good until someone acts (update the app, enroll again)? */
    halted: () => {
      const code = q.state.get().problem_code;
      return code !== null && isHaltingProblem(code);
    },

    stop: () => {
      stopped = true;
      unsubscribe();
      scheduler.stop();
      client.stop();
    },
  };
};
export type SyncService = ReturnType<typeof createSyncService>;
