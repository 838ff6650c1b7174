/**
 * Why a print job did not complete, as stable codes the UI maps to Traditional Chinese. Each error
 * also says whether the printer may have received the bytes: that decides whether the job is
 * `failed` (nothing reached the printer: safe to retry) or `uncertain` (it may have printed: only an
 * explicit reprint sends it again, so a label is never printed twice by accident).
 */
export const PRINT_ERROR_CODES = [
  /** Nothing listens on the printer's port (printer off, wrong port) or the queue rejects jobs. */
  'PRINTER_REFUSED',
  /** No connection within the connect timeout, or no route/host (wrong address, unplugged). */
  'PRINTER_UNREACHABLE',
  /** Connected, but the printer did not take the whole job and close within the bound. */
  'PRINTER_TIMEOUT',
  /** The printer answered bytes a raw port never sends, or dropped the connection mid-job. */
  'PRINTER_BAD_RESPONSE',
  /** The spooler has no such queue. */
  'PRINTER_UNKNOWN_QUEUE',
  /** The spooler command failed for another reason (its message is kept). */
  'PRINTER_SPOOLER_ERROR',
  /** No spooler client (`lp`) on this machine. */
  'PRINTER_SPOOLER_MISSING',
  /** This transport cannot work on this OS / in this build. */
  'PRINTER_NOT_SUPPORTED',
  /** The system print (Electron) failed or was cancelled. */
  'PRINTER_SYSTEM_ERROR',
  /** Saving the PDF to the chosen folder failed. */
  'PRINTER_FILE_ERROR',
  /** The app stopped before the job was sent (found queued at start-up). */
  'PRINT_INTERRUPTED',
  /** The job's saved payload file is gone (nothing was sent). */
  'PRINT_PAYLOAD_MISSING',
] as const;
export type PrintErrorCode = (typeof PRINT_ERROR_CODES)[number];

export class PrintError extends Error {
  constructor(
    readonly code: PrintErrorCode,
    message: string,
    /** True when some bytes may have reached the printer (the job becomes `uncertain`). */
    readonly mayHavePrinted: boolean,
  ) {
    super(message);
    this.name = 'PrintError';
  }
}
