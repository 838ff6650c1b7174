import type { PrintJobRow, PrintJobState } from '../db/queries/print-jobs';

/** A print job as the queue screen shows it (print:jobs output). */
export interface PrintJob {
  id: string;
  kind: PrintJobRow['kind'];
  title: string;
  profileId: string | null;
  profileName: string;
  transport: string;
  language: string;
  state: PrintJobState;
  attempts: number;
  /** A PrintErrorCode (PRINTER_REFUSED, PRINTER_TIMEOUT, ...) when the last attempt did not complete. */
  errorCode: string | null;
  errorMessage: string | null;
  /** The spooler's request id, or the saved file for save-as-PDF. */
  spoolId: string | null;
  reprintOf: string | null;
  payloadBytes: number;
  /** What the UI may offer: retry only when nothing was sent; reprint whenever there is a payload. */
  canRetry: boolean;
  createdAt: string;
  updatedAt: string;
}

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
