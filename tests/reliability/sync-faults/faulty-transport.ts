import type { SyncTransport } from '../../../electron/main/sync/transport';
import { SyncTransportError } from '../../../electron/main/sync/transport';

/** A small seeded generator (mulberry32): a failing run is replayed from its printed seed. */
export const seededRandom = (seed: number) => {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
};
export type Random = ReturnType<typeof seededRandom>;

export interface FaultRates {
  /** The request never reaches the hub. */
  dropRequest: number;
  /** The hub acts on it and commits, but the answer is lost. */
  dropResponse: number;
  /** The request reaches the hub twice (a retry by a proxy); the device sees the second answer. */
  duplicate: number;
  /** An old request of this device is replayed to the hub later, out of order, its answer ignored. */
  replayStale: number;
}

export const NO_FAULTS: FaultRates = { dropRequest: 0, dropResponse: 0, duplicate: 0, replayStale: 0 };

export interface FaultLog {
  dropRequest: number;
  dropResponse: number;
  duplicate: number;
  replayStale: number;
  partitioned: number;
}

const lost = (what: string) => new SyncTransportError('network', `fault injection: ${what}`);

/**
 * Wraps a device's real transport (HTTP to the real hub) with faults drawn from a seeded random
 * source: drops before and after the hub committed, duplicates, stale replays out of order, and a
 * partition switch. Nothing here knows the protocol beyond "a call and its answer".
 */
export const faultyTransport = (inner: SyncTransport, rnd: Random, rates: () => FaultRates) => {
  let partitioned = false;
  const stale: (() => Promise<unknown>)[] = [];
  const replays: Promise<unknown>[] = [];
  const log: FaultLog = { dropRequest: 0, dropResponse: 0, duplicate: 0, replayStale: 0, partitioned: 0 };

  const cutOff = () => {
    if (partitioned) {
      log.partitioned += 1;
      throw lost('partitioned');
    }
  };

  const call = async <R>(send: () => Promise<R>): Promise<R> => {
    cutOff();
    const r = rates();
    if (stale.length > 0 && rnd.chance(r.replayStale)) {
      log.replayStale += 1;
      const old = stale[rnd.int(stale.length)]!;
      replays.push(old().catch(() => undefined));
    }
    if (stale.length > 50) stale.splice(0, stale.length - 50);
    stale.push(send);
    if (rnd.chance(r.dropRequest)) {
      log.dropRequest += 1;
      throw lost('request dropped');
    }
    if (rnd.chance(r.duplicate)) {
      log.duplicate += 1;
      await send().catch(() => undefined);
    }
    const answer = await send();
    if (rnd.chance(r.dropResponse)) {
      log.dropResponse += 1;
      throw lost('response dropped after the hub answered');
    }
    return answer;
  };

  const unlessPartitioned = async <R>(send: () => Promise<R>): Promise<R> => {
    cutOff();
    return send();
  };

  const transport: SyncTransport = {
    push: (req) => call(() => inner.push(req)),
    pull: (req) => call(() => inner.pull(req)),
    enroll: (req) => inner.enroll(req),
    issueCode: (req) => inner.issueCode(req),
    listDevices: (req) => inner.listDevices(req),
    revokeDevice: (req) => inner.revokeDevice(req),
    // Files travel after a run; a partition cuts them off too, without drawing from the seeded faults.
    missingBlobs: (req) => unlessPartitioned(() => inner.missingBlobs(req)),
    putBlob: (sha256, bytes) => unlessPartitioned(() => inner.putBlob(sha256, bytes)),
    getBlob: (sha256) => unlessPartitioned(() => inner.getBlob(sha256)),
  };
  return {
    transport,
    log,
    setPartitioned: (p: boolean) => {
      partitioned = p;
    },
    /** Waits for replays still in flight (before the final check, so none lands after it). */
    settle: () => Promise.all(replays.splice(0)),
  };
};
