import type { AppStatus, ChannelOutput } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/errors';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export type SyncStatus = ChannelOutput<'sync:status'>;

/** What main says about the app as a whole: database state, version, sync. */
export interface SystemSlice {
  status: AppStatus | null;
  /** app:status itself failed (main unreachable): nothing else can work. */
  bootError: AppError | null;
  sync: SyncStatus | null;
  /** Reads app:status and, when the data set is ready, who is signed in. */
  boot(): Promise<void>;
  refreshSync(): Promise<void>;
}

export const createSystemSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): SystemSlice => ({
    status: null,
    bootError: null,
    sync: null,
    async boot() {
      const r = await deps.client.call('app:status', {});
      if (!r.ok) {
        set({ status: null, bootError: r.error });
        return;
      }
      set({ status: r.value, bootError: null });
      if (r.value.state === 'ready') await get().refreshSession();
      else set({ session: null, locked: false, sessionChecked: true });
    },
    async refreshSync() {
      const r = await deps.client.call('sync:status', {});
      // A locked or ended session is handled by the client's auth listener; keep the last value.
      if (r.ok) set({ sync: r.value });
    },
  });
