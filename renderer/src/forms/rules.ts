import type { FormRule } from 'antd';
import { newPasswordSchema } from '../../../shared/ipc/contract';
import type { Translate } from '../i18n/translate';

/** Form rules in the user's language, mirroring the contract's zod limits so main rarely refuses. */
export const PASSWORD_MIN = newPasswordSchema.minLength ?? 10;
const USERNAME = /^[a-z0-9._-]{2,32}$/;
const CODE = /^[A-Za-z0-9_-]{1,20}$/;

export const rules = (t: Translate) => ({
  required: (field: string): FormRule => ({ required: true, whitespace: true, message: t('validation.required', { field }) }),
  select: (field: string): FormRule => ({ required: true, message: t('validation.select', { field }) }),
  /** For numbers and switches, where `whitespace` does not apply. */
  requiredValue: (field: string): FormRule => ({ required: true, message: t('validation.required', { field }) }),
  name: (field: string): FormRule[] => [
    { required: true, whitespace: true, message: t('validation.required', { field }) },
    { max: 100, message: t('validation.maxLength', { max: 100 }) },
  ],
  username: (field: string): FormRule[] => [
    { required: true, whitespace: true, message: t('validation.required', { field }) },
    { pattern: USERNAME, message: t('validation.username') },
  ],
  code: (field: string): FormRule[] => [
    { required: true, whitespace: true, message: t('validation.required', { field }) },
    { pattern: CODE, message: t('validation.code') },
  ],
  newPassword: (field: string, optional = false): FormRule[] => [
    ...(optional ? [] : [{ required: true, message: t('validation.required', { field }) }]),
    { min: PASSWORD_MIN, message: t('validation.passwordLength', { min: PASSWORD_MIN }) },
    { max: 128, message: t('validation.maxLength', { max: 128 }) },
  ],
  /** The confirm field must equal `other`. */
  confirm: (other: string, field: string, optional = false): FormRule[] => [
    ...(optional ? [] : [{ required: true, message: t('validation.required', { field }) }]),
    ({ getFieldValue }) => ({
      validator: (_rule, value: unknown) =>
        (value ?? '') === (getFieldValue(other) ?? '')
          ? Promise.resolve()
          : Promise.reject(new Error(t('validation.passwordMismatch'))),
    }),
  ],
});
