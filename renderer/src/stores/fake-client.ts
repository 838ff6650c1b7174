import { buildApi } from '../../../shared/ipc/bridge';
import type { BranchDeskApi } from '../../../shared/ipc/bridge';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { ChannelName } from '../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { SyncStatusValue } from '../../../shared/ipc/contract-sync';
import type { Result } from '../../../shared/ipc/errors';
import { createClient } from '../api/client';
import { createAppStore } from './store';

export type FakeHandlers = {
  [C in ChannelName]?: (input: ChannelInput<C>) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;
};

/**
 * For unit tests: the real client over an api built the way the preload builds it, with calls
 * answered by `handlers` (unanswered channels fail as `not_found`). Records every call.
 */
export const fakeBackend = (handlers: FakeHandlers = {}) => {
  const calls: { channel: ChannelName; input: unknown }[] = [];
  const api = buildApi(CHANNELS, async (channel, input) => {
    calls.push({ channel: channel as ChannelName, input });
    const h = (handlers as Record<string, ((i: unknown) => unknown) | undefined>)[channel];
    return h ? h(input) : { ok: false, error: { code: 'not_found', message: `no fake for ${channel}` } };
  }) as unknown as BranchDeskApi;
  const client = createClient(() => api);
  const memory = new Map<string, string>();
  const storage = { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v) };
  const store = createAppStore({ client, storage });
  return { store, calls, client, storage, memory, handlers };
};

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** What sync:status answers on a desktop with no hub configured, with `pending` local changes. */
export const localSyncStatus = (pending = 0): SyncStatusValue => ({
  configured: false,
  online: null,
  syncing: false,
  lastSyncAt: null,
  lastAttemptAt: null,
  pending,
  rejected: 0,
  problem: null,
  awaitingSnapshot: false,
});
