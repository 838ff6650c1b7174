import { AppFailure } from '../../../shared/ipc/errors';
import type { MutationOutcome } from '../db/executor';

/** Turns a refused mutation into the IPC error the user sees; returns the success otherwise. */
export function failOnMutation(o: MutationOutcome): asserts o is Extract<MutationOutcome, { ok: true }> {
  if (o.ok) return;
  if (o.kind === 'rejected') {
    throw new AppFailure('rejected', o.message, { reason: o.code, ...(o.details ? { details: o.details } : {}) });
  }
  if (o.kind === 'forbidden') throw new AppFailure('forbidden', o.message);
  throw new AppFailure('invalid_input', o.message);
}
