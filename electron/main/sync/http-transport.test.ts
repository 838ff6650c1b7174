import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpTransport, normaliseHubUrl } from './http-transport';
import { SyncTransportError } from './transport';

type Reply = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void;
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

const serve = async (reply: Reply): Promise<string> => {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => reply(req, body, res));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const json = (res: http.ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
};
const failure = async (p: Promise<unknown>): Promise<SyncTransportError> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof SyncTransportError) return err;
    throw err;
  }
  throw new Error('expected a failure');
};
const PULL = { deviceId: 'dev-a', cursor: 0 };
const GOOD_PULL = { changes: [], lastProcessedSeq: 0, nextCursor: 0, hasMore: false };

describe('HTTP transport', () => {
  it('posts JSON with the bearer token to the sync paths and returns the validated answer', async () => {
    const seen: { url: string | undefined; auth: string | undefined; type: string | undefined; body: unknown }[] = [];
    const url = await serve((req, body, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization, type: req.headers['content-type'], body: JSON.parse(body) });
      json(res, 200, GOOD_PULL);
    });
    const t = createHttpTransport({ url: `${url}/`, token: 'secret-token-secret-token' });
    expect(await t.pull(PULL)).toEqual(GOOD_PULL);
    expect(seen).toEqual([{ url: '/sync/pull', auth: 'Bearer secret-token-secret-token', type: 'application/json', body: PULL }]);
  });

  it('enrolls without a token; refuses to call an authenticated path without one', async () => {
    const seen: (string | undefined)[] = [];
    const url = await serve((req, _body, res) => {
      seen.push(req.headers.authorization);
      json(res, 200, { deviceId: 'dev-a', token: 't'.repeat(32), branchId: 'branch-main', lastSeq: 0 });
    });
    const t = createHttpTransport({ url, token: null });
    expect(await t.enroll({ code: 'ABCD-EFGH', deviceId: 'dev-a', deviceName: '櫃台' })).toMatchObject({ lastSeq: 0 });
    expect(seen).toEqual([undefined]);
    expect(await failure(t.pull(PULL))).toMatchObject({ kind: 'hub', code: 'UNAUTHENTICATED' });
  });

  it('a coded refusal from the hub is a hub error with its code, status and details', async () => {
    const url = await serve((_req, _body, res) =>
      json(res, 409, { ok: false, error: { code: 'SEQ_GAP', message: 'gap', details: { expected: 4, got: 6 } } }),
    );
    const err = await failure(createHttpTransport({ url, token: 'x'.repeat(24) }).pull(PULL));
    expect(err).toMatchObject({ kind: 'hub', status: 409, code: 'SEQ_GAP', details: { expected: 4, got: 6 } });
  });

  it('an answer not in the wire format is a protocol error, never trusted data', async () => {
    const answers: [number, string][] = [
      [200, JSON.stringify({ ...GOOD_PULL, extra: 1 })],
      [200, JSON.stringify({ ...GOOD_PULL, nextCursor: -1 })],
      [200, '<html>proxy login</html>'],
      [502, '<html>bad gateway</html>'],
      [500, JSON.stringify({ ok: false, error: { code: 'NOT_A_CODE', message: 'x' } })],
    ];
    let i = 0;
    const url = await serve((_req, _body, res) => {
      const [status, body] = answers[i++] ?? [500, ''];
      res.writeHead(status);
      res.end(body);
    });
    const t = createHttpTransport({ url, token: 'x'.repeat(24) });
    for (const [status] of answers) expect(await failure(t.pull(PULL))).toMatchObject({ kind: 'protocol', status });
  });

  it('lists and revokes devices on the admin paths, validating both answers', async () => {
    const device = { deviceId: 'dev-b', name: '櫃台二', enrolledAt: '2026-11-27T01:30:00.000Z', lastSeq: 4, revoked: false };
    const answers: unknown[] = [{ devices: [device] }, { ok: true }, { devices: [{ ...device, lastSeq: -1 }] }, { ok: false }];
    const seen: (string | undefined)[] = [];
    const url = await serve((req, _body, res) => {
      seen.push(req.url);
      json(res, 200, answers[seen.length - 1]);
    });
    const t = createHttpTransport({ url, token: 'x'.repeat(24) });
    const ask = { deviceId: 'dev-a', actorId: 'admin-1' };
    expect(await t.listDevices(ask)).toEqual({ devices: [device] });
    expect(await t.revokeDevice({ ...ask, targetDeviceId: 'dev-b' })).toEqual({ ok: true });
    expect(await failure(t.listDevices(ask))).toMatchObject({ kind: 'protocol' });
    expect(await failure(t.revokeDevice({ ...ask, targetDeviceId: 'dev-b' }))).toMatchObject({ kind: 'protocol' });
    expect(seen).toEqual(['/devices/list', '/devices/revoke', '/devices/list', '/devices/revoke']);
  });

  it('files: PUT the bytes as application/pdf, GET them back only as application/pdf, refusals coded', async () => {
    const seen: { method: string | undefined; url: string | undefined; type: string | undefined; body: string }[] = [];
    const sha = 'a'.repeat(64);
    const url = await serve((req, body, res) => {
      seen.push({ method: req.method, url: req.url, type: req.headers['content-type'], body });
      if (req.method === 'PUT') return json(res, 200, { sha256: sha, stored: true });
      if (req.url === `/blobs/${sha}`) {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return res.end('%PDF-1.4 bytes');
      }
      if (req.url === `/blobs/${'b'.repeat(64)}`) {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html>proxy</html>');
      }
      json(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'no such file' } });
    });
    const t = createHttpTransport({ url, token: 'x'.repeat(24) });
    expect(await t.putBlob(sha, Buffer.from('%PDF-1.4 bytes'))).toEqual({ sha256: sha, stored: true });
    expect((await t.getBlob(sha)).toString('utf8')).toBe('%PDF-1.4 bytes');
    expect(await failure(t.getBlob('b'.repeat(64)))).toMatchObject({ kind: 'protocol' });
    expect(await failure(t.getBlob('c'.repeat(64)))).toMatchObject({ kind: 'hub', status: 404, code: 'NOT_FOUND' });
    expect(seen[0]).toEqual({ method: 'PUT', url: `/blobs/${sha}`, type: 'application/pdf', body: '%PDF-1.4 bytes' });
  });

  it('no answer within the timeout, or nobody listening, is a network error', async () => {
    const url = await serve(() => {
      /* never answers */
    });
    const slow = await failure(createHttpTransport({ url, token: 'x'.repeat(24) }, { timeoutMs: 150 }).pull(PULL));
    expect(slow).toMatchObject({ kind: 'network' });
    expect(slow.message).toMatch(/150 ms/);
    const closed = await serve((_r, _b, res) => res.end());
    await new Promise((r) => servers.pop()?.close(r));
    expect(await failure(createHttpTransport({ url: closed, token: 'x'.repeat(24) }).pull(PULL))).toMatchObject({ kind: 'network' });
  });

  it('normalises hub addresses and refuses what is not a plain http(s) address', () => {
    expect(normaliseHubUrl(' https://hub.example.gov.tw/ ')).toBe('https://hub.example.gov.tw');
    expect(normaliseHubUrl('http://10.0.0.5:8787/base/')).toBe('http://10.0.0.5:8787/base');
    for (const bad of ['hub.example', 'ftp://hub', 'https://u:p@hub', 'https://hub/?a=1', 'javascript:alert(1)', '']) {
      expect(normaliseHubUrl(bad)).toBeNull();
    }
  });
});
