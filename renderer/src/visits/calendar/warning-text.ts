import { formatDayKeyShort } from '../../format/time';
import type { Translate } from '../../i18n/translate';
import type { WarningKind } from './warning-kinds';

export interface WarningFacts {
  kind: WarningKind;
  dayKey: string;
  staffName: string;
  visitIds: readonly string[];
}

/** 王檢驗 於 115/12/03 有時間重疊的訪廠…; far_apart names the areas of its visits, as the calendar knows them. */
export const warningText = (w: WarningFacts, areaOf: (visitId: string) => string | null | undefined, t: Translate): string => {
  const areas = [...new Set(w.visitIds.map(areaOf).filter((a): a is string => typeof a === 'string' && a !== ''))];
  // Naming one area of "different areas" reads wrong: without two known, the plain sentence.
  if (w.kind === 'far_apart' && areas.length < 2) {
    return t('warning.far_apart_plain', { name: w.staffName, day: formatDayKeyShort(w.dayKey) });
  }
  return t(w.kind === 'double_booked' ? 'warning.double_booked' : 'warning.far_apart', {
    name: w.staffName,
    day: formatDayKeyShort(w.dayKey),
    areas: areas.join(t('common.listSeparator')),
  });
};
