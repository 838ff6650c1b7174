import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../shared/sync/wire';
import { outbox, post, pushBody, SEED, startTestHub } from './harness';
import type { TestHub } from './harness';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.stop();
});

/** Resolves once the hub has logged a line for which `match` holds. */
const waitForLog = () => {
  const waiters: { match: (entry: Record<string, unknown>) => boolean; resolve: () => void }[] = [];
  const onLog = (line: string) => {
    const entry = JSON.parse(line) as Record<string, unknown>;
    for (const w of waiters.splice(0)) {
      if (w.match(entry)) w.resolve();
      else waiters.push(w);
    }
  };
  const until = (match: (entry: Record<string, unknown>) => boolean) =>
    new Promise<void>((resolve) => waiters.push({ match, resolve }));
  return { onLog, until };
};

describe('graceful shutdown', () => {
  it('finishes a push already in flight, then stops listening, and logs JSON', async () => {
    const logs = waitForLog();
    const started = logs.until((e) => e.msg === 'incoming request' && (e.req as { url?: string } | undefined)?.url === '/sync/push');
    hub = await startTestHub(['dev-a'], { onLog: logs.onLog });
    const url = new URL(`${hub.url}/sync/push`);
    const body = Buffer.from(JSON.stringify(pushBody('dev-a', [outbox()('reference.seed', SEED, null)])));

    const response = new Promise<{ status: number; body: PushResponse }>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: {
          'content-type': 'application/json',
          'content-length': String(body.length),
          authorization: `Bearer ${hub?.tokens['dev-a'] ?? ''}`,
        } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as PushResponse }));
        },
      );
      req.on('error', reject);
      // Half the body now; the rest only after the hub has begun closing.
      req.write(body.subarray(0, body.length >> 1));
      void started.then(() => {
        closed = hub?.hub.close();
        req.end(body.subarray(body.length >> 1));
      });
    });
    let closed: Promise<void> | undefined;

    const res = await response;
    expect(res.status).toBe(200);
    expect(res.body.results).toMatchObject([{ seq: 1, outcome: 'applied' }]);
    await closed;
    await expect(post(`${hub.url}/healthz`, null, {})).rejects.toThrow();
  });
});
