import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { CalendarVisit, ScheduleWarningOut } from '../../../../shared/ipc/contract-visits';
import { AppFailure } from '../../../../shared/ipc/errors';
import { areaOf, scheduleWarnings } from '../../../../shared/domain/visit';
import type { CalendarRow, PlacedRow, VisitCalendarQueries } from '../../db/queries/visit-calendar';
import type { VisitLookups } from './lookups';

/** The widest range one calendar call returns: a month view with the neighbouring weeks shown. */
export const MAX_CALENDAR_DAYS = 62;

const dayIndex = (dayKey: string): number => Date.parse(`${dayKey}T00:00:00Z`) / 86_400_000;
const idsOf = (json: string): string[] => JSON.parse(json) as string[];

const toPlaced = (r: PlacedRow, inspectorIds = idsOf(r.inspector_ids)) => ({
  id: r.id,
  inspectorIds,
  address: r.address,
  status: r.status,
  dayKey: r.day_key,
  startTime: r.start_time,
  endTime: r.end_time,
});

/** The calendar (day / week / month; by inspector or unit), the waiting list, and the warnings of a schedule. */
export const createCalendarService = (q: VisitCalendarQueries, names: VisitLookups) => {
  const toCalendarVisit = (r: CalendarRow, nameOf: (id: string) => string, inspectorIds = idsOf(r.inspector_ids)): CalendarVisit => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    status: r.status,
    occasion: r.occasion,
    mode: r.mode,
    companyName: r.company_name,
    address: r.address,
    area: areaOf(r.address),
    dayKey: r.day_key,
    startTime: r.start_time,
    endTime: r.end_time,
    inspectors: inspectorIds.map((staffId) => ({ staffId, name: nameOf(staffId) })),
  });

  const named = (visits: ReturnType<typeof toPlaced>[], nameOf: (id: string) => string): ScheduleWarningOut[] =>
    scheduleWarnings(visits).map((w) => ({ ...w, staffName: nameOf(w.staffId) }));

  return {
    calendar(i: ChannelInput<'visit:calendar'>): ChannelOutput<'visit:calendar'> {
      const span = dayIndex(i.toDay) - dayIndex(i.fromDay);
      if (!(span >= 0 && span < MAX_CALENDAR_DAYS)) {
        throw new AppFailure('invalid_input', `a calendar range is 1 to ${MAX_CALENDAR_DAYS} days, from before to`);
      }
      const rows = i.inspectorId
        ? q.rangeOfInspector(i.inspectorId, i.fromDay, i.toDay).filter((r) => !i.unitId || r.unit_id === i.unitId)
        : i.unitId
          ? q.rangeOfUnit(i.unitId, i.fromDay, i.toDay)
          : q.range(i.fromDay, i.toDay);
      const nameOf = names.staffNames();
      const ids = rows.map((r) => idsOf(r.inspector_ids));
      const visits = rows.map((r, k) => toCalendarVisit(r, nameOf, ids[k]));
      // An inspector's warnings depend on all their visits, not only those shown: a view narrowed to a unit
      // (or to an inspector within a unit) judges the shown inspectors over all their visits in the range.
      const shownStaff = [...new Set(i.inspectorId ? [i.inspectorId] : ids.flat())];
      const narrowed = i.unitId !== undefined;
      const judged = narrowed
        ? q.placedOfStaff(shownStaff, i.fromDay, i.toDay).map((r) => toPlaced(r))
        : rows.flatMap((r, k) => (r.day_key && r.start_time && r.end_time ? [toPlaced({ ...r, day_key: r.day_key, start_time: r.start_time, end_time: r.end_time }, ids[k])] : []));
      const shown = new Set(shownStaff);
      return { visits, warnings: named(judged, nameOf).filter((w) => shown.has(w.staffId)) };
    },

    waiting(i: ChannelInput<'visit:waiting'>): ChannelOutput<'visit:waiting'> {
      const nameOf = names.staffNames();
      return q
        .waiting()
        .filter((r) => (!i.unitId || r.unit_id === i.unitId) && (!i.inspectorId || idsOf(r.inspector_ids).includes(i.inspectorId)))
        .map((r) => toCalendarVisit(r, nameOf));
    },

    /** The warnings on a visit's day that involve it (after scheduling it, or on its page). */
    warningsAround(visitId: string): ScheduleWarningOut[] {
      const row = q.one(visitId);
      if (!row?.day_key) return [];
      return named(q.placedOnDays([row.day_key]).map((r) => toPlaced(r)), names.staffNames()).filter((w) => w.visitIds.includes(visitId));
    },

    one(visitId: string): CalendarVisit {
      const r = q.one(visitId);
      if (!r) throw new AppFailure('not_found', 'visit not found');
      return toCalendarVisit(r, names.staffNames());
    },
  };
};
export type CalendarService = ReturnType<typeof createCalendarService>;
