import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { SyncDevice, SyncRejection, SyncSettings, SyncStatusValue } from '../../../../shared/ipc/contract-sync';
import type { AppError, Result } from '../../../../shared/ipc/errors';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export type IssuedCode = ChannelOutput<'sync:issueCode'>;

/**
 * Sync with the hub as the UI sees it: the rejected mutations (the panel), the 同步 settings tab,
 * enrollment, and joining a branch on the first-run screen. The status itself is the system
 * slice's `sync` (polled with the rest of the passive state); every action here refreshes it.
 */
export interface SyncSlice {
  syncRejections: SyncRejection[];
  syncRejectionsLoaded: boolean;
  rejectionsOpen: boolean;
  syncSettings: SyncSettings | null;
  issuedCode: IssuedCode | null;
  /** The branch's desktops as the hub last listed them (null: not read, or the hub could not be asked). */
  syncDevices: SyncDevice[] | null;
  syncDevicesError: AppError | null;
  syncRunning: boolean;
  syncError: AppError | null;
  loadSyncRejections(): Promise<Result<SyncRejection[]>>;
  dismissRejection(mutationId: string): Promise<Result<{ done: true }>>;
  setRejectionsOpen(open: boolean): void;
  syncNow(): Promise<Result<SyncStatusValue>>;
  loadSyncSettings(): Promise<Result<SyncSettings>>;
  saveSyncSettings(input: ChannelInput<'sync:saveSettings'>): Promise<Result<SyncSettings>>;
  enrollSync(input: ChannelInput<'sync:enroll'>): Promise<Result<SyncStatusValue>>;
  issueEnrollmentCode(): Promise<Result<IssuedCode>>;
  loadSyncDevices(): Promise<Result<SyncDevice[]>>;
  /** Revokes another desktop of the branch; the list is read again either way. */
  revokeSyncDevice(deviceId: string): Promise<Result<{ done: true }>>;
  /** First run: join an existing branch; on success the app boots again (the login screen). */
  joinBranch(input: ChannelInput<'sync:join'>): Promise<Result<SyncStatusValue>>;
  clearSync(): void;
}

type SyncCache = Pick<
  SyncSlice,
  | 'syncRejections'
  | 'syncRejectionsLoaded'
  | 'rejectionsOpen'
  | 'syncSettings'
  | 'issuedCode'
  | 'syncDevices'
  | 'syncDevicesError'
  | 'syncRunning'
  | 'syncError'
>;
const empty = (): SyncCache => ({
  syncRejections: [],
  syncRejectionsLoaded: false,
  rejectionsOpen: false,
  syncSettings: null,
  issuedCode: null,
  syncDevices: null,
  syncDevicesError: null,
  syncRunning: false,
  syncError: null,
});

export const createSyncSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): SyncSlice => {
    /** A run happened (or settings changed): the status and, if shown, the rejections are read again. */
    const afterRun = async (status: SyncStatusValue | null) => {
      if (status) set({ sync: status });
      else await get().refreshSync();
      if (get().rejectionsOpen || get().syncRejectionsLoaded) await get().loadSyncRejections();
    };
    return {
      ...empty(),
      async loadSyncRejections() {
        const r = await deps.client.call('sync:rejections', {});
        set(r.ok ? { syncRejections: r.value, syncRejectionsLoaded: true, syncError: null } : { syncError: r.error });
        return r;
      },
      async dismissRejection(mutationId) {
        const r = await deps.client.call('sync:dismiss', { mutationId });
        // Not found: dismissed elsewhere already; either way the list and the badge are read again.
        if (r.ok || r.error.code === 'not_found') await Promise.all([get().loadSyncRejections(), get().refreshSync()]);
        return r;
      },
      setRejectionsOpen(open) {
        set({ rejectionsOpen: open });
        if (open) void get().loadSyncRejections();
      },
      async syncNow() {
        set({ syncRunning: true });
        const r = await deps.client.call('sync:now', {});
        set({ syncRunning: false, ...(r.ok ? { syncError: null } : { syncError: r.error }) });
        await afterRun(r.ok ? r.value : null);
        return r;
      },
      async loadSyncSettings() {
        const r = await deps.client.call('sync:settings', {});
        set(r.ok ? { syncSettings: r.value, syncError: null } : { syncError: r.error });
        return r;
      },
      async saveSyncSettings(input) {
        const r = await deps.client.call('sync:saveSettings', input);
        if (r.ok) set({ syncSettings: r.value });
        await afterRun(null);
        return r;
      },
      async enrollSync(input) {
        set({ syncRunning: true });
        const r = await deps.client.call('sync:enroll', input);
        set({ syncRunning: false });
        await Promise.all([afterRun(r.ok ? r.value : null), get().loadSyncSettings()]);
        return r;
      },
      async issueEnrollmentCode() {
        const r = await deps.client.call('sync:issueCode', {});
        set(r.ok ? { issuedCode: r.value } : { issuedCode: null });
        return r;
      },
      async loadSyncDevices() {
        const r = await deps.client.call('sync:devices', {});
        set(r.ok ? { syncDevices: r.value, syncDevicesError: null } : { syncDevices: null, syncDevicesError: r.error });
        return r;
      },
      async revokeSyncDevice(deviceId) {
        const r = await deps.client.call('sync:revokeDevice', { deviceId });
        await get().loadSyncDevices();
        return r;
      },
      async joinBranch(input) {
        set({ syncRunning: true });
        const r = await deps.client.call('sync:join', input);
        set({ syncRunning: false, ...(r.ok ? { sync: r.value } : {}) });
        if (r.ok) await get().boot();
        return r;
      },
      clearSync() {
        set(empty());
      },
    };
  };
