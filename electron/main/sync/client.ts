import type { Database } from 'better-sqlite3';
import { SqliteError } from 'better-sqlite3';
import type { SyncProblemCode } from '../../../shared/sync/problems';
import type { SyncErrorCode } from '../../../shared/sync/wire';
import { ApplyError } from './local-apply';
import type { LocalApply } from './local-apply';
import { pullAll, redoPending } from './pull';
import { pushPending } from './push';
import type { RunContext, SyncQueries } from './run-context';
import { RunHalted, RunStopped } from './run-context';
import { SyncTransportError } from './transport';
import type { SyncTransport } from './transport';

export type RunOutcome =
  | { kind: 'ok'; pushed: number; rejected: number; pulledRows: number }
  | { kind: 'not_configured' }
  | { kind: 'offline'; message: string }
  | { kind: 'failed'; code: SyncProblemCode; message: string }
  | { kind: 'halted'; code: SyncProblemCode; message: string }
  | { kind: 'stopped' };

export interface SyncClientDeps {
  db: Database;
  q: SyncQueries;
  local: LocalApply;
  deviceId: string;
  now: () => Date;
  /** The transport for the configured hub, or null when none is configured (pure local use). */
  connect: () => SyncTransport | { problem: SyncProblemCode; message: string } | null;
  log?: (msg: string, meta?: Record<string, unknown>) => void;
}

/** Hub refusals retrying cannot fix, and the problem each one becomes. */
const HALTING: Partial<Record<SyncErrorCode, SyncProblemCode>> = {
  SCHEMA_MISMATCH: 'SCHEMA_MISMATCH',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  DEVICE_REVOKED: 'DEVICE_REVOKED',
  DEVICE_MISMATCH: 'DEVICE_MISMATCH',
  WRONG_BRANCH: 'WRONG_BRANCH',
  SEQ_REUSED: 'SEQ_REUSED',
  SEQ_GAP: 'SEQ_GAP',
  BODY_TOO_LARGE: 'MUTATION_TOO_LARGE',
};

/** What a failed run means for the user and the scheduler. */
export const classify = (err: unknown): RunOutcome => {
  if (err instanceof RunStopped) return { kind: 'stopped' };
  if (err instanceof RunHalted) return { kind: 'halted', code: err.code, message: err.message };
  if (err instanceof SyncTransportError) {
    if (err.kind === 'network') return { kind: 'offline', message: err.message };
    if (err.kind === 'protocol') return { kind: 'failed', code: 'PROTOCOL', message: err.message };
    const halting = err.code ? HALTING[err.code] : undefined;
    if (halting) return { kind: 'halted', code: halting, message: err.message };
    if (err.code === 'RATE_LIMITED') return { kind: 'failed', code: 'RATE_LIMITED', message: err.message };
    return { kind: 'failed', code: 'HUB_ERROR', message: `${err.code ?? err.status ?? ''}: ${err.message}` };
  }
  if (err instanceof ApplyError || err instanceof SqliteError) {
    return { kind: 'failed', code: 'APPLY_FAILED', message: err.message };
  }
  throw err;
};

/**
 * One sync run: push the outbox, then pull to the end (applying and rebasing). Runs never overlap
 * (the scheduler calls one at a time); the network is awaited, the database work is in short
 * synchronous transactions between awaits.
 */
export const createSyncClient = (deps: SyncClientDeps) => {
  let stopped = false;
  const ifAlive = <R>(fn: () => R): R => {
    if (stopped) throw new RunStopped();
    return fn();
  };

  // A crash between applying the hub's rows and re-running the pending mutations: finish that first.
  const finishRebase = () => redoPending(deps);
  finishRebase();

  const record = (outcome: RunOutcome, at: string) => {
    if (stopped) return;
    if (outcome.kind === 'ok') deps.q.state.setSynced(at);
    else if (outcome.kind === 'failed' || outcome.kind === 'halted') deps.q.state.setProblem(outcome.code, outcome.message);
  };

  const run = async (): Promise<RunOutcome> => {
    if (stopped) return { kind: 'stopped' };
    const transport = deps.connect();
    if (transport === null) return { kind: 'not_configured' };
    const at = deps.now().toISOString();
    if ('problem' in transport) {
      const outcome: RunOutcome = { kind: 'halted', code: transport.problem, message: transport.message };
      record(outcome, at);
      return outcome;
    }
    deps.q.state.setAttempt(at);
    const rc: RunContext = { ...deps, transport, ifAlive };
    let outcome: RunOutcome;
    try {
      const pushed = await pushPending(rc);
      const pulled = await pullAll(rc);
      outcome = { kind: 'ok', pushed: pushed.pushed, rejected: pushed.rejected, pulledRows: pulled.rows };
    } catch (err) {
      outcome = classify(err);
      if (outcome.kind !== 'offline' && outcome.kind !== 'stopped') deps.log?.('sync run failed', { outcome });
    }
    record(outcome, deps.now().toISOString());
    return outcome;
  };

  return {
    run,
    stop: () => {
      stopped = true;
    },
  };
};
export type SyncClient = ReturnType<typeof createSyncClient>;
