import { hmToMinutes } from './calendar-dates';
import type { Slot } from './reschedule';

/** What the calendar draws of a visit: its day, times and who goes. */
export interface CalendarEntry {
  id: string;
  dayKey: string;
  startTime: string;
  endTime: string;
  inspectors: readonly { staffId: string; name: string }[];
}

export interface GridColumn<V extends CalendarEntry> {
  key: string;
  dayKey: string;
  /** The inspector a by-inspector column is for; null for a day column. */
  staffId: string | null;
  name: string | null;
  visits: V[];
}

export const slotOf = (v: CalendarEntry): Slot => ({
  dayKey: v.dayKey,
  start: hmToMinutes(v.startTime),
  end: hmToMinutes(v.endTime),
});

/** The week view: one column per day. */
export const dayColumns = <V extends CalendarEntry>(visits: readonly V[], days: readonly string[]): GridColumn<V>[] =>
  days.map((d) => ({ key: d, dayKey: d, staffId: null, name: null, visits: visits.filter((v) => v.dayKey === d) }));

/**
 * The day view, by inspector: one column per inspector with a visit that day (a visit with two
 * inspectors shows in both columns, as each of them is busy), by name; `only` keeps one inspector's
 * column even when it is empty. With nobody busy, a single empty day column.
 */
export const inspectorColumns = <V extends CalendarEntry>(
  visits: readonly V[],
  dayKey: string,
  only: { staffId: string; name: string } | null,
): GridColumn<V>[] => {
  const today = visits.filter((v) => v.dayKey === dayKey);
  const people = new Map<string, string>();
  if (only) people.set(only.staffId, only.name);
  else for (const v of today) for (const p of v.inspectors) people.set(p.staffId, p.name);
  if (people.size === 0) return [{ key: dayKey, dayKey, staffId: null, name: null, visits: [] }];
  return [...people]
    .sort(([, a], [, b]) => a.localeCompare(b, 'zh-Hant'))
    .map(([staffId, name]) => ({
      key: staffId,
      dayKey,
      staffId,
      name,
      visits: today.filter((v) => v.inspectors.some((p) => p.staffId === staffId)),
    }));
};
