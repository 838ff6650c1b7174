import type { AppState } from '../types';
import type { CalendarVisit, ScheduleWarningOut, VisitRequestSummary } from './slice';

const NO_VISITS: readonly CalendarVisit[] = [];
const NO_WARNINGS: readonly ScheduleWarningOut[] = [];
const NO_REQUESTS: readonly VisitRequestSummary[] = [];

/** Visits that have a day and both times: the ones a calendar can place. */
export type PlacedVisit = CalendarVisit & { dayKey: string; startTime: string; endTime: string };
export const isPlaced = (v: CalendarVisit): v is PlacedVisit => v.dayKey !== null && v.startTime !== null && v.endTime !== null;

export const visitsSelectors = {
  calendarQuery: (s: AppState) => s.calendarQuery,
  calendar: (s: AppState) => s.calendar,
  calendarError: (s: AppState) => s.calendarError,
  /** The calendar's visits that have a date, cancelled ones left out. (derived: useShallow) */
  placedVisits: (s: AppState): PlacedVisit[] =>
    (s.calendar?.visits ?? NO_VISITS).filter((v): v is PlacedVisit => isPlaced(v) && v.status !== 'cancelled'),
  warnings: (s: AppState): readonly ScheduleWarningOut[] => s.calendar?.warnings ?? NO_WARNINGS,
  /** Visits waiting for a date, oldest first as main lists them. */
  waiting: (s: AppState): readonly CalendarVisit[] => s.waitingVisits ?? NO_VISITS,
  waitingLoaded: (s: AppState) => s.waitingVisits !== null,
  requests: (s: AppState): readonly VisitRequestSummary[] => s.visitRequests ?? NO_REQUESTS,
  requestsLoaded: (s: AppState) => s.visitRequests !== null,
  requestFilter: (s: AppState) => s.requestFilter,
  /** Requests still open: they need an answer or a visit. */
  openRequestCount: (s: AppState) => (s.visitRequests ?? NO_REQUESTS).filter((r) => r.status === 'open').length,
  visit: (s: AppState) => s.factoryVisit,
  visitError: (s: AppState) => s.factoryVisitError,
  visitRecord: (s: AppState) => s.visitRecord,
  regulations: (s: AppState) => s.regulations,
  setCalendarQuery: (s: AppState) => s.setCalendarQuery,
  loadCalendar: (s: AppState) => s.loadCalendar,
  loadWaiting: (s: AppState) => s.loadWaitingVisits,
  loadRequests: (s: AppState) => s.loadVisitRequests,
  createRequest: (s: AppState) => s.createVisitRequest,
  answerRequest: (s: AppState) => s.answerVisitRequest,
  createVisit: (s: AppState) => s.createFactoryVisit,
  scheduleVisit: (s: AppState) => s.scheduleFactoryVisit,
  rescheduleVisit: (s: AppState) => s.rescheduleFactoryVisit,
  cancelVisit: (s: AppState) => s.cancelFactoryVisit,
  loadVisit: (s: AppState) => s.loadFactoryVisit,
  buildKit: (s: AppState) => s.buildVisitKit,
  loadRecord: (s: AppState) => s.loadVisitRecord,
  saveRecord: (s: AppState) => s.saveVisitRecord,
  submitRecord: (s: AppState) => s.submitVisitRecord,
  loadRegulations: (s: AppState) => s.loadRegulations,
  pickRegulationFile: (s: AppState) => s.pickRegulationFile,
  saveRegulation: (s: AppState) => s.saveRegulation,
  removeRegulation: (s: AppState) => s.removeRegulation,
};
