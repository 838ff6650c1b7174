import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type {
  CalendarVisit,
  RegulationInput,
  RegulationOut,
  ScheduleWarningOut,
  VisitDetailOut,
  VisitRecordView,
  VisitRequestSummary,
  VisitSlot,
} from '../../../../shared/ipc/contract-visits';
import type { AppError, Result } from '../../../../shared/ipc/errors';
import type { VisitSheetContent } from '../../../../shared/mutations/visit-sheet';
import { taipeiToday, viewRange } from '../../visits/calendar/calendar-dates';
import type { CalendarView } from '../../visits/calendar/calendar-dates';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export type { CalendarVisit, ScheduleWarningOut, VisitDetailOut, VisitRecordView, VisitRequestSummary, VisitSlot };
export type RequestFilter = ChannelInput<'visitRequest:list'>['status'];
type Scheduled = Result<ChannelOutput<'visit:create'>>;
type KitResult = Result<ChannelOutput<'visit:kit'>>;

export interface CalendarQuery {
  view: CalendarView;
  /** A day inside the period shown. */
  anchor: string;
  inspectorId: string | null;
  unitId: string | null;
}

export interface CalendarData {
  fromDay: string;
  toDay: string;
  visits: CalendarVisit[];
  warnings: ScheduleWarningOut[];
}

/**
 * 訪廠排程: the calendar (what it shows and its answer), visits waiting for a date, requests, the visit
 * open on its page with its 附件1, and the regulations library. Main is the truth: every accepted
 * change re-reads what it touched; only a drag shows its new place before main answers.
 */
export interface VisitsSlice {
  calendarQuery: CalendarQuery;
  calendar: CalendarData | null;
  calendarError: AppError | null;
  waitingVisits: CalendarVisit[] | null;
  visitRequests: VisitRequestSummary[] | null;
  requestFilter: RequestFilter;
  factoryVisit: VisitDetailOut | null;
  factoryVisitError: AppError | null;
  visitRecord: (VisitRecordView & { visitId: string }) | null;
  regulations: RegulationOut[] | null;
  setCalendarQuery(patch: Partial<CalendarQuery>): Promise<void>;
  loadCalendar(): Promise<Result<ChannelOutput<'visit:calendar'>>>;
  loadWaitingVisits(): Promise<Result<CalendarVisit[]>>;
  loadVisitRequests(filter?: RequestFilter): Promise<Result<VisitRequestSummary[]>>;
  createVisitRequest(input: ChannelInput<'visitRequest:create'>): Promise<Result<{ requestId: string }>>;
  answerVisitRequest(input: ChannelInput<'visitRequest:answer'>): Promise<Result<ChannelOutput<'visitRequest:answer'>>>;
  createFactoryVisit(input: ChannelInput<'visit:create'>): Promise<Scheduled>;
  scheduleFactoryVisit(visitId: string, slot: VisitSlot, inspectorIds: string[]): Promise<Scheduled>;
  /** Moves a visit; the calendar shows it at its new place at once and goes back if main refuses. */
  rescheduleFactoryVisit(visitId: string, slot: VisitSlot): Promise<Scheduled>;
  cancelFactoryVisit(visitId: string, reason: string): Promise<Result<{ visitId: string }>>;
  loadFactoryVisit(visitId: string): Promise<Result<VisitDetailOut>>;
  buildVisitKit(visitId: string, open: boolean): Promise<KitResult>;
  loadVisitRecord(visitId: string): Promise<Result<VisitRecordView>>;
  saveVisitRecord(visitId: string, content: VisitSheetContent): Promise<Result<{ recordId: string }>>;
  submitVisitRecord(visitId: string): Promise<Result<{ recordId: string }>>;
  loadRegulations(): Promise<Result<RegulationOut[]>>;
  pickRegulationFile(): Promise<Result<{ path: string | null }>>;
  saveRegulation(input: RegulationInput): Promise<Result<{ id: string }>>;
  removeRegulation(regulationId: string): Promise<Result<{ done: true }>>;
  clearVisits(): void;
}

type VisitsCache = Pick<
  VisitsSlice,
  | 'calendarQuery'
  | 'calendar'
  | 'calendarError'
  | 'waitingVisits'
  | 'visitRequests'
  | 'requestFilter'
  | 'factoryVisit'
  | 'factoryVisitError'
  | 'visitRecord'
  | 'regulations'
>;

const empty = (now: number): VisitsCache => ({
  calendarQuery: { view: 'week', anchor: taipeiToday(now), inspectorId: null, unitId: null },
  calendar: null,
  calendarError: null,
  waitingVisits: null,
  visitRequests: null,
  requestFilter: 'open',
  factoryVisit: null,
  factoryVisitError: null,
  visitRecord: null,
  regulations: null,
});

