import type { AppError, ErrorCode } from '../../../shared/ipc/errors';
import type { MessageKey } from './dictionary';
import type { MessageParams, Translate } from './translate';

/**
 * Refusal reasons from mutators (`rejected` + reason) that have their own message. Each names the
 * details its message needs; without them the generic variant is used.
 */
const REASONS: Readonly<Record<string, { key: MessageKey; needs?: readonly string[]; generic?: MessageKey }>> = {
  USERNAME_TAKEN: { key: 'reason.USERNAME_TAKEN', needs: ['username'], generic: 'reason.USERNAME_TAKEN_generic' },
  LAST_ADMIN: { key: 'reason.LAST_ADMIN' },
  CODE_TAKEN: { key: 'reason.CODE_TAKEN', needs: ['code'], generic: 'reason.CODE_TAKEN_generic' },
  OUT_OF_RANGE: { key: 'reason.OUT_OF_RANGE', needs: ['min', 'max'], generic: 'reason.OUT_OF_RANGE_generic' },
  UNKNOWN_UNIT: { key: 'reason.UNKNOWN_UNIT' },
  UNKNOWN_BRANCH: { key: 'reason.UNKNOWN_BRANCH' },
  UNKNOWN_STAFF: { key: 'reason.UNKNOWN_STAFF' },
  SETUP_DONE: { key: 'reason.SETUP_DONE' },
};

export const KNOWN_REJECTION_REASONS = Object.keys(REASONS);

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
  if (error.code === 'rejected' && error.reason) {
    const r = REASONS[error.reason];
    if (r) {
      const params = r.needs ? pick(error.details, r.needs) : {};
      if (params) return t(r.key, params);
      if (r.generic) return t(r.generic);
    }
  }
  if (error.code === 'locked_out') {
    const params = pick(error.details, ['retryAfterSeconds']);
    return params ? t('error.locked_out', { seconds: params['retryAfterSeconds'] ?? '' }) : t('error.locked_out_generic');
  }
  return t(ERROR_KEYS[error.code]);
};
