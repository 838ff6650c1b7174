import type { FormRule } from 'antd';
import { isValidUbn } from '../../../shared/domain/ubn';
import type { Translate } from '../i18n/translate';

const ubnProblem = (v: unknown, complete: boolean): 'validation.ubnFormat' | 'validation.ubnChecksum' | null => {
  const s = typeof v === 'string' ? v.trim() : '';
  if (s === '') return null;
  if (!/^\d*$/.test(s) || (complete && s.length !== 8)) return 'validation.ubnFormat';
  return s.length === 8 && !isValidUbn(s) ? 'validation.ubnChecksum' : null;
};

/**
 * 統一編號, checked as it is typed: a wrong checksum shows as soon as eight digits are in, a short number
 * when the field is left. Leaving the field checks everything again, so it never clears a checksum error.
 */
export const ubnRules = (t: Translate): FormRule[] => [
  {
    validateTrigger: 'onChange',
    validator: (_r: unknown, v: unknown) => {
      const p = ubnProblem(v, false);
      return p ? Promise.reject(new Error(t(p))) : Promise.resolve();
    },
  },
  {
    validateTrigger: 'onBlur',
    validator: (_r: unknown, v: unknown) => {
      const p = ubnProblem(v, true);
      return p ? Promise.reject(new Error(t(p))) : Promise.resolve();
    },
  },
];

