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

const taipei = (ms: number) => new Date(ms + TAIPEI_OFFSET_MS);

/** 14:03 in Taiwan time; an unreadable or missing value is shown as a dash. */
export const formatHm = (iso: string | null | undefined): string => {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) return '—';
  const t = taipei(ms);
  return `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
};

/** The Taiwan day (YYYY-MM-DD) as a form prints it: 民國115年11月27日. */
export const formatDayKeyLong = (dayKey: string): string => {
  const ms = Date.parse(`${dayKey}T12:00:00+08:00`);
  return Number.isNaN(ms) ? dayKey : formatRocDate(new Date(ms));
};

/** The Taiwan day (YYYY-MM-DD) as tables show it: 115/11/27. */
export const formatDayKeyShort = (dayKey: string): string => {
  const ms = Date.parse(`${dayKey}T12:00:00+08:00`);
  if (Number.isNaN(ms)) return dayKey;
  const d = toRocDate(new Date(ms));
  return `${d.rocYear}/${pad(d.month)}/${pad(d.day)}`;
};

const HM = /^([01]?\d|2[0-3]):?([0-5]\d)$/;

/** Reads a time typed as 14:03, 1403 or 9:05; null when it is not a time of day. */
export const parseHm = (text: string): string | null => {
  const m = HM.exec(text.trim());
  return m ? `${pad(Number(m[1]))}:${m[2]}` : null;
};

/** The instant of HH:mm on a Taiwan day, as an ISO time; null when either is unreadable. */
export const hmOnDay = (dayKey: string, hm: string): string | null => {
  const clean = parseHm(hm);
  if (!clean || !/^\d{4}-\d{2}-\d{2}$/.test(dayKey)) return null;
  const ms = Date.parse(`${dayKey}T${clean}:00+08:00`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
};

/** Elapsed time split for display: whole hours, minutes and seconds (never negative). */
export const elapsedParts = (ms: number): { h: number; m: number; s: number } => {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { h: Math.floor(total / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
};

/** 12:05 or 1:02:05 — an elapsed time that ticks, the same in every language. */
export const formatElapsed = (ms: number): string => {
  const { h, m, s } = elapsedParts(ms);
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
};

/** 民國115年11月27日 14:03 in Taiwan time, as a signature block gives it. */
export const formatRocLongDateTime = (iso: string): string => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${formatRocDate(new Date(ms))} ${formatHm(iso)}`;
};

/** 115/11/26: the Taiwan day of an instant, as tables show it; an unreadable value is shown as given. */
export const formatRocDay = (iso: string): string => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatDayKeyShort(new Date(ms + TAIPEI_OFFSET_MS).toISOString().slice(0, 10));
};
