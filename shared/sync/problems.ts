/**
 * Why the desktop's sync is not running normally, as shown in the status bar and the 同步 tab.
 * Halting problems stop automatic runs (retrying cannot fix them); the others back off and retry.
 */
export const HALTING_PROBLEMS = [
  /** The hub runs another data version: update the app; the outbox is kept. */
  'SCHEMA_MISMATCH',
  /** The token is unknown or revoked: enroll again with a new code. */
  'UNAUTHENTICATED',
  'DEVICE_REVOKED',
  'DEVICE_MISMATCH',
  'WRONG_BRANCH',
  /** The hub has seen this device's sequence numbers used by other mutations (a restored desktop). */
  'SEQ_REUSED',
  /** The hub lacks mutations this desktop no longer has. */
  'SEQ_GAP',
  /** One mutation is larger than a push may be. */
  'MUTATION_TOO_LARGE',
  /** The OS secret store cannot open the sealed token (another user or machine). */
  'TOKEN_UNREADABLE',
] as const;

export const RETRYING_PROBLEMS = [
  /** The hub answered, but not in the wire format (a proxy page, a wrong address). */
  'PROTOCOL',
  /** The hub's rows could not be applied locally; nothing was kept, the cursor did not move. */
  'APPLY_FAILED',
  /** The hub refused for a reason that may pass (rate limit, its own error). */
  'HUB_ERROR',
  'RATE_LIMITED',
] as const;

export const SYNC_PROBLEM_CODES = [...HALTING_PROBLEMS, ...RETRYING_PROBLEMS] as const;
export type SyncProblemCode = (typeof SYNC_PROBLEM_CODES)[number];

export const isHaltingProblem = (code: string): boolean => (HALTING_PROBLEMS as readonly string[]).includes(code);
