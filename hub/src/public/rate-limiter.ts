import { isIPv6 } from 'node:net';

/** How hard one client address may hit the public pages. */
export interface PublicRateLimit {
  /** Requests a quiet client may make at once (the bucket's size). */
  burst: number;
  /** Requests per second the bucket refills with (the sustained rate). */
  perSecond: number;
  /** Addresses remembered at most; the least recently seen is forgotten first. */
  maxClients: number;
}

/**
 * Defaults for a phone that scans a handful of labels in a row, behind a carrier NAT shared with
 * others: 60 at once, then one every two seconds. Token guessing is hopeless at any rate (128-bit
 * tokens); the limit is there to keep scanners and scrapers from costing the hub.
 */
export const DEFAULT_PUBLIC_RATE_LIMIT: PublicRateLimit = { burst: 60, perSecond: 0.5, maxClients: 10_000 };

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  /** Clock reading (ms) when `tokens` was last brought up to date. */
  at: number;
}

/**
 * A token bucket per client key, in memory, bounded: a Map kept in least-recently-used order
 * (a hit re-inserts the key at the end), so when it is full the oldest entry goes. The one
 * forgotten first has waited longest and is the likeliest to be full again anyway, and a full
 * bucket is the same as no bucket, so forgetting it loses nothing. Memory is O(maxClients)
 * whatever the traffic.
 */
export const createRateLimiter = (limit: PublicRateLimit, clock: () => number = () => performance.now()) => {
  if (!(limit.burst >= 1 && limit.perSecond > 0 && Number.isInteger(limit.maxClients) && limit.maxClients >= 1)) {
    throw new RangeError('rate limit needs burst >= 1, perSecond > 0 and maxClients >= 1');
  }
  const buckets = new Map<string, Bucket>();

  const take = (key: string): TakeResult => {
    const now = clock();
    let b = buckets.get(key);
    if (b) {
      buckets.delete(key);
      b.tokens = Math.min(limit.burst, b.tokens + ((now - b.at) / 1000) * limit.perSecond);
      b.at = now;
    } else {
      if (buckets.size >= limit.maxClients) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      b = { tokens: limit.burst, at: now };
    }
    buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / limit.perSecond)) };
  };

  return { take, size: () => buckets.size };
};
export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * The key a client is limited under: its IPv4 address, or the /64 network of an IPv6 address
 * (one phone or home gets a whole /64, so per-address keys would be free to multiply).
 */
export const clientKey = (ip: string): string => {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4?.[1]) return v4[1];
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
};
