import { formatRocDate, toRocDate } from '../../../shared/util/roc-date';

const TAIPEI_OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** 115/11/26 14:03:09 in Taiwan time, as tables show it; an unreadable value is shown as given. */
export const formatRocDateTime = (iso: string): string => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = toRocDate(new Date(ms));
  const t = new Date(ms + TAIPEI_OFFSET_MS);
  return `${d.rocYear}/${pad(d.month)}/${pad(d.day)} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
};

/** Today's date for prose: 民國115年11月27日 in Chinese; "27 November 2026 (ROC 115)" in English. */
export const formatLongDate = (instant: Date, locale: 'zh-TW' | 'en'): string => {
  if (locale === 'zh-TW') return formatRocDate(instant);
  const western = instant.toLocaleDateString('en-GB', { timeZone: 'Asia/Taipei', day: 'numeric', month: 'long', year: 'numeric' });
  return `${western} (ROC ${toRocDate(instant).rocYear})`;
};
