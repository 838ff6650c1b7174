import { afterEach, describe, expect, it } from 'vitest';
import { newToken, startPublicHub } from './public-fixtures';
import type { PublicHub } from './public-fixtures';

/** A burst from one address past the bucket: 429 with Retry-After and a Traditional Chinese page. */

let hub: PublicHub | undefined;
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
});

describe('public page rate limit', () => {
  it('lets the burst through, then answers 429 with Retry-After until the bucket refills', async () => {
    hub = await startPublicHub({ rateLimit: { burst: 20, perSecond: 0.001, maxClients: 100 } });
    const c = await hub.seedCase({ caseNumber: 'TN1150100' });
    // A mix of pages, unknown tokens and assets: everything under /C/ draws on the same bucket.
    const paths = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? `/C/${c.token}` : i % 3 === 1 ? `/C/${newToken()}` : '/C/app.js'));
    const answers = [];
    for (const p of paths) {
      const res = await fetch(`${hub.url}${p}`);
      answers.push({ status: res.status, retryAfter: res.headers.get('retry-after'), res, body: await res.text() });
    }
    const statuses = answers.map((a) => a.status);
    expect(statuses.slice(0, 20).every((s) => s === 200 || s === 404)).toBe(true);
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    const limited = answers[25]!;
    // One token takes 1000 s at 0.001/s, less whatever trickled in while the test ran.
    expect(Number(limited.retryAfter)).toBeGreaterThan(900);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(1000);
    expect(limited.body).toContain('查詢太頻繁');
    expect(limited.res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(limited.res.headers.get('cache-control')).toBe('no-store');
    expect(limited.res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(limited.res.headers.get('x-robots-tag')).toContain('noindex');
    // The 429 page says nothing about what was asked: the same bytes for a case page and an unknown token.
    expect(answers[21]!.body).toBe(answers[22]!.body);
  });

  it('limits malformed URLs that never reach a route, and leaves the sync API alone', async () => {
    hub = await startPublicHub({ rateLimit: { burst: 3, perSecond: 0.01, maxClients: 100 } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${hub.url}/C/%zz${i}`)).status);
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    const health = await fetch(`${hub.url}/healthz`);
    expect(health.status).toBe(200);
    const badUrl = await fetch(`${hub.url}/sync/%zz`);
    expect(badUrl.status).toBe(400);
    expect(await badUrl.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
