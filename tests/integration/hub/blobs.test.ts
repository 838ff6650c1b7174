import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../../hub/src/store/devices';
import { MAX_BLOB_BYTES } from '../../../shared/sync/wire';
import type { BlobMissingResponse, BlobPutResponse, SyncError } from '../../../shared/sync/wire';
import { usePostgres } from '../../support/postgres';
import { post, startTestHub } from './harness';
import type { TestHub } from './harness';

/** Regulation PDFs through the hub, per branch, on both engines: which are missing, upload, download. */
const newDatabase = usePostgres('blobs');
let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
});

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const put = async (h: TestHub, token: string, hash: string, body: Uint8Array, type = 'application/pdf') => {
  const res = await fetch(`${h.url}/blobs/${hash}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body,
  });
  return { status: res.status, body: (await res.json()) as unknown };
};
const get = async (h: TestHub, token: string, hash: string) => {
  const res = await fetch(`${h.url}/blobs/${hash}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), bytes };
};
const codeOf = (body: unknown) => (body as SyncError).error.code;

describe.each([
  ['SQLite', () => undefined],
  ['PostgreSQL', () => newDatabase()],
])('blob endpoints on %s', (_engine, databaseUrl) => {
  const start = async () => {
    const url = databaseUrl();
    hub = await startTestHub(['dev-a', 'dev-b'], url ? { databaseUrl: url } : {});
    return hub;
  };

  it('reports missing files, takes one once, serves it within the branch only', async () => {
    const h = await start();
    const ta = h.tokens['dev-a']!;
    const tb = h.tokens['dev-b']!;
    const one = pdf('one');
    const two = pdf('two');
    const ask = (token: string, deviceId: string, sha256s: string[]) =>
      post<BlobMissingResponse>(`${h.url}/blobs/missing`, token, { deviceId, sha256s });

    expect((await ask(ta, 'dev-a', [sha(one), sha(two)])).body).toEqual({ missing: [sha(one), sha(two)] });
    const first = await put(h, ta, sha(one), one);
    expect(first).toEqual({ status: 200, body: { sha256: sha(one), stored: true } satisfies BlobPutResponse });
    // The same file again (another desktop, or a retry): 200, nothing written.
    expect(await put(h, tb, sha(one), one)).toEqual({ status: 200, body: { sha256: sha(one), stored: false } });
    expect((await ask(tb, 'dev-b', [sha(two), sha(one), sha(two)])).body).toEqual({ missing: [sha(two)] });

    const got = await get(h, tb, sha(one));
    expect(got.status).toBe(200);
    expect(got.type).toBe('application/pdf');
    expect(got.bytes.equals(one)).toBe(true);
    const none = await get(h, tb, sha(two));
    expect(none.status).toBe(404);
    expect(JSON.parse(none.bytes.toString('utf8')).error.code).toBe('NOT_FOUND');

    // A device of another branch sees none of this branch's files, and its own upload stays its own.
    const farToken = 'far-branch-token-0123456789abcdefgh';
    await h.hub.backend.transaction((s) =>
      s.upsertDevice({ id: 'far-1', branch_id: 'branch-far', token_hash: hashToken(farToken), name: 'far', at: '2026-11-27T00:00:00.000Z' }),
    );
    expect((await get(h, farToken, sha(one))).status).toBe(404);
    expect((await ask(farToken, 'far-1', [sha(one)])).body).toEqual({ missing: [sha(one)] });
    expect((await put(h, farToken, sha(two), two)).body).toEqual({ sha256: sha(two), stored: true });
    expect((await get(h, ta, sha(two))).status).toBe(404);

    // Another device's name in the body is refused; so is an unknown token, on every route.
    expect((await ask(ta, 'dev-b', [])).status).toBe(403);
    expect((await ask('no-such-token-0123456789', 'dev-a', [sha(one)])).status).toBe(401);
    expect((await put(h, 'no-such-token-0123456789', sha(one), one)).status).toBe(401);
    expect((await get(h, 'no-such-token-0123456789', sha(one))).status).toBe(401);
  });

  it('refuses a body that is not the hash in the path, not a PDF, not lower-case hex, too many hashes, too large', async () => {
    const h = await start();
    const ta = h.tokens['dev-a']!;
    const one = pdf('one');
    const mismatch = await put(h, ta, sha(pdf('other')), one);
    expect(mismatch.status).toBe(400);
    expect(codeOf(mismatch.body)).toBe('BLOB_HASH_MISMATCH');

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const notPdf = await put(h, ta, sha(png), png);
    expect(notPdf.status).toBe(415);
    expect(codeOf(notPdf.body)).toBe('UNSUPPORTED_MEDIA_TYPE');
    const asJson = await put(h, ta, sha(one), one, 'application/octet-stream');
    expect(asJson.status).toBe(415);

    expect((await put(h, ta, sha(one).toUpperCase(), one)).status).toBe(400);
    expect((await get(h, ta, 'not-a-hash')).status).toBe(400);
    const tooMany = await post(`${h.url}/blobs/missing`, ta, { deviceId: 'dev-a', sha256s: Array.from({ length: 501 }, () => sha(one)) });
    expect(tooMany.status).toBe(400);
    expect(codeOf(tooMany.body)).toBe('INVALID_BODY');

    const huge = Buffer.alloc(MAX_BLOB_BYTES + 1, 0x20);
    huge.write('%PDF-1.4\n', 0);
    const large = await put(h, ta, sha(huge), huge);
    expect(large.status).toBe(413);
    expect(codeOf(large.body)).toBe('BODY_TOO_LARGE');
    // None of the refused bodies was kept.
    const left = await post<BlobMissingResponse>(`${h.url}/blobs/missing`, ta, { deviceId: 'dev-a', sha256s: [sha(one), sha(png), sha(huge)] });
    expect(left.body.missing).toEqual([sha(one), sha(png), sha(huge)]);
  });
});
