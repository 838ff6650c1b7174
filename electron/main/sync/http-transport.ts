import type { z } from 'zod';
import {
  BLOB_MEDIA_TYPE,
  blobMissingResponseSchema,
  blobPutResponseSchema,
  deviceListResponseSchema,
  enrollResponseSchema,
  issueCodeResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  revokeDeviceResponseSchema,
  syncErrorSchema,
} from '../../../shared/sync/wire';
import type { HubEndpoint, SyncTransport } from './transport';
import { SyncTransportError } from './transport';

export interface HttpTransportOptions {
  /** Per request, connection to last byte; a pull page or push batch is bounded, so this can be short. */
  timeoutMs?: number;
  /** Per file upload or download (up to the regulation size limit, so much longer). */
  blobTimeoutMs?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_BLOB_TIMEOUT_MS = 300_000;

/** The hub's address as typed by an admin, normalised: http(s) only, no credentials, query or fragment. */
export const normaliseHubUrl = (text: string): string | null => {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return url.href.replace(/\/+$/, '');
};

/**
 * The transport over HTTP(S) with global fetch. Each call has its own timeout (AbortSignal), and
 * every answer is parsed with the wire schemas: a 2xx that does not match is a protocol failure,
 * never trusted data.
 */
export const createHttpTransport = (hub: HubEndpoint, opts: HttpTransportOptions = {}): SyncTransport => {
  const doFetch = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const blobTimeoutMs = opts.blobTimeoutMs ?? DEFAULT_BLOB_TIMEOUT_MS;
  const base = hub.url.replace(/\/+$/, '');

  /** One round trip; what came back is the status, its media type and the whole body. */
  const exchange = async (
    path: string,
    init: { method: 'GET' | 'POST' | 'PUT'; body?: string | Uint8Array; contentType?: string; accept: string; authed: boolean; ms: number },
  ): Promise<{ res: Response; body: Buffer }> => {
    if (init.authed && hub.token === null) throw new SyncTransportError('hub', 'this device has no token yet', 401, 'UNAUTHENTICATED');
    try {
      const res = await doFetch(`${base}${path}`, {
        method: init.method,
        headers: {
          ...(init.contentType ? { 'content-type': init.contentType } : {}),
          accept: init.accept,
          ...(init.authed && hub.token !== null ? { authorization: `Bearer ${hub.token}` } : {}),
        },
        ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body) }),
        signal: AbortSignal.timeout(init.ms),
        redirect: 'error',
      });
      return { res, body: Buffer.from(await res.arrayBuffer()) };
    } catch (err) {
      const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
      throw new SyncTransportError('network', timedOut ? `no answer within ${init.ms} ms` : describe(err));
    }
  };

  const parseJson = (res: Response, body: Buffer): unknown => {
    try {
      return JSON.parse(body.toString('utf8'));
    } catch {
      throw new SyncTransportError('protocol', `HTTP ${res.status}: not JSON`, res.status);
    }
  };

  /** A non-2xx answer: the hub's coded refusal, or a protocol failure when it is not one. */
  const refusal = (res: Response, body: Buffer): SyncTransportError => {
    const refused = syncErrorSchema.safeParse(parseJson(res, body));
    if (!refused.success) return new SyncTransportError('protocol', `HTTP ${res.status}: not a hub error`, res.status);
    const e = refused.data.error;
    return new SyncTransportError('hub', e.message, res.status, e.code, e.details ?? {});
  };

  /** A JSON answer checked with its wire schema; a refusal becomes a hub error, anything else a protocol one. */
  const answer = <S extends z.ZodType>(res: Response, body: Buffer, schema: S): z.infer<S> => {
    if (!res.ok) throw refusal(res, body);
    const parsed = schema.safeParse(parseJson(res, body));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SyncTransportError('protocol', `unexpected answer at ${issue?.path.join('.') ?? '?'}`, res.status);
    }
    return parsed.data;
  };

  const post = async <S extends z.ZodType>(path: string, body: unknown, schema: S, authed: boolean): Promise<z.infer<S>> => {
    const { res, body: got } = await exchange(path, {
      method: 'POST',
      body: JSON.stringify(body),
      contentType: 'application/json',
      accept: 'application/json',
      authed,
      ms: timeoutMs,
    });
    return answer(res, got, schema);
  };

  const blobPath = (sha256: string) => `/blobs/${encodeURIComponent(sha256)}`;

  return {
    push: (req) => post('/sync/push', req, pushResponseSchema, true),
    pull: (req) => post('/sync/pull', req, pullResponseSchema, true),
    enroll: (req) => post('/enroll', req, enrollResponseSchema, false),
    issueCode: (req) => post('/enroll/codes', req, issueCodeResponseSchema, true),
    listDevices: (req) => post('/devices/list', req, deviceListResponseSchema, true),
    revokeDevice: (req) => post('/devices/revoke', req, revokeDeviceResponseSchema, true),
    missingBlobs: (req) => post('/blobs/missing', req, blobMissingResponseSchema, true),
    putBlob: async (sha256, bytes) => {
      const { res, body } = await exchange(blobPath(sha256), {
        method: 'PUT',
        body: bytes,
        contentType: BLOB_MEDIA_TYPE,
        accept: 'application/json',
        authed: true,
        ms: blobTimeoutMs,
      });
      return answer(res, body, blobPutResponseSchema);
    },
    getBlob: async (sha256) => {
      const { res, body } = await exchange(blobPath(sha256), { method: 'GET', accept: BLOB_MEDIA_TYPE, authed: true, ms: blobTimeoutMs });
      if (!res.ok) throw refusal(res, body);
      if (res.headers.get('content-type')?.split(';')[0]?.trim() !== BLOB_MEDIA_TYPE) {
        throw new SyncTransportError('protocol', `HTTP ${res.status}: not ${BLOB_MEDIA_TYPE}`, res.status);
      }
      return body;
    },
  };
};

const describe = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ? `${err.message} (${cause.code})` : err.message;
};
