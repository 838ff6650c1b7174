import { DICTIONARIES } from './dictionary';
import type { Locale, MessageKey } from './dictionary';

export type MessageParams = Readonly<Record<string, string | number>>;
/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export const interpolate = (template: string, params?: MessageParams): string =>
  params ? template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;

export const translate = (locale: Locale, key: MessageKey, params?: MessageParams): string =>
  interpolate(DICTIONARIES[locale][key], params);

export const translatorFor =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(locale, key, params);

/** The placeholder names a template uses, for the parity test. */
export const placeholdersOf = (template: string): string[] =>
  [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
