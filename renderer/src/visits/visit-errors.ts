import type { AppError } from '../../../shared/ipc/errors';
import type { VisitSheetRequiredField } from '../../../shared/mutations/visit-sheet';
import type { MessageKey } from '../i18n/dictionary';
import { describeError } from '../i18n/error-message';
import type { Translate } from '../i18n/translate';
import { formatDayKeyShort } from '../format/time';

/** The 附件1 field each required-field name stands for, as the form labels it. */
export const SHEET_FIELD_LABEL: Readonly<Record<VisitSheetRequiredField, MessageKey>> = {
  serviceDay: 'vr.serviceDay',
  inspectorNames: 'vr.inspectors',
  companyName: 'vr.company',
  category: 'vr.category',
  summary: 'vr.summary',
  eServiceTaught: 'vr.eService',
  personTrips: 'vr.personTrips',
};
const isSheetField = (f: string): f is VisitSheetRequiredField => f in SHEET_FIELD_LABEL;

/** 服務類別、服務人次: the labels of required-field names, in the user's language. */
export const sheetFieldLabels = (fields: readonly string[], t: Translate): string =>
  fields
    .filter(isSheetField)
    .map((f) => t(SHEET_FIELD_LABEL[f]))
    .join(t('common.listSeparator'));

/** What the visit screens know that makes a refusal more precise: names by id, a clashing booking. */
export interface VisitErrorContext {
  staffName?: (staffId: string) => string | undefined;
  booking?: (requestId: string) => { applicant: string; when: string } | undefined;
}

const detail = (e: AppError, name: string): string | undefined => {
  const v = e.details?.[name];
  return v === undefined ? undefined : String(v);
};

/**
 * The sentence for a refusal on the visit, vehicle and regulation screens: the shared wording, except
 * where a code is shared with other screens in other words (ENDS_BEFORE_START, UNKNOWN_VISIT) or where
 * these screens can name the person, fields or booking involved.
 */
export const describeVisitError = (e: AppError, t: Translate, ctx: VisitErrorContext = {}): string => {
  if (e.code === 'rejected' || e.code === 'not_found') {
    switch (e.reason) {
      case 'ENDS_BEFORE_START':
        return t('visitReason.ENDS_BEFORE_START');
      case 'UNKNOWN_VISIT':
        return t('visitReason.UNKNOWN_VISIT');
      case 'INSPECTOR_ABSENT': {
        const id = detail(e, 'staffId');
        const name = id ? ctx.staffName?.(id) : undefined;
        const day = detail(e, 'dayKey');
        if (name && day) return t('visitReason.INSPECTOR_ABSENT', { name, day: formatDayKeyShort(day) });
        break;
      }
      case 'RECORD_INCOMPLETE': {
        const fields = sheetFieldLabels((detail(e, 'fields') ?? '').split(','), t);
        if (fields) return t('visitReason.RECORD_INCOMPLETE', { fields });
        break;
      }
      case 'VEHICLE_OVERLAP': {
        const id = detail(e, 'requestId');
        const booking = id ? ctx.booking?.(id) : undefined;
        if (booking) return t('visitReason.VEHICLE_OVERLAP', booking);
        break;
      }
      default:
        break;
    }
  }
  return describeError(e, t);
};

/** The required 附件1 fields a RECORD_INCOMPLETE refusal names (empty for any other error). */
export const incompleteFields = (e: AppError): VisitSheetRequiredField[] =>
  e.reason === 'RECORD_INCOMPLETE' ? (detail(e, 'fields') ?? '').split(',').filter(isSheetField) : [];
