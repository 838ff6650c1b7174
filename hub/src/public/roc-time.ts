const TAIPEI_OFFSET_MS = 8 * 60 * 60 * 1000;
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * 民國115年11月27日 09:30 — Taiwan time (UTC+8, no daylight saving), whatever the hub machine's
 * zone; the same date as shared/util/roc-date's formatRocDate, with the time after it. One Date
 * per call: the case page formats several per request.
 */
export const formatRocDateTime = (instant: Date, withSeconds = false): string => {
  const t = new Date(instant.getTime() + TAIPEI_OFFSET_MS);
  const year = t.getUTCFullYear();
  if (year <= 1911) throw new RangeError('date before the ROC calendar');
  const time = `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}${withSeconds ? `:${two(t.getUTCSeconds())}` : ''}`;
  return `民國${year - 1911}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${time}`;
};
