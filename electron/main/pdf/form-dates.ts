import { formatRocDate } from '../../../shared/util/roc-date';

/**
 * Dates and times as printed on forms: ROC calendar, Taiwan time (UTC+8, no daylight saving),
 * whatever zone the machine is set to.
 */
const TAIPEI_OFFSET_MS = 8 * 60 * 60 * 1000;

const asDate = (at: Date | string): Date => {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a time: ${String(at)}`);
  return d;
};

/** 14:05 */
export const formatTaipeiTime = (at: Date | string): string => {
  const t = new Date(asDate(at).getTime() + TAIPEI_OFFSET_MS);
  return `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
};

/** 民國115年11月26日 14:05 */
export const formatRocDateTime = (at: Date | string): string =>
  `${formatRocDate(asDate(at))} ${formatTaipeiTime(at)}`;

/** A Taiwan calendar day key (YYYY-MM-DD) as 民國115年11月26日; noon avoids any edge of the day. */
export const formatRocDayKey = (dayKey: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dayKey)) throw new RangeError(`not a day key: ${dayKey}`);
  return formatRocDate(asDate(`${dayKey}T12:00:00+08:00`));
};

/** Whole minutes between two times (0 when the end is missing or before the start). */
export const minutesBetween = (from: string, to: string): number =>
  Math.max(0, Math.round((asDate(to).getTime() - asDate(from).getTime()) / 60_000));

/** 95 → 1小時35分; 40 → 40分 */
export const formatDuration = (minutes: number): string => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h}小時${m}分` : `${m}分`;
};
