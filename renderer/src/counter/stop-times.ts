import { hmOnDay } from '../format/time';

const minuteOf = (iso: string) => Math.floor(Date.parse(iso) / 60_000);

/**
 * The instant of a stop time typed to the minute (HH:mm on `dayKey`). Times are typed without
 * seconds, so "now" would fall before an arrival or start earlier in the same minute: within that
 * minute the time is taken as `notBefore` itself. An earlier minute stays earlier, and main refuses it.
 */
export const stopInstant = (dayKey: string, hm: string, notBefore: string | null): string | null => {
  const iso = hmOnDay(dayKey, hm);
  if (!iso || !notBefore || Number.isNaN(Date.parse(notBefore))) return iso;
  if (minuteOf(iso) === minuteOf(notBefore) && Date.parse(iso) < Date.parse(notBefore)) {
    return new Date(Date.parse(notBefore)).toISOString();
  }
  return iso;
};
