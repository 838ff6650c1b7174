import { formatRocDate } from '../../../shared/util/roc-date';

const TAIPEI_OFFSET_MS = 8 * 60 * 60 * 1000;
const two = (n: number): string => String(n).padStart(2, '0');

/** 民國115年11月27日 09:30 — Taiwan time (UTC+8), whatever the hub machine's zone. */
export const formatRocDateTime = (instant: Date, withSeconds = false): string => {
  const t = new Date(instant.getTime() + TAIPEI_OFFSET_MS);
  const time = `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}${withSeconds ? `:${two(t.getUTCSeconds())}` : ''}`;
  return `${formatRocDate(instant)} ${time}`;
};
