/**
 * Dates as Taiwanese government forms print them: the ROC (民國) year is the Gregorian year − 1911.
 * Forms use Taiwan time (UTC+8, no daylight saving), whatever the machine's zone.
 */
const TAIPEI_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface RocDate {
  rocYear: number;
  month: number;
  day: number;
}

export const toRocDate = (instant: Date): RocDate => {
  const t = new Date(instant.getTime() + TAIPEI_OFFSET_MS);
  const year = t.getUTCFullYear();
  if (year <= 1911) throw new RangeError('date before the ROC calendar');
  return { rocYear: year - 1911, month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

/** 民國115年11月26日 */
export const formatRocDate = (instant: Date): string => {
  const d = toRocDate(instant);
  return `民國${d.rocYear}年${d.month}月${d.day}日`;
};

/** 115/11/26, the short form for tables. */
export const formatRocShort = (instant: Date): string => {
  const d = toRocDate(instant);
  return `${d.rocYear}/${String(d.month).padStart(2, '0')}/${String(d.day).padStart(2, '0')}`;
};

/** The Taiwan calendar day of an instant, as YYYY-MM-DD (the counter's "today"). */
export const taipeiDayKey = (instant: Date): string => {
  const t = new Date(instant.getTime() + TAIPEI_OFFSET_MS);
  return t.toISOString().slice(0, 10);
};
