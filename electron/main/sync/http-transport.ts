import type { z } from 'zod';
import {
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
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

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
  const base = hub.url.replace(/\/+$/, '');

  const post = async <S extends z.ZodType>(path: string, body: unknown, schema: S, authed: boolean): Promise<z.infer<S>> => {
    if (authed && hub.token === null) throw new SyncTransportError('hub', 'this device has no token yet', 401, 'UNAUTHENTICATED');
    let res: Response;
    let text: string;
    try {
      res = await doFetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(authed && hub.token !== null ? { authorization: `Bearer ${hub.token}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      text = await res.text();
    } catch (err) {
      const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
      throw new SyncTransportError('network', timedOut ? `no answer within ${timeoutMs} ms` : describe(err));
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SyncTransportError('protocol', `HTTP ${res.status}: not JSON`, res.status);
    }
    if (!res.ok) {
      const refused = syncErrorSchema.safeParse(json);
      if (!refused.success) throw new SyncTransportError('protocol', `HTTP ${res.status}: not a hub error`, res.status);
      const e = refused.data.error;
      throw new SyncTransportError('hub', e.message, res.status, e.code, e.details ?? {});
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SyncTransportError('protocol', `unexpected answer at ${issue?.path.join('.') ?? '?'}`, res.status);
    }
    return parsed.data;
  };

  return {
    push: (req) => post('/sync/push', req, pushResponseSchema, true),
    pull: (req) => post('/sync/pull', req, pullResponseSchema, true),
    enroll: (req) => post('/enroll', req, enrollResponseSchema, false),
    issueCode: (req) => post('/enroll/codes', req, issueCodeResponseSchema, true),
    listDevices: (req) => post('/devices/list', req, deviceListResponseSchema, true),
    revokeDevice: (req) => post('/devices/revoke', req, revokeDeviceResponseSchema, true),
  };
};

const describe = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ? `${err.message} (${cause.code})` : err.message;
};