export const createVisitsSlice =
  (deps: StoreDeps & { now?: () => number }) =>
  (set: SliceSet, get: SliceGet): VisitsSlice => {
    const now = deps.now ?? Date.now;
    let calendarAsked = 0;
    /** After an accepted change: every list that may show it, the open visit, and the outbox count. */
    const reread = async (visitId: string | null) => {
      const open = visitId !== null && get().factoryVisit?.visit.id === visitId;
      await Promise.all([
        get().calendar ? get().loadCalendar() : null,
        get().waitingVisits ? get().loadWaitingVisits() : null,
        get().visitRequests ? get().loadVisitRequests() : null,
        open && visitId ? get().loadFactoryVisit(visitId) : null,
        get().refreshSync(),
      ]);
    };
    const written = async <T>(r: Promise<Result<T>>, visitId: (v: T) => string | null): Promise<Result<T>> => {
      const result = await r;
      if (result.ok) await reread(visitId(result.value));
      return result;
    };
    return {
      ...empty(now()),
      async setCalendarQuery(patch) {
        set({ calendarQuery: { ...get().calendarQuery, ...patch } });
        await get().loadCalendar();
      },
      async loadCalendar() {
        const q = get().calendarQuery;
        const range = viewRange(q.view, q.anchor);
        const mine = ++calendarAsked;
        const r = await deps.client.call('visit:calendar', {
          ...range,
          ...(q.inspectorId ? { inspectorId: q.inspectorId } : {}),
          ...(q.unitId ? { unitId: q.unitId } : {}),
        });
        // Only the answer to the latest question is kept (views and filters change quickly).
        if (mine === calendarAsked) {
          set(r.ok ? { calendar: { ...range, ...r.value }, calendarError: null } : { calendarError: r.error });
        }
        return r;
      },
      async loadWaitingVisits() {
        const r = await deps.client.call('visit:waiting', {});
        if (r.ok) set({ waitingVisits: r.value });
        return r;
      },
      async loadVisitRequests(filter) {
        const status = filter ?? get().requestFilter;
        set({ requestFilter: status });
        const r = await deps.client.call('visitRequest:list', { status });
        if (r.ok && get().requestFilter === status) set({ visitRequests: r.value });
        return r;
      },
      createVisitRequest: (input) => written(deps.client.call('visitRequest:create', input), () => null),
      answerVisitRequest: (input) => written(deps.client.call('visitRequest:answer', input), (v) => v.visitId),
      createFactoryVisit: (input) => written(deps.client.call('visit:create', input), (v) => v.visitId),
      scheduleFactoryVisit: (visitId, slot, inspectorIds) =>
        written(deps.client.call('visit:schedule', { visitId, slot, inspectorIds }), () => visitId),
      async rescheduleFactoryVisit(visitId, slot) {
        const before = get().calendar;
        if (before) {
          set({
            calendar: { ...before, visits: before.visits.map((v) => (v.id === visitId ? { ...v, ...slot } : v)) },
          });
        }
        const r = await deps.client.call('visit:reschedule', { visitId, slot });
        if (r.ok) await reread(visitId);
        else if (before && get().calendar?.fromDay === before.fromDay) await get().loadCalendar();
        return r;
      },
      cancelFactoryVisit: (visitId, reason) => written(deps.client.call('visit:cancel', { visitId, reason }), () => visitId),
      async loadFactoryVisit(visitId) {
        const r = await deps.client.call('visit:get', { visitId });
        if (r.ok) set({ factoryVisit: r.value, factoryVisitError: null });
        else set({ factoryVisitError: r.error, ...(get().factoryVisit?.visit.id === visitId ? {} : { factoryVisit: null }) });
        return r;
      },
      async buildVisitKit(visitId, open) {
        const r = await deps.client.call('visit:kit', { visitId, open });
        if (r.ok && get().factoryVisit?.visit.id === visitId) await get().loadFactoryVisit(visitId);
        return r;
      },
      async loadVisitRecord(visitId) {
        const r = await deps.client.call('visitRecord:get', { visitId });
        if (r.ok) set({ visitRecord: { ...r.value, visitId } });
        return r;
      },
      async saveVisitRecord(visitId, content) {
        const r = await deps.client.call('visitRecord:update', { visitId, content });
        if (r.ok) {
          const cur = get().visitRecord;
          // Keep the view's copy in step without a round trip per keystroke; `missing` is re-read on submit.
          if (cur?.visitId === visitId) set({ visitRecord: { ...cur, recordId: r.value.recordId, status: cur.status ?? 'draft', content } });
          void get().refreshSync();
        }
        return r;
      },
      async submitVisitRecord(visitId) {
        const r = await deps.client.call('visitRecord:submit', { visitId });
        await Promise.all([get().loadVisitRecord(visitId), r.ok ? reread(visitId) : null]);
        return r;
      },
      async loadRegulations() {
        const r = await deps.client.call('regulation:list', {});
        if (r.ok) set({ regulations: r.value });
        return r;
      },
      pickRegulationFile: () => deps.client.call('regulation:pickFile', {}),
      async saveRegulation(input) {
        const r = await deps.client.call('regulation:save', input);
        if (r.ok) await Promise.all([get().loadRegulations(), get().refreshSync()]);
        return r;
      },
      async removeRegulation(regulationId) {
        const r = await deps.client.call('regulation:remove', { regulationId });
        if (r.ok) await Promise.all([get().loadRegulations(), get().refreshSync()]);
        return r;
      },
      clearVisits: () => set(empty(now())),
    };
  };
