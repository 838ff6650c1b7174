import type { FormRule } from 'antd';
import type { Translate } from '../i18n/translate';

/** What the enroll and join forms ask for. */
export interface EnrollValues {
  hubUrl: string;
  code: string;
  deviceName: string;
}

const URL_RULE = /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i;
/** Eight characters of Crockford base32, any case, with or without the dash (main checks again). */
const CODE_RULE = /^\s*[0-9A-HJKMNP-TV-Z]{4}-?[0-9A-HJKMNP-TV-Z]{4}\s*$/i;

export const enrollRules = (t: Translate) => ({
  hubUrl: [
    { required: true, whitespace: true, message: t('validation.required', { field: t('syncSettings.hubUrl') }) },
    { pattern: URL_RULE, message: t('reason.HUB_URL_INVALID') },
  ] satisfies FormRule[],
  code: [
    { required: true, whitespace: true, message: t('validation.required', { field: t('syncSettings.code') }) },
    { pattern: CODE_RULE, message: t('syncSettings.codeInvalid') },
  ] satisfies FormRule[],
  deviceName: [
    { required: true, whitespace: true, message: t('validation.required', { field: t('syncSettings.deviceName') }) },
    { max: 60, message: t('validation.maxLength', { max: 60 }) },
  ] satisfies FormRule[],
});

export const enrollInput = (v: EnrollValues) => ({ hubUrl: v.hubUrl.trim(), code: v.code.trim(), deviceName: v.deviceName.trim() });
