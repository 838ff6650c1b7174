import type { FormRule } from 'antd';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/ipc/errors';
import { ubnRules } from '../forms/ubn-rules';
import type { Translate } from '../i18n/translate';

export interface IntakeValues {
  name: string;
  phone: string;
  companyName?: string;
  ubn?: string;
  itemIds: string[];
  escortRequested: boolean;
}

/** A returning visitor or known company the clerk picked, with the name it was picked under. */
export interface Picked {
  id: string;
  name: string;
}

export const PHONE = /^[0-9+()#\- ]{6,20}$/;

/** Mirrors the contract (nameSchema, phoneSchema, ubnSchema), so main rarely has to refuse. */
export const intakeRules = (t: Translate) => ({
  name: [
    { required: true, whitespace: true, message: t('validation.required', { field: t('intake.name') }) },
    { max: 100, message: t('validation.maxLength', { max: 100 }) },
  ] satisfies FormRule[],
  phone: [
    { required: true, whitespace: true, message: t('validation.required', { field: t('intake.phone') }) },
    {
      validator: (_r: unknown, v: unknown) =>
        typeof v !== 'string' || v.trim() === '' || PHONE.test(v.trim())
          ? Promise.resolve()
          : Promise.reject(new Error(t('validation.phone'))),
    },
  ] satisfies FormRule[],
  /** Flagged as soon as eight digits are typed; a short number when the field is left, a checksum error kept. */
  ubn: ubnRules(t),
  companyName: [
    { max: 100, message: t('validation.maxLength', { max: 100 }) },
    ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
      validator: (_r: unknown, v: unknown) => {
        const ubn = getFieldValue('ubn');
        const hasUbn = typeof ubn === 'string' && ubn.trim() !== '';
        const hasName = typeof v === 'string' && v.trim() !== '';
        return hasUbn && !hasName ? Promise.reject(new Error(t('validation.companyForUbn'))) : Promise.resolve();
      },
    }),
  ] satisfies FormRule[],
  items: [{ required: true, type: 'array', min: 1, message: t('validation.items') }] satisfies FormRule[],
});

/** The intake call for these values; a picked visitor or company is reused only under the same name. */
export const intakeInput = (v: IntakeValues, visitor: Picked | null, company: Picked | null): ChannelInput<'escort:intake'> => {
  const name = v.name.trim();
  const companyName = (v.companyName ?? '').trim();
  const ubn = (v.ubn ?? '').trim();
  return {
    visitor: { ...(visitor && visitor.name === name ? { id: visitor.id } : {}), name, phone: v.phone.trim() },
    company: companyName
      ? { ...(company && company.name === companyName ? { id: company.id } : {}), name: companyName, ubn: ubn || null }
      : null,
    itemIds: v.itemIds,
    escortRequested: v.escortRequested,
  };
};

const FIELD_OF: Readonly<Record<string, keyof IntakeValues>> = {
  'visitor.name': 'name',
  'visitor.phone': 'phone',
  'company.name': 'companyName',
  'company.ubn': 'ubn',
  itemIds: 'itemIds',
};

/** The form field a refusal is about, if main named one. */
export const fieldOfError = (e: AppError): keyof IntakeValues | null => {
  if (e.reason === 'UBN_TAKEN') return 'ubn';
  if (e.reason === 'UNKNOWN_ITEM') return 'itemIds';
  const fields = typeof e.details?.['fields'] === 'string' ? e.details['fields'].split(',') : [];
  for (const f of fields) {
    const key = Object.keys(FIELD_OF).find((k) => f === k || f.startsWith(`${k}.`));
    if (key) return FIELD_OF[key] ?? null;
  }
  return null;
};
