import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import type { RunOutcome } from './client';
import { createScheduler } from './scheduler';
import type { Timers } from './scheduler';

/** A manual clock: timers fire only when the test advances time. */
const fakeTime = () => {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (h) => void pending.delete(h as number),
  };
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].fn();
      // Let the run's promise chain settle before looking at timers again.
      for (let i = 0; i < 10; i++) await Promise.resolve();
    }
    now = until;
  };
  return { timers, advance, now: () => now, armed: () => [...pending.values()].map((t) => t.at - now) };
};

const OK: RunOutcome = { kind: 'ok', pushed: 0, rejected: 0, pulledRows: 0 };
const OFFLINE: RunOutcome = { kind: 'offline', message: 'down' };

const setup = (outcomes: (() => RunOutcome)[], random = () => 1) => {
  const time = fakeTime();
  const runsAt: number[] = [];
  let i = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let release: (() => void) | null = null;
  let hold = false;
  const s = createScheduler({
    run: async () => {
      runsAt.push(time.now());
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (hold) await new Promise<void>((r) => (release = r));
      inFlight -= 1;
      const f = outcomes[Math.min(i++, outcomes.length - 1)];
      return f ? f() : OK;
    },
    intervalMs: () => 30_000,
    debounceMs: 1_500,
    backoff: { baseMs: 2_000, maxMs: 60_000 },
    offlineBackoff: { baseMs: 2_000, maxMs: 10_000 },
    random,
    timers: time.timers,
    now: time.now,
  });
  return {
    s,
    time,
    runsAt,
    maxInFlight: () => maxInFlight,
    hold: (on: boolean) => {
      hold = on;
    },
    release: () => release?.(),
  };
};

describe('backoff', () => {
  it('doubles from the base up to the cap, with jitter between half and all of it', () => {
    const policy = { baseMs: 2_000, maxMs: 60_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => backoffDelay(n, () => 1, policy))).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
    expect(backoffDelay(3, () => 0, policy)).toBe(4_000);
    for (let n = 1; n < 12; n++) {
      const d = backoffDelay(n, Math.random, policy);
      const full = Math.min(60_000, 2_000 * 2 ** (n - 1));
      expect(d).toBeGreaterThanOrEqual(full / 2);
      expect(d).toBeLessThanOrEqual(full);
    }
  });
});

describe('sync scheduler', () => {
  it('runs at start, then every interval after a good run', async () => {
    const t = setup([() => OK]);
    t.s.start();
    await t.time.advance(95_000);
    expect(t.runsAt).toEqual([0, 30_000, 60_000, 90_000]);
  });

  it('backs off exponentially after failures, then returns to the interval', async () => {
    const failed: RunOutcome = { kind: 'failed', code: 'HUB_ERROR', message: '500' };
    const t = setup([() => failed, () => failed, () => failed, () => failed, () => OK]);
    t.s.start();
    await t.time.advance(100_000);
    // Waits of 2, 4, 8, 16 s after the failures, then the 30 s interval.
    expect(t.runsAt).toEqual([0, 2_000, 6_000, 14_000, 30_000, 60_000, 90_000]);
    expect(t.s.failures()).toBe(0);
  });

  it('offline, the backoff stops growing at its lower cap (the network coming back is noticed soon)', async () => {
    const t = setup([() => OFFLINE]);
    t.s.start();
    await t.time.advance(60_000);
    expect(t.runsAt).toEqual([0, 2_000, 6_000, 14_000, 24_000, 34_000, 44_000, 54_000]);
  });

  it('a local change runs soon (changes within the delay make one run), but never cuts a backoff short', async () => {
    const t = setup([() => OK, () => OK, () => OFFLINE, () => OK]);
    t.s.start();
    await t.time.advance(1_000);
    for (let k = 0; k < 5; k++) {
      t.s.changed();
      await t.time.advance(200);
    }
    await t.time.advance(5_000);
    // The first change arms the run 1.5 s later; the four after it ride along (no run is postponed forever).
    expect(t.runsAt).toEqual([0, 1_000 + 1_500]);
    t.s.changed();
    await t.time.advance(1_500);
    expect(t.runsAt.length).toBe(3);
    // Third run failed: 2 s of backoff. A change 100 ms later waits for the backoff, not the debounce.
    await t.time.advance(100);
    t.s.changed();
    await t.time.advance(1_500);
    expect(t.runsAt.length).toBe(3);
    await t.time.advance(400);
    expect(t.runsAt.length).toBe(4);
  });

  it('runs one at a time: a trigger during a run makes one more run after it', async () => {
    const t = setup([() => OK]);
    t.hold(true);
    t.s.start();
    await t.time.advance(0);
    expect(t.s.running()).toBe(true);
    const manual = t.s.runNow();
    t.s.reconnected();
    t.s.changed();
    t.hold(false);
    t.release();
    await manual;
    await t.time.advance(10);
    expect(t.maxInFlight()).toBe(1);
    // The first run, then one more for everything that asked meanwhile; then the interval.
    expect(t.runsAt).toEqual([0, 0]);
    expect(t.time.armed()).toEqual([30_000 - 10]);
  });

  it('a halting problem stops automatic runs (no retry storm); a manual run or a reconnect tries again', async () => {
    const halted: RunOutcome = { kind: 'halted', code: 'SCHEMA_MISMATCH', message: 'update' };
    const t = setup([() => halted, () => halted, () => OK]);
    t.s.start();
    await t.time.advance(0);
    t.s.changed();
    await t.time.advance(3_600_000);
    expect(t.runsAt).toEqual([0]);
    expect(t.time.armed()).toEqual([]);
    expect(await t.s.runNow()).toEqual(halted);
    t.s.reconnected();
    await t.time.advance(0);
    expect(t.runsAt.length).toBe(3);
    expect(t.s.last()).toEqual(OK);
  });

  it('with no hub configured nothing is scheduled after the first check', async () => {
    const t = setup([() => ({ kind: 'not_configured' })]);
    t.s.start();
    t.s.changed();
    await t.time.advance(600_000);
    expect(t.runsAt).toEqual([0]);
  });

  it('stop cancels what is armed', async () => {
    const t = setup([() => OK]);
    t.s.start();
    await t.time.advance(0);
    t.s.stop();
    t.s.changed();
    await t.time.advance(600_000);
    expect(t.runsAt).toEqual([0]);
  });
});
