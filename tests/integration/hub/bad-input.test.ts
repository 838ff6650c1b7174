import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/mutations/registry';
import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, syncErrorSchema } from '../../../shared/sync/wire';
import { outbox, post, pushBody, SEED, startTestHub } from './harness';
import type { TestHub } from './harness';

/**
 * Hostile and broken requests: each is a 4xx with a stable code in `{ok:false, error}`, never a
 * 5xx, and none of them writes anything (the device's seq stays where it was).
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub.stop();
});

const token = () => hub.tokens['dev-a'] ?? '';
const good = () => pushBody('dev-a', [outbox()('reference.seed', SEED, null)]);

const expectError = (res: { status: number; body: unknown }, status: number, code: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const parsed = syncErrorSchema.parse(res.body);
  expect(parsed.error.code).toBe(code);
};

describe('the hub refuses bad requests with a stable 4xx', () => {
  it.each([
    ['garbage JSON', '{"deviceId": "dev-a", ', 'INVALID_JSON'],
    ['an empty body', '', 'INVALID_JSON'],
    ['a prototype-poisoning key', '{"deviceId":"dev-a","__proto__":{"x":1}}', 'INVALID_JSON'],
    ['JSON that is not an object', '[1,2,3]', 'INVALID_BODY'],
    ['a null body', 'null', 'INVALID_BODY'],
  ])('push with %s', async (_what, raw, code) => {
    expectError(await post(`${hub.url}/sync/push`, token(), raw), 400, code);
  });

  it('unknown fields, at the top and inside a mutation', async () => {
    expectError(await post(`${hub.url}/sync/push`, token(), { ...good(), extra: 1 }), 400, 'INVALID_BODY');
    const body = good();
    const withExtra = { ...body, mutations: body.mutations.map((m) => ({ ...m, sneaky: true })) };
    expectError(await post(`${hub.url}/sync/push`, token(), withExtra), 400, 'INVALID_BODY');
    expectError(await post(`${hub.url}/sync/pull`, token(), { deviceId: 'dev-a', cursor: 0, x: 1 }), 400, 'INVALID_BODY');
  });

  it('wrong types and out-of-range values', async () => {
    const m = good().mutations[0];
    for (const bad of [
      { ...good(), mutations: [] },
      { ...good(), mutations: [{ ...m, seq: 0 }] },
      { ...good(), mutations: [{ ...m, seq: 1.5 }] },
      { ...good(), mutations: [{ ...m, id: 'not-a-uuid' }] },
      { ...good(), mutations: [{ ...m, deviceTime: 'yesterday' }] },
      { ...good(), schemaVersion: '1' },
      { ...good(), mutations: Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, () => m) },
    ]) {
      expectError(await post(`${hub.url}/sync/push`, token(), bad), 400, 'INVALID_BODY');
    }
    expectError(await post(`${hub.url}/sync/pull`, token(), { deviceId: 'dev-a', cursor: -1 }), 400, 'INVALID_BODY');
    expectError(await post(`${hub.url}/sync/pull`, token(), { deviceId: 'dev-a', cursor: 0, limit: 100000 }), 400, 'INVALID_BODY');
  });

  it('a body over the size limit', async () => {
    const huge = JSON.stringify({ ...good(), padding: 'x'.repeat(MAX_PUSH_BYTES) });
    expectError(await post(`${hub.url}/sync/push`, token(), huge), 413, 'BODY_TOO_LARGE');
  });

  it('a body that is not JSON', async () => {
    expectError(await post(`${hub.url}/sync/push`, token(), 'hello', { 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('missing, wrong and malformed tokens are 401 even with a garbage body', async () => {
    for (const t of [null, 'wrong-token-wrong-token-wrong', '', 'a b c', hub.tokens['dev-b'] + 'x']) {
      expectError(await post(`${hub.url}/sync/push`, t, '{garbage'), 401, 'UNAUTHENTICATED');
      expectError(await post(`${hub.url}/sync/pull`, t, { deviceId: 'dev-a', cursor: 0 }), 401, 'UNAUTHENTICATED');
    }
  });

  it("one device's token cannot push or pull as another", async () => {
    expectError(await post(`${hub.url}/sync/push`, hub.tokens['dev-b'] ?? '', good()), 403, 'DEVICE_MISMATCH');
    expectError(await post(`${hub.url}/sync/pull`, hub.tokens['dev-b'] ?? '', { deviceId: 'dev-a', cursor: 0 }), 403, 'DEVICE_MISMATCH');
  });

  it('another schema version: 409 SCHEMA_MISMATCH saying what to update', async () => {
    const res = await post(`${hub.url}/sync/push`, token(), { ...good(), schemaVersion: SCHEMA_VERSION + 1 });
    expectError(res, 409, 'SCHEMA_MISMATCH');
    expect(JSON.stringify(res.body)).toContain('outbox');
    const older = await post(`${hub.url}/sync/push`, token(), { ...good(), schemaVersion: SCHEMA_VERSION - 1 || 0 });
    expect(older.status).toBeGreaterThanOrEqual(400);
    expect(older.status).toBeLessThan(500);
  });

  it('unknown routes and methods are 404 with the same shape', async () => {
    expectError(await post(`${hub.url}/sync/nothing`, token(), {}), 404, 'NOT_FOUND');
    const res = await fetch(`${hub.url}/sync/push`, { headers: { authorization: `Bearer ${token()}` } });
    expectError({ status: res.status, body: await res.json() }, 404, 'NOT_FOUND');
  });

  it('none of the above wrote anything; /healthz answers', async () => {
    const res = await post<{ lastProcessedSeq: number; changes: unknown[] }>(`${hub.url}/sync/pull`, token(), { deviceId: 'dev-a', cursor: 0 });
    expect(res.status).toBe(200);
    expect(res.body.lastProcessedSeq).toBe(0);
    expect(res.body.changes).toEqual([]);
    const health = await fetch(`${hub.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
  });
});
