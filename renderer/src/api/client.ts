import type { BranchDeskApi } from '../../../shared/ipc/bridge';
import type { ChannelName } from '../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { ERROR_CODES } from '../../../shared/ipc/errors';
import type { AppError, ErrorCode, Result } from '../../../shared/ipc/errors';

/**
 * The only place in the renderer that touches `window.api` (exposed by the preload, or by the e2e
 * harness). Everything else talks to main through a `Client`, so tests can hand slices a fake.
 */
declare global {
  interface Window {
    api?: BranchDeskApi;
  }
}

/** Error codes that mean the session, not the request, is the problem. */
export type AuthProblem = Extract<ErrorCode, 'session_locked' | 'unauthenticated'>;

export interface Client {
  /** Calls one channel; never throws: transport failures become `internal` errors. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Registers a listener told whenever any call comes back locked or unauthenticated. */
  onAuthProblem(listener: (code: AuthProblem) => void): () => void;
}

/** Thrown by `unwrap`: carries the boundary error so the UI can map its code to a message. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'ApiError';
  }
}

export const unwrap = <T>(result: Result<T>): T => {
  if (result.ok) return result.value;
  throw new ApiError(result.error);
};

const isKnownCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

/** Main is trusted to answer with the contract's shape; anything else is reported as `internal`. */
const normalize = <T>(raw: unknown): Result<T> => {
  if (raw && typeof raw === 'object' && 'ok' in raw) {
    const r = raw as { ok: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
    if (r.ok === true) return { ok: true, value: r.value as T };
    if (r.ok === false && r.error && isKnownCode(r.error.code)) return raw as Result<T>;
  }
  return { ok: false, error: { code: 'internal', message: 'malformed reply from main' } };
};

type Invoke = (input: unknown) => Promise<unknown>;

export const createClient = (getApi: () => BranchDeskApi | undefined): Client => {
  const listeners = new Set<(code: AuthProblem) => void>();
  return {
    async call(channel, input) {
      const [domain, verb] = channel.split(':') as [string, string];
      const api = getApi() as unknown as Record<string, Record<string, Invoke> | undefined> | undefined;
      const fn = api?.[domain]?.[verb];
      if (!fn) return { ok: false, error: { code: 'internal', message: `window.api has no ${channel}` } };
      let result: Result<ChannelOutput<typeof channel>>;
      try {
        result = normalize(await fn(input));
      } catch (err) {
        result = { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
      }
      if (!result.ok && (result.error.code === 'session_locked' || result.error.code === 'unauthenticated')) {
        const code = result.error.code;
        // Public channels (login, unlock) answer these too; the listener decides what they mean.
        for (const l of listeners) l(code);
      }
      return result;
    },
    onAuthProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

/** The app's client, bound to the real `window.api`. */
export const apiClient: Client = createClient(() => (typeof window === 'undefined' ? undefined : window.api));
