import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from './rate-limiter';

const fakeClock = () => {
  let t = 1_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};

describe('public page rate limiter', () => {
  it('lets a burst through, then refuses with the wait until the next token', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ burst: 3, perSecond: 0.5, maxClients: 10 }, clock.now);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    clock.advance(1_000);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    clock.advance(1_000);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('keeps one bucket per client and never refills past the burst', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ burst: 2, perSecond: 1, maxClients: 10 }, clock.now);
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
    clock.advance(3_600_000);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, false]);
  });

  it('remembers at most maxClients addresses, forgetting the least recently seen', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ burst: 1, perSecond: 0.001, maxClients: 3 }, clock.now);
    for (const k of ['a', 'b', 'c']) limiter.take(k);
    expect(limiter.take('a').ok).toBe(false); // a is now the most recent
    limiter.take('d'); // forgets b
    expect(limiter.size()).toBe(3);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('c').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true); // forgotten, so fresh (and d is forgotten now)
    for (let i = 0; i < 100_000; i++) limiter.take(`x${i}`);
    expect(limiter.size()).toBe(3);
  });

  it('refuses a configuration that could never let anything through', () => {
    expect(() => createRateLimiter({ burst: 0, perSecond: 1, maxClients: 1 })).toThrow(RangeError);
    expect(() => createRateLimiter({ burst: 1, perSecond: 0, maxClients: 1 })).toThrow(RangeError);
    expect(() => createRateLimiter({ burst: 1, perSecond: 1, maxClients: 0 })).toThrow(RangeError);
  });
});

describe('client key', () => {
  it('is the IPv4 address, also when mapped into IPv6', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('is the /64 network of an IPv6 address, however it is written', () => {
    const key = '2001:db8:85a3:12::/64';
    expect(clientKey('2001:db8:85a3:12:1:2:3:4')).toBe(key);
    expect(clientKey('2001:0DB8:85a3:0012::9')).toBe(key);
    expect(clientKey('2001:db8:85a3:12:ffff::')).toBe(key);
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});
