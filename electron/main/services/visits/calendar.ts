import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { CalendarVisit, ScheduleWarningOut } from '../../../../shared/ipc/contract-visits';
import { AppFailure } from '../../../../shared/ipc/errors';
import { areaOf, scheduleWarnings } from '../../../../shared/domain/visit';
import type { CalendarRow, VisitCalendarQueries } from '../../db/queries/visit-calendar';
import type { VisitLookups } from './lookups';

/** The widest range one calendar call returns: a month view with the neighbouring weeks shown. */
export const MAX_CALENDAR_DAYS = 62;

const dayIndex = (dayKey: string): number => Date.parse(`${dayKey}T00:00:00Z`) / 86_400_000;

/** The calendar (day / week / month; by inspector or unit), the waiting list, and the warnings of a schedule. */
export const createCalendarService = (q: VisitCalendarQueries, names: VisitLookups) => {
  const toCalendarVisit = (r: CalendarRow): CalendarVisit => ({
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
    inspectors: (JSON.parse(r.inspector_ids) as string[]).map((staffId) => ({ staffId, name: names.staffName(staffId) })),
  });

  /** Warnings with names; `visits` are placed visits (day and times set). */
  const warningsOf = (
    visits: readonly { id: string; inspectorIds: string[]; address: string; status: CalendarRow['status']; dayKey: string | null; startTime: string | null; endTime: string | null }[],
  ): ScheduleWarningOut[] =>
    scheduleWarnings(
      visits.flatMap((v) =>
        v.dayKey && v.startTime && v.endTime ? [{ ...v, dayKey: v.dayKey, startTime: v.startTime, endTime: v.endTime }] : [],
      ),
    ).map((w) => ({ ...w, staffName: names.staffName(w.staffId) }));

  const placed = (r: CalendarRow) => ({
    id: r.id,
    inspectorIds: JSON.parse(r.inspector_ids) as string[],
    address: r.address,
    status: r.status,
    dayKey: r.day_key,
    startTime: r.start_time,
    endTime: r.end_time,
  });

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
      // An inspector's warnings depend on all their visits, not only the unit's shown: judge the shown
      // inspectors over the whole range when the view is narrowed to a unit.
      const judged = i.unitId && !i.inspectorId ? q.range(i.fromDay, i.toDay) : rows;
      const shownStaff = new Set(rows.flatMap((r) => JSON.parse(r.inspector_ids) as string[]));
      const warnings = warningsOf(judged.map(placed)).filter(
        (w) => shownStaff.has(w.staffId) && (!i.inspectorId || w.staffId === i.inspectorId),
      );
      return { visits: rows.map(toCalendarVisit), warnings };
    },

    waiting(i: ChannelInput<'visit:waiting'>): ChannelOutput<'visit:waiting'> {
      return q
        .waiting()
        .filter((r) => (!i.unitId || r.unit_id === i.unitId) && (!i.inspectorId || (JSON.parse(r.inspector_ids) as string[]).includes(i.inspectorId)))
        .map(toCalendarVisit);
    },

    /** The warnings on a visit's day that involve it (after scheduling it, or on its page). */
    warningsAround(visitId: string): ScheduleWarningOut[] {
      const row = q.one(visitId);
      if (!row?.day_key) return [];
      const sameDay = q.onDays([row.day_key]).map((v) => ({
        id: v.id,
        inspectorIds: JSON.parse(v.inspector_ids) as string[],
        address: v.address,
        status: v.status,
        dayKey: v.day_key,
        startTime: v.start_time,
        endTime: v.end_time,
      }));
      return warningsOf(sameDay).filter((w) => w.visitIds.includes(visitId));
    },

    one(visitId: string): CalendarVisit {
      const r = q.one(visitId);
      if (!r) throw new AppFailure('not_found', 'visit not found');
      return toCalendarVisit(r);
    },
  };
};
export type CalendarService = ReturnType<typeof createCalendarService>;
