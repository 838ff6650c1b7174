import { z } from 'zod';

/**
 * Stable error codes at the IPC boundary. The renderer maps each to a Traditional Chinese message
 * that tells the user what to do; `message` is for logs. Domain refusals from mutators arrive as
 * `rejected` with the mutator's own code in `reason`.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'session_locked',
  'bad_credentials',
  'locked_out',
  'setup_required',
  'setup_done',
  'not_found',
  'rejected',
  'db_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const appErrorSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** A mutator's rejection code (USERNAME_TAKEN, LAST_ADMIN, ...) when code is `rejected`. */
  reason: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown by services; the IPC wrapper turns it into `{ ok: false, error }`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Pick<AppError, 'reason' | 'details'> = {},
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
