import type { z } from 'zod';
import type { PrintJobRow } from '../db/queries/print-jobs';
import type { printJobSchema } from '../../../shared/ipc/contract-print';

/** A print job as the queue screen shows it (print:jobs output). */
export type PrintJob = z.infer<typeof printJobSchema>;

export const jobFromRow = (r: PrintJobRow): PrintJob => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  profileId: r.profile_id,
  profileName: r.profile_name,
  transport: r.transport,
  language: r.language,
  state: r.state,
  attempts: r.attempts,
  errorCode: r.error_code,
  errorMessage: r.error_message,
  spoolId: r.spool_id,
  reprintOf: r.reprint_of,
  payloadBytes: r.payload_bytes,
  canRetry: r.state === 'failed',
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
