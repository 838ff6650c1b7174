import type { PRINT_ERROR_CODES } from '../../../../shared/ipc/contract-print';

/** The codes are declared with the IPC contract (shared/ipc/contract-print.ts), so the UI words each one. */
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
