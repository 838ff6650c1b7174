export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/** A hub that answers but fails: wait up to 5 minutes between tries. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 5 * 60_000 };
/**
 * No answer at all (offline): a try costs the hub nothing, so a lower cap notices the network coming
 * back within a minute even where no 'online' event arrives.
 */
export const OFFLINE_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 60_000 };

/**
 * Exponential backoff with jitter: the n-th consecutive failure (n ≥ 1) waits a random time in
 * [d/2, d] where d = min(max, base·2^(n-1)). The jitter keeps the desktops of a branch from all
 * hitting a hub that comes back at the same moment.
 */
export const backoffDelay = (failures: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number => {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, Math.min(30, failures - 1)));
  return Math.round(exp / 2 + (exp / 2) * random());
};
