/**
 * Day keys (YYYY-MM-DD, Taiwan days) and times of day (HH:MM) as the calendar needs them. Taiwan keeps
 * no daylight saving, so a day is always 24 hours and day arithmetic can run on UTC dates of the key.
 */

export type CalendarView = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const utcOf = (dayKey: string): number => {
  const m = DAY_KEY.exec(dayKey);
  if (!m) throw new RangeError(`not a day key: ${dayKey}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
};
const keyOf = (utcMs: number): string => new Date(utcMs).toISOString().slice(0, 10);

export const addDays = (dayKey: string, days: number): string => keyOf(utcOf(dayKey) + days * DAY_MS);

/** Whole days from `a` to `b` (negative when b is earlier). */
export const daysBetween = (a: string, b: string): number => Math.round((utcOf(b) - utcOf(a)) / DAY_MS);

/** 0 = Monday … 6 = Sunday: offices plan Monday to Friday, so weeks start on Monday. */
export const weekdayOf = (dayKey: string): number => (new Date(utcOf(dayKey)).getUTCDay() + 6) % 7;

export const isWeekend = (dayKey: string): boolean => weekdayOf(dayKey) >= 5;

/** The Monday of the week holding `dayKey`. */
export const weekStart = (dayKey: string): string => addDays(dayKey, -weekdayOf(dayKey));

/** The seven days (Monday first) of the week holding `dayKey`. */
export const weekDays = (dayKey: string): string[] => {
  const monday = weekStart(dayKey);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
};

export const monthOf = (dayKey: string): string => dayKey.slice(0, 7);

export const addMonths = (dayKey: string, months: number): string => {
  const d = new Date(utcOf(dayKey));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  // Keep the day of the month where it exists (31 Jan + 1 month → 28/29 Feb).
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return keyOf(target.getTime());
};

/**
 * The month grid holding `dayKey`: whole weeks (Monday first) from the week of the 1st to the week
 * of the last day; always six rows, so the grid does not jump in height from month to month.
 */
export const monthGridDays = (dayKey: string): string[] => {
  const first = `${monthOf(dayKey)}-01`;
  const start = weekStart(first);
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
};

/** The Taiwan day of an instant. */
export const taipeiToday = (now: number): string => keyOf(now + 8 * 3_600_000);

const HM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 09:30 → 570. */
export const hmToMinutes = (hm: string): number => {
  const m = HM.exec(hm);
  if (!m) throw new RangeError(`not a time of day: ${hm}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

/** 570 → 09:30; clamped to 00:00–23:59, since a visit never crosses midnight. */
export const minutesToHm = (minutes: number): string => {
  const m = Math.max(0, Math.min(24 * 60 - 1, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The days a view shows around `anchor` (inclusive): one day, its week, or its month's six-week grid. */
export const viewRange = (view: CalendarView, anchor: string): { fromDay: string; toDay: string } => {
  if (view === 'day') return { fromDay: anchor, toDay: anchor };
  const days = view === 'week' ? weekDays(anchor) : monthGridDays(anchor);
  return { fromDay: days[0] ?? anchor, toDay: days[days.length - 1] ?? anchor };
};

/** The anchor one view-length earlier (-1) or later (+1). */
export const stepAnchor = (view: CalendarView, anchor: string, by: -1 | 1): string =>
  view === 'day' ? addDays(anchor, by) : view === 'week' ? addDays(anchor, 7 * by) : addMonths(anchor, by);
