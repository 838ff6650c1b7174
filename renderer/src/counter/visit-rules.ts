import type { FormRule } from 'antd';
import { taipeiDayKey } from '../../../shared/util/roc-date';
import { formatHm, parseHm } from '../format/time';
import type { Translate } from '../i18n/translate';

/** HH:mm now, in Taiwan time: the default of every stop time. */
export const nowHm = (): string => formatHm(new Date().toISOString());
/** Today in Taiwan time (YYYY-MM-DD): the day stop times are typed for. */
export const todayKey = (): string => taipeiDayKey(new Date());

export const visitRules = (t: Translate) => ({
  time: (field: string): FormRule[] => [
    { required: true, whitespace: true, message: t('validation.required', { field }) },
    {
      validator: (_r, v: unknown) =>
        typeof v !== 'string' || v.trim() === '' || parseHm(v) ? Promise.resolve() : Promise.reject(new Error(t('validation.time'))),
    },
  ],
  /** Reasons (cancel, reassign, return): at least two characters, as main requires. */
  reason: (field: string, max: number): FormRule[] => [
    { required: true, whitespace: true, message: t('validation.required', { field }) },
    { min: 2, transform: (v: unknown) => (typeof v === 'string' ? v.trim() : v), message: t('validation.reason') },
    { max, message: t('validation.maxLength', { max }) },
  ],
  note: (): FormRule[] => [{ max: 500, message: t('validation.maxLength', { max: 500 }) }],
});
