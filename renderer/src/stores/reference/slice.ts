import type { Branch, BusinessItem, Parameter, ParameterKey, Unit } from '../../../../shared/domain/reference';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/errors';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export type StaffRow = ChannelOutput<'staff:list'>[number];
type Saved = Result<{ id: string }>;
type Done = Result<{ done: true }>;

/**
 * A cached copy of the reference data (基本資料) in main's database. Edits go to main; on success the
 * affected lists are read back, so the cache never holds something main did not store.
 */
export interface ReferenceSlice {
  branch: Branch | null;
  units: Unit[];
  businessItems: BusinessItem[];
  parameters: Parameter[];
  staff: StaffRow[];
  referenceLoaded: boolean;
  staffLoaded: boolean;
  loadReference(): Promise<Result<ChannelOutput<'reference:get'>>>;
  loadStaff(): Promise<Result<StaffRow[]>>;
  saveUnit(input: ChannelInput<'unit:save'>): Promise<Saved>;
  saveStaff(input: ChannelInput<'staff:save'>): Promise<Saved>;
  setStaffPassword(staffId: string, newPassword: string): Promise<Done>;
  saveBusinessItem(input: ChannelInput<'businessItem:save'>): Promise<Saved>;
  setParameter(key: ParameterKey, value: number): Promise<Done>;
  loadDemo(): Promise<Result<ChannelOutput<'demo:load'>>>;
  clearReference(): void;
}

type CachedReference = Pick<
  ReferenceSlice,
  'branch' | 'units' | 'businessItems' | 'parameters' | 'staff' | 'referenceLoaded' | 'staffLoaded'
>;
const empty = (): CachedReference => ({
  branch: null,
  units: [],
  businessItems: [],
  parameters: [],
  staff: [],
  referenceLoaded: false,
  staffLoaded: false,
});

export const createReferenceSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): ReferenceSlice => {
    /** Runs a write and, if main accepted it, re-reads what it changed. */
    const write = async <T>(result: Promise<Result<T>>, reload: ReadonlyArray<() => Promise<unknown>>) => {
      const r = await result;
      // Every accepted write adds to the outbox, so the pending count is re-read too.
      if (r.ok) await Promise.all([...reload, get().refreshSync].map((f) => f()));
      return r;
    };
    return {
      ...empty(),
      async loadReference() {
        const r = await deps.client.call('reference:get', {});
        if (r.ok) {
          const { branch, units, businessItems, parameters } = r.value;
          set({ branch, units, businessItems, parameters, referenceLoaded: true });
        }
        return r;
      },
      async loadStaff() {
        const r = await deps.client.call('staff:list', {});
        if (r.ok) set({ staff: r.value, staffLoaded: true });
        return r;
      },
      saveUnit: (input) => write(deps.client.call('unit:save', input), [get().loadReference, get().refreshSession]),
      saveStaff: (input) => write(deps.client.call('staff:save', input), [get().loadStaff, get().refreshSession]),
      setStaffPassword: (staffId, newPassword) =>
        write(deps.client.call('staff:setPassword', { staffId, newPassword }), [get().loadStaff]),
      saveBusinessItem: (input) => write(deps.client.call('businessItem:save', input), [get().loadReference]),
      setParameter: (key, value) =>
        write(deps.client.call('parameter:set', { key, value }), [get().loadReference, get().refreshSession]),
      loadDemo: () => write(deps.client.call('demo:load', {}), [get().loadReference, get().loadStaff]),
      clearReference: () => set(empty()),
    };
  };
