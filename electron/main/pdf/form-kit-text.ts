import { formatRocDayKey, formatTaipeiTime } from './form-dates';
import type { FormKit } from './form-kit';
import { cellTextWidth } from './form-kit';

/** Small text helpers the forms share: tolerant dates, shortened names, ticked option lists. */

/** A Taiwan day key in ROC; a malformed key prints as stored rather than failing the whole form. */
export const rocDay = (dayKey: string | null): string => {
  if (dayKey === null) return '';
  try {
    return formatRocDayKey(dayKey);
  } catch {
    return dayKey;
  }
};

/** 14:05 in Taiwan time; an unreadable time prints as stored, a missing one as ''. */
export const taipeiTime = (at: string | null): string => {
  if (at === null) return '';
  try {
    return formatTaipeiTime(at);
  } catch {
    return at;
  }
};

/** At most `max` characters (code points), with an ellipsis when cut. */
export const shorten = (text: string, max: number): string => {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
};

export const CHECKED = '■';
export const UNCHECKED = '□';

export interface CheckOption {
  label: string;
  checked: boolean;
}

/**
 * Options as a form prints them (□法規咨詢, ■技術咨詢, …, an ideographic space apart), packed greedily into lines that fit a value
 * cell `cellWidth` wide at `size` (regular weight), so an option is never broken across two lines (unless a single
 * option is wider than a line, which the cell's own wrapping then handles). Lines are joined by
 * newlines, which the cell wrapper keeps.
 */
export const checkOptionsText = (kit: FormKit, options: readonly CheckOption[], cellWidth: number, size: number): string => {
  const gap = '　';
  const width = cellTextWidth(cellWidth);
  kit.setFont('regular', size);
  const lines: string[] = [];
  let line = '';
  for (const o of options) {
    const item = `${o.checked ? CHECKED : UNCHECKED}${o.label}`;
    const next = line === '' ? item : `${line}${gap}${item}`;
    if (line !== '' && kit.measure(next) > width) {
      lines.push(line);
      line = item;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
};
