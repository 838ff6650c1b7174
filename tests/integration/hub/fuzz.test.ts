import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncErrorSchema } from '../../../shared/sync/wire';
import { outbox, post, pushBody, SEED, startTestHub } from './harness';
import type { TestHub } from './harness';

/** Random bodies at the sync and enrollment endpoints: never a 5xx, every refusal in the stable error shape. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub(['dev-a']);
});
afterAll(async () => {
  await hub.stop();
});

const template = pushBody('dev-a', [outbox()('reference.seed', SEED, null)]);
const m0 = template.mutations[0];

/** Near-valid bodies find more paths than pure noise: a valid push or pull with one part replaced. */
const bodies = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.record({ deviceId: fc.jsonValue(), cursor: fc.jsonValue() }),
  fc.record({ code: fc.oneof(fc.string(), fc.jsonValue()), deviceId: fc.jsonValue(), deviceName: fc.jsonValue() }, { requiredKeys: [] }),
  fc.record({ deviceId: fc.constant('dev-a'), actorId: fc.jsonValue() }, { requiredKeys: [] }),
  fc.record({ deviceId: fc.constant('dev-a'), sha256s: fc.oneof(fc.jsonValue(), fc.array(fc.string())) }, { requiredKeys: [] }),
  fc.jsonValue().map((v) => ({ ...template, schemaVersion: v })),
  fc.record({ seq: fc.jsonValue(), id: fc.jsonValue(), name: fc.jsonValue(), args: fc.jsonValue(), actorId: fc.jsonValue() }, { requiredKeys: [] })
    .map((over) => ({ ...template, mutations: [{ ...m0, ...over }] })),
);

describe('sync endpoints under random input', () => {
  it('answer 2xx or a coded 4xx, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/sync/push', '/sync/pull', '/enroll', '/enroll/codes', '/blobs/missing'), bodies, fc.boolean(), async (path, body, raw) => {
        const payload = raw && typeof body === 'string' ? body : JSON.stringify(body);
        const res = await post(`${hub.url}${path}`, hub.tokens['dev-a'] ?? '', payload);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(syncErrorSchema.safeParse(res.body).success, JSON.stringify(res.body)).toBe(true);
      }),
      { seed: 20261127, numRuns: 400 },
    );
  });
});

describe('blob upload and download under random input', () => {
  it('answer 2xx or a coded 4xx, never a 5xx', async () => {
    const token = hub.tokens['dev-a'] ?? '';
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-f]{64}$/)),
        fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string().map((s) => Buffer.from(`%PDF-${s}`))),
        fc.constantFrom('application/pdf', 'application/json', 'application/octet-stream', 'text/plain'),
        fc.constantFrom('PUT', 'GET'),
        async (hash, body, type, method) => {
          const res = await fetch(`${hub.url}/blobs/${encodeURIComponent(hash)}`, {
            method,
            headers: { authorization: `Bearer ${token}`, ...(method === 'PUT' ? { 'content-type': type } : {}) },
            ...(method === 'PUT' ? { body } : {}),
          });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect(syncErrorSchema.safeParse(await res.json()).success).toBe(true);
          else await res.arrayBuffer();
        },
      ),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
