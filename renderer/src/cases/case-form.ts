import type { FormRule } from 'antd';
import type { ProductCategory } from '../../../shared/domain/inspection-case';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/ipc/errors';
import { intakeRules } from '../counter/intake-form';
import type { Translate } from '../i18n/translate';

export interface CaseValues {
  caseNumber: string;
  /** YYYY-MM-DD, Taiwan day. */
  receivedDay: string;
  companyName: string;
  ubn?: string;
  contactName?: string;
  contactPhone?: string;
  category: ProductCategory;
  productName: string;
  productModel?: string;
  unitId: string;
  officerId?: string | null;
}

export type CaseEditValues = Pick<CaseValues, 'contactName' | 'contactPhone' | 'productModel' | 'unitId' | 'officerId'>;

/** 報驗號碼 as the contract takes it (it is stored upper-case). */
export const CASE_NUMBER = /^[A-Za-z0-9-]{4,30}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const max = (t: Translate, n: number): FormRule => ({ max: n, message: t('validation.maxLength', { max: n }) });
const required = (t: Translate, field: string): FormRule => ({
  required: true,
  whitespace: true,
  message: t('validation.required', { field }),
});

/** Mirrors the contract (caseNumberSchema, nameSchema, the 50/20/60 limits) so main rarely refuses. */
export const caseRules = (t: Translate) => ({
  caseNumber: [required(t, t('case.number')), { pattern: CASE_NUMBER, message: t('validation.caseNumber') }] satisfies FormRule[],
  receivedDay: [{ required: true, pattern: DAY, message: t('validation.day') }] satisfies FormRule[],
  companyName: [required(t, t('case.company')), max(t, 100)] satisfies FormRule[],
  /** The intake panel's 統一編號 rule: a wrong check digit is flagged as soon as eight digits are typed. */
  ubn: intakeRules(t).ubn,
  contactName: [max(t, 50)] satisfies FormRule[],
  contactPhone: [max(t, 20)] satisfies FormRule[],
  category: [{ required: true, message: t('validation.select', { field: t('case.category') }) }] satisfies FormRule[],
  productName: [required(t, t('case.productName')), max(t, 100)] satisfies FormRule[],
  productModel: [max(t, 60)] satisfies FormRule[],
  unitId: [{ required: true, message: t('validation.select', { field: t('case.unit') }) }] satisfies FormRule[],
});

/** Taiwan midnight of a day, as main stores an imported 受理日期. */
const dayStart = (day: string): string => new Date(Date.parse(`${day}T00:00:00+08:00`)).toISOString();

/** The case:create call; a case received today takes main's clock, an earlier one that day's start. */
export const caseInput = (v: CaseValues, today: string): ChannelInput<'case:create'> => {
  const ubn = (v.ubn ?? '').trim();
  return {
    caseNumber: v.caseNumber.trim(),
    company: { name: v.companyName.trim(), ubn: ubn || null },
    contactName: (v.contactName ?? '').trim(),
    contactPhone: (v.contactPhone ?? '').trim(),
    category: v.category,
    productName: v.productName.trim(),
    productModel: (v.productModel ?? '').trim(),
    unitId: v.unitId,
    officerId: v.officerId ?? null,
    ...(v.receivedDay === today ? {} : { receivedAt: dayStart(v.receivedDay) }),
  };
};

export const caseEditInput = (caseId: string, v: CaseEditValues): ChannelInput<'case:update'> => ({
  caseId,
  contactName: (v.contactName ?? '').trim(),
  contactPhone: (v.contactPhone ?? '').trim(),
  productModel: (v.productModel ?? '').trim(),
  unitId: v.unitId,
  officerId: v.officerId ?? null,
});

const FIELD_OF: Readonly<Record<string, keyof CaseValues>> = {
  caseNumber: 'caseNumber',
  'company.name': 'companyName',
  'company.ubn': 'ubn',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  category: 'category',
  productName: 'productName',
  productModel: 'productModel',
  unitId: 'unitId',
  officerId: 'officerId',
  receivedAt: 'receivedDay',
};
const REASON_FIELD: Readonly<Record<string, keyof CaseValues>> = {
  CASE_NUMBER_TAKEN: 'caseNumber',
  UBN_TAKEN: 'ubn',
  UNKNOWN_UNIT: 'unitId',
  UNKNOWN_STAFF: 'officerId',
};

/** The form field a refusal is about, if main named one. */
export const caseFieldOfError = (e: AppError): keyof CaseValues | null => {
  const byReason = e.reason ? REASON_FIELD[e.reason] : undefined;
  if (byReason) return byReason;
  const fields = typeof e.details?.['fields'] === 'string' ? e.details['fields'].split(',') : [];
  for (const f of fields) {
    const hit = FIELD_OF[f];
    if (hit) return hit;
  }
  return null;
};
