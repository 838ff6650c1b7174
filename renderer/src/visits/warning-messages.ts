import type { ScheduleWarningOut } from '../../../shared/ipc/contract-visits';
import type { Translate } from '../i18n/translate';
import { warningText } from './calendar/warning-text';

/** Main's warnings after saving a visit, as sentences: only those the visit is part of. */
export const warningMessages = (
  warnings: readonly ScheduleWarningOut[],
  visitId: string,
  t: Translate,
  areaOf: (visitId: string) => string | null | undefined = () => null,
): string[] => warnings.filter((w) => w.visitIds.includes(visitId)).map((w) => warningText(w, areaOf, t));
