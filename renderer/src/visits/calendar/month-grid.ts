import { monthGridDays, monthOf } from './calendar-dates';

export interface DayItem {
  id: string;
  dayKey: string;
  /** Minutes after midnight; orders a day's visits. */
  start: number;
}

export interface MonthCell<T extends DayItem> {
  dayKey: string;
  /** The day belongs to the month shown (the grid's leading and trailing days are greyed). */
  inMonth: boolean;
  /** The visits drawn in the cell, earliest first. */
  shown: T[];
  /** How many more the cell holds than it shows ("+N 筆"); 0 when all fit. */
  more: number;
  total: number;
}

/**
 * The month view: 6 weeks × 7 days around `dayKey`'s month, each cell with at most `lines` lines.
 * When a day has more visits than lines, the last line becomes "+N" (so N ≥ 2 is never hidden
 * behind a single line that could have shown a visit itself: with `lines` 3 and 3 visits, all 3 show).
 */
export const monthCells = <T extends DayItem>(items: readonly T[], dayKey: string, lines: number): MonthCell<T>[] => {
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    const list = byDay.get(item.dayKey);
    if (list) list.push(item);
    else byDay.set(item.dayKey, [item]);
  }
  const month = monthOf(dayKey);
  return monthGridDays(dayKey).map((d) => {
    const all = [...(byDay.get(d) ?? [])].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
    const fits = all.length <= lines;
    const shown = fits ? all : all.slice(0, Math.max(0, lines - 1));
    return { dayKey: d, inMonth: monthOf(d) === month, shown, more: all.length - shown.length, total: all.length };
  });
};
