import type { RunOutcome } from './client';
import type { BackoffPolicy } from './backoff';
import { backoffDelay, DEFAULT_BACKOFF, OFFLINE_BACKOFF } from './backoff';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    // A pending sync never keeps the process (or a test run) alive.
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface SchedulerDeps {
  run: () => Promise<RunOutcome>;
  /** The periodic interval (a setting, read before each wait). */
  intervalMs: () => number;
  /** How soon after a local change a run starts; changes meanwhile ride along (one run, not postponed). */
  debounceMs?: number;
  /** After a failure the hub answered (its error, a bad answer). */
  backoff?: BackoffPolicy;
  /** After no answer at all (offline). */
  offlineBackoff?: BackoffPolicy;
  random?: () => number;
  timers?: Timers;
  now?: () => number;
  /** Told after every run (status listeners). */
  onOutcome?: (o: RunOutcome) => void;
}

export type Trigger = 'timer' | 'change' | 'reconnect' | 'manual' | 'start';

export const DEFAULT_DEBOUNCE_MS = 1_500;

/**
 * When sync runs: every interval after a good run; soon after a local change (debounced); at once on
 * reconnect or when asked; after a failure, exponential backoff with jitter (a local change does not
 * cut a backoff short — no retry storm against a struggling hub). One run at a time: a trigger during
 * a run makes one more run right after. A halting problem or no hub stops automatic runs until a
 * manual run, a reconnect or new settings.
 */
export const createScheduler = (deps: SchedulerDeps) => {
  const timers = deps.timers ?? realTimers;
  const random = deps.random ?? Math.random;
  const now = deps.now ?? Date.now;
  const debounceMs = deps.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let handle: unknown = null;
  let dueAt: number | null = null;
  let running: Promise<RunOutcome> | null = null;
  let again = false;
  let failures = 0;
  let backoffUntil = 0;
  let halted = false;
  let stopped = false;
  let last: RunOutcome | null = null;

  const cancel = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
    dueAt = null;
  };

  /** Arms the timer for `ms` from now, unless one is already due sooner. */
  const schedule = (ms: number) => {
    if (stopped) return;
    const at = now() + Math.max(0, ms);
    if (dueAt !== null && dueAt <= at) return;
    cancel();
    dueAt = at;
    handle = timers.setTimeout(() => {
      handle = null;
      dueAt = null;
      void runOnce();
    }, Math.max(0, ms));
  };

  const after = (o: RunOutcome) => {
    last = o;
    if (o.kind === 'ok') {
      failures = 0;
      backoffUntil = 0;
      halted = false;
      schedule(deps.intervalMs());
    } else if (o.kind === 'offline' || o.kind === 'failed') {
      failures += 1;
      const policy = o.kind === 'offline' ? (deps.offlineBackoff ?? OFFLINE_BACKOFF) : (deps.backoff ?? DEFAULT_BACKOFF);
      const wait = backoffDelay(failures, random, policy);
      backoffUntil = now() + wait;
      cancel();
      schedule(wait);
    } else if (o.kind === 'halted' || o.kind === 'not_configured') {
      halted = true;
      cancel();
    }
  };

  const runOnce = async (): Promise<RunOutcome> => {
    if (running) {
      again = true;
      return running;
    }
    cancel();
    running = deps.run().then(
      (o) => o,
      (err: unknown) => ({ kind: 'failed', code: 'HUB_ERROR', message: err instanceof Error ? err.message : String(err) }) as const,
    );
    const outcome = await running;
    running = null;
    after(outcome);
    deps.onOutcome?.(outcome);
    if (again && !stopped) {
      again = false;
      if (!halted && (outcome.kind === 'ok')) schedule(0);
    }
    return outcome;
  };

  return {
    /** Starts the periodic runs with one run right away. */
    start: () => {
      stopped = false;
      schedule(0);
    },
    stop: () => {
      stopped = true;
      cancel();
    },
    /** A local change committed: run soon, but never inside a backoff or while halted. */
    changed: () => {
      if (halted || stopped) return;
      schedule(Math.max(debounceMs, backoffUntil - now()));
    },
    /** The network is back (or settings changed): forget the backoff and the halt, run now. */
    reconnected: () => {
      failures = 0;
      backoffUntil = 0;
      halted = false;
      if (running) again = true;
      else schedule(0);
    },
    /** Someone pressed 立即同步: runs now (after the current run, if any) and answers its outcome. */
    runNow: async (): Promise<RunOutcome> => {
      halted = false;
      if (running) {
        await running;
      }
      return runOnce();
    },
    last: () => last,
    running: () => running !== null,
    failures: () => failures,
    nextRunAt: () => dueAt,
  };
};
export type Scheduler = ReturnType<typeof createScheduler>;
