import { enAreas } from './en/areas';
import { enAuth } from './en/auth';
import { enCases } from './en/cases';
import { enCommon } from './en/common';
import { enCounter } from './en/counter';
import { enErrors } from './en/errors';
import { enPrinting } from './en/printing';
import { enReasons } from './en/reasons';
import { enRecords } from './en/records';
import { enSettings } from './en/settings';
import { enShell } from './en/shell';
import { enStaffing } from './en/staffing';
import { enVehicles } from './en/vehicles';
import { enVisitReasons } from './en/visit-reasons';
import { enVisits } from './en/visits';
import { enSync } from './en/sync';
import { zhAreas } from './zh-TW/areas';
import { zhAuth } from './zh-TW/auth';
import { zhCases } from './zh-TW/cases';
import { zhCommon } from './zh-TW/common';
import { zhCounter } from './zh-TW/counter';
import { zhErrors } from './zh-TW/errors';
import { zhPrinting } from './zh-TW/printing';
import { zhReasons } from './zh-TW/reasons';
import { zhRecords } from './zh-TW/records';
import { zhSettings } from './zh-TW/settings';
import { zhShell } from './zh-TW/shell';
import { zhStaffing } from './zh-TW/staffing';
import { zhVehicles } from './zh-TW/vehicles';
import { zhVisitReasons } from './zh-TW/visit-reasons';
import { zhVisits } from './zh-TW/visits';
import { zhSync } from './zh-TW/sync';

/** zh-TW is the source of truth for keys; every other language must have exactly the same keys. */
export const zhTW = {
  ...zhCommon,
  ...zhAuth,
  ...zhShell,
  ...zhAreas,
  ...zhSettings,
  ...zhStaffing,
  ...zhCounter,
  ...zhRecords,
  ...zhCases,
  ...zhPrinting,
  ...zhErrors,
  ...zhReasons,
  ...zhVisits,
  ...zhVehicles,
  ...zhVisitReasons,
  ...zhSync,
};
/** The zh-TW parts by name, so a test can check that no two parts define the same key (a spread would silently keep the last). */
export const ZH_PARTS = {
  zhCommon, zhAuth, zhShell, zhAreas, zhSettings, zhStaffing, zhCounter, zhRecords, zhCases,
  zhPrinting, zhErrors, zhReasons, zhVisits, zhVehicles, zhVisitReasons, zhSync,
} as const;
export type MessageKey = keyof typeof zhTW;
/** Whether a key made at run time (`reason.${code}`) names a message. */
export const isMessageKey = (key: string): key is MessageKey => key in zhTW;
export type Dictionary = Readonly<Record<MessageKey, string>>;

// Each en part is typed against its zh-TW part (missing or extra keys fail to compile); the whole
// is checked again here, and at run time by dictionary.test.ts.
export const en: Dictionary = {
  ...enCommon,
  ...enAuth,
  ...enShell,
  ...enAreas,
  ...enSettings,
  ...enStaffing,
  ...enCounter,
  ...enRecords,
  ...enCases,
  ...enPrinting,
  ...enErrors,
  ...enReasons,
  ...enVisits,
  ...enVehicles,
  ...enVisitReasons,
  ...enSync,
};

export const LOCALES = ['zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-TW';

export const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { 'zh-TW': zhTW, en };

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
