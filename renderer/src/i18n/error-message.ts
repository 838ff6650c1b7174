import type { AppError, ErrorCode } from '../../../shared/ipc/errors';
import { isMessageKey, zhTW } from './dictionary';
import type { MessageKey } from './dictionary';
import type { MessageParams, Translate } from './translate';

/** Refusal reasons whose message names details from main; without those details the `_generic` wording is used. */
const REASON_DETAILS: Readonly<Record<string, readonly string[]>> = {
  USERNAME_TAKEN: ['username'],
  CODE_TAKEN: ['code'],
  OUT_OF_RANGE: ['min', 'max'],
  CASE_NUMBER_TAKEN: ['caseNumber'],
  VEHICLE_TOO_SMALL: ['seats', 'riders'],
};

const REASON_KEY = /^reason\.([A-Z0-9_]+)$/;

/** Every refusal reason (`rejected` or `not_found` + reason) with its own message, from the dictionary. */
export const KNOWN_REJECTION_REASONS: readonly string[] = Object.keys(zhTW)
  .map((k) => REASON_KEY.exec(k)?.[1])
  .filter((r): r is string => r !== undefined && !r.endsWith('_generic'));

const ERROR_KEYS: Readonly<Record<ErrorCode, MessageKey>> = {
  invalid_input: 'error.invalid_input',
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  session_locked: 'error.session_locked',
  bad_credentials: 'error.bad_credentials',
  locked_out: 'error.locked_out',
  setup_required: 'error.setup_required',
  setup_done: 'error.setup_done',
  not_found: 'error.not_found',
  rejected: 'error.rejected',
  db_unavailable: 'error.db_unavailable',
  internal: 'error.internal',
};

const pick = (details: AppError['details'], names: readonly string[]): MessageParams | undefined => {
  const out: Record<string, string | number> = {};
  for (const n of names) {
    const v = details?.[n];
    if (v === undefined) return undefined;
    out[n] = v;
  }
  return out;
};

/** Per-screen wording for a code (e.g. a wrong password on the lock screen). */
export type ErrorOverrides = Partial<Record<ErrorCode, MessageKey>>;

/** The Traditional Chinese (or English) sentence for a boundary error: what happened and what to do. */
export const describeError = (error: AppError, t: Translate, overrides: ErrorOverrides = {}): string => {
  const override = overrides[error.code];
  if (override) return t(override);
  // A refusal, or a lookup that names why nothing was found (NOT_OURS, PRINTER_PROFILE_NOT_FOUND).
  if ((error.code === 'rejected' || error.code === 'not_found') && error.reason) {
    const key = `reason.${error.reason}`;
    if (isMessageKey(key)) {
      const needs = REASON_DETAILS[error.reason];
      const params = needs ? pick(error.details, needs) : {};
      if (params) return t(key, params);
      const generic = `${key}_generic`;
      if (isMessageKey(generic)) return t(generic);
    }
  }
  if (error.code === 'locked_out') {
    const params = pick(error.details, ['retryAfterSeconds']);
    return params ? t('error.locked_out', { seconds: params['retryAfterSeconds'] ?? '' }) : t('error.locked_out_generic');
  }
  return t(ERROR_KEYS[error.code]);
};
