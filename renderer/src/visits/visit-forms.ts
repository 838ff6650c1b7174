import type { FormRule } from 'antd';
import type { AnswerMode, VisitOccasion } from '../../../shared/domain/visit';
import type { ProductCategory } from '../../../shared/domain/inspection-case';
import type { RequestChannel } from '../../../shared/domain/visit';
import type { VisitCreateInput, VisitRequestInput, VisitRequestSummary, VisitSlot } from '../../../shared/ipc/contract-visits';
import type { AppError } from '../../../shared/ipc/errors';
import { parseHm } from '../format/time';
import type { Translate } from '../i18n/translate';

/** The company and contact fields shared by the request and visit forms. */
export interface CompanyValues {
  companyName: string;
  ubn?: string;
  contactName?: string;
  contactPhone?: string;
  address?: string;
  category: ProductCategory;
}

export interface RequestValues extends CompanyValues {
  unitId: string;
  channel: RequestChannel;
  question: string;
}

export interface SlotValues {
  day?: string;
  startTime?: string;
  endTime?: string;
}

export interface VisitValues extends CompanyValues, SlotValues {
  unitId: string;
  occasion: VisitOccasion;
  purpose?: string;
  inspectorIds: string[];
  agreeLater: boolean;
}

export interface AnswerValues {
  mode: AnswerMode;
  summary: string;
}

const trim = (s: string | undefined): string => (s ?? '').trim();

const company = (v: CompanyValues) => ({
  company: { name: trim(v.companyName), ubn: trim(v.ubn) || null },
  contactName: trim(v.contactName),
  contactPhone: trim(v.contactPhone),
  address: trim(v.address),
  category: v.category,
});

export const requestInput = (v: RequestValues): VisitRequestInput => ({
  unitId: v.unitId,
  channel: v.channel,
  ...company(v),
  question: trim(v.question),
});

/** The agreed slot of the form, or null when a field is missing or unreadable. */
export const slotInput = (v: SlotValues): VisitSlot | null => {
  const startTime = parseHm(v.startTime ?? '');
  const endTime = parseHm(v.endTime ?? '');
  return v.day && /^\d{4}-\d{2}-\d{2}$/.test(v.day) && startTime && endTime ? { dayKey: v.day, startTime, endTime } : null;
};

/** A visit from the form: from a request (its company and contact are the request's), or from an occasion. */
export const visitInput = (v: VisitValues, request: VisitRequestSummary | null): VisitCreateInput => ({
  requestId: request?.id ?? null,
  occasion: request ? 'business_request' : v.occasion,
  // A form from a request shows no unit field (antd leaves unshown fields out of the values): the request's unit.
  unitId: request?.unitId ?? v.unitId,
  ...(request
    ? {
        company: { name: request.companyName, ubn: request.companyUbn },
        contactName: request.contactName,
        contactPhone: request.contactPhone,
        address: request.address,
        category: request.category,
      }
    : company(v)),
  purpose: trim(v.purpose),
  inspectorIds: v.inspectorIds,
  slot: v.agreeLater ? null : slotInput(v),
});

/** What the form says of a request it starts from. */
export const fromRequest = (r: VisitRequestSummary): Partial<VisitValues> => ({
  unitId: r.unitId,
  occasion: 'business_request',
  companyName: r.companyName,
  ubn: r.companyUbn ?? '',
  contactName: r.contactName,
  contactPhone: r.contactPhone,
  address: r.address,
  category: r.category,
  purpose: r.question.slice(0, 1000),
  agreeLater: false,
});

/**
 * Rules for a slot's fields, mirroring main's (VISIT_IN_PAST by day, ENDS_BEFORE_START), so main
 * rarely refuses. `today` is the Taiwan day.
 */
export const slotRules = (t: Translate, today: string) => ({
  day: [
    { required: true, message: t('validation.required', { field: t('visitForm.day') }) },
    {
      validator: (_r: unknown, v: unknown) =>
        typeof v !== 'string' || v === '' || v >= today ? Promise.resolve() : Promise.reject(new Error(t('visitForm.inPast'))),
    },
  ] satisfies FormRule[],
  time: (field: 'visitForm.start' | 'visitForm.end'): FormRule[] => [
    { required: true, message: t('validation.required', { field: t(field) }) },
    {
      validator: (_r: unknown, v: unknown) =>
        typeof v !== 'string' || v === '' || parseHm(v) ? Promise.resolve() : Promise.reject(new Error(t('visitForm.timeFormat'))),
    },
  ],
  end: (({ getFieldValue }) => ({
    validator: (_r: unknown, v: unknown) => {
      const start = parseHm(String(getFieldValue('startTime') ?? ''));
      const end = parseHm(typeof v === 'string' ? v : '');
      return !start || !end || end > start ? Promise.resolve() : Promise.reject(new Error(t('visitForm.endBeforeStart')));
    },
  })) satisfies FormRule as FormRule,
});

const FIELD_OF_REASON: Readonly<Record<string, string>> = {
  VISIT_IN_PAST: 'day',
  ENDS_BEFORE_START: 'endTime',
  INSPECTOR_ABSENT: 'inspectorIds',
  DUPLICATE_INSPECTOR: 'inspectorIds',
  UNKNOWN_STAFF: 'inspectorIds',
  UBN_TAKEN: 'ubn',
  UNKNOWN_UNIT: 'unitId',
};
const FIELD_OF_PATH: Readonly<Record<string, string>> = {
  unitId: 'unitId',
  'company.name': 'companyName',
  'company.ubn': 'ubn',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  address: 'address',
  question: 'question',
  purpose: 'purpose',
  inspectorIds: 'inspectorIds',
  'slot.dayKey': 'day',
  'slot.startTime': 'startTime',
  'slot.endTime': 'endTime',
  summary: 'summary',
};

/** The form field a refusal is about, if main named one (by reason, or by the invalid input's path). */
export const fieldOfVisitError = (e: AppError): string | undefined => {
  const byReason = e.reason ? FIELD_OF_REASON[e.reason] : undefined;
  if (byReason) return byReason;
  const paths = typeof e.details?.['fields'] === 'string' ? e.details['fields'].split(',') : [];
  for (const p of paths) {
    const key = Object.keys(FIELD_OF_PATH).find((k) => p === k || p.startsWith(`${k}.`));
    if (key) return FIELD_OF_PATH[key];
  }
  return undefined;
};
