import type { StaffAbsence } from '../../../../shared/domain/escort';
import type { SignDeputy } from '../../../../shared/domain/record-sheet';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/errors';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

type Saved = Result<{ id: string }>;
type Done = Result<{ done: true }>;

/** Admin data about who stands in and who is away: signing deputies (代理人) and absences (請假/公出). */
export interface StaffingSlice {
  deputies: SignDeputy[];
  deputiesLoaded: boolean;
  /** The day whose absences are cached (YYYY-MM-DD, Taiwan time). */
  absenceDay: string | null;
  absences: StaffAbsence[];
  staffingError: AppError | null;
  loadDeputies(): Promise<Result<SignDeputy[]>>;
  saveDeputy(input: ChannelInput<'deputy:save'>): Promise<Saved>;
  loadAbsences(dayKey: string): Promise<Result<StaffAbsence[]>>;
  saveAbsence(input: ChannelInput<'absence:save'>): Promise<Saved>;
  removeDeputy(deputyId: string): Promise<Done>;
  removeAbsence(absenceId: string): Promise<Done>;
  clearStaffing(): void;
}

type StaffingCache = Pick<StaffingSlice, 'deputies' | 'deputiesLoaded' | 'absenceDay' | 'absences' | 'staffingError'>;
const empty = (): StaffingCache => ({ deputies: [], deputiesLoaded: false, absenceDay: null, absences: [], staffingError: null });

export const createStaffingSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): StaffingSlice => ({
    ...empty(),
    async loadDeputies() {
      const r = await deps.client.call('deputy:list', {});
      set(r.ok ? { deputies: r.value, deputiesLoaded: true, staffingError: null } : { staffingError: r.error });
      return r;
    },
    async saveDeputy(input) {
      const r = await deps.client.call('deputy:save', input);
      if (r.ok) await Promise.all([get().loadDeputies(), get().refreshSync()]);
      return r;
    },
    async loadAbsences(dayKey) {
      set({ absenceDay: dayKey, ...(get().absenceDay === dayKey ? {} : { absences: [] }) });
      const r = await deps.client.call('absence:list', { dayKey });
      // Only the answer for the day still asked for is kept (the person may have moved on).
      if (get().absenceDay === dayKey) set(r.ok ? { absences: r.value, staffingError: null } : { staffingError: r.error });
      return r;
    },
    async saveAbsence(input) {
      const r = await deps.client.call('absence:save', input);
      const day = get().absenceDay;
      if (r.ok) await Promise.all([day ? get().loadAbsences(day) : null, get().refreshSync()]);
      return r;
    },
    async removeDeputy(deputyId) {
      const r = await deps.client.call('deputy:remove', { deputyId });
      // Refused as unknown: someone removed it already; either way the list is read again.
      if (r.ok || r.error.code === 'rejected') await Promise.all([get().loadDeputies(), r.ok ? get().refreshSync() : null]);
      return r;
    },
    async removeAbsence(absenceId) {
      const r = await deps.client.call('absence:remove', { absenceId });
      const day = get().absenceDay;
      if ((r.ok || r.error.code === 'rejected') && day) await Promise.all([get().loadAbsences(day), r.ok ? get().refreshSync() : null]);
      return r;
    },
    clearStaffing: () => set(empty()),
  });
