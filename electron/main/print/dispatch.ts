import { sendSpooler } from './drivers/spooler';
import { sendTcp9100 } from './drivers/tcp9100';
import { savePdfToDirectory } from './drivers/pdf-file';
import { sendSystem } from './drivers/system';
import type { SystemPrintFn } from './drivers/system';
import { PrintError } from './drivers/print-error';
import type { PrinterProfile } from './profiles';

/** The transports, replaceable one by one (tests, or another OS's implementation). */
export interface PrintDrivers {
  tcp9100: typeof sendTcp9100;
  spooler: typeof sendSpooler;
  pdfFile: typeof savePdfToDirectory;
  /** The OS print system for PDFs (Electron in the app); absent where there is none. */
  system?: SystemPrintFn;
}

export const defaultDrivers = (system?: SystemPrintFn): PrintDrivers => ({
  tcp9100: sendTcp9100,
  spooler: sendSpooler,
  pdfFile: savePdfToDirectory,
  ...(system ? { system } : {}),
});

export interface PrintTimeouts {
  /** TCP connect bound. */
  connectMs: number;
  /** Bound on a whole raw TCP job (connect, send, printer closes). */
  totalMs: number;
  /** Bound on the spooler command. */
  spoolerMs: number;
}

/** "A few seconds": long enough for a busy label printer on the LAN, short enough to tell the user. */
export const DEFAULT_TIMEOUTS: PrintTimeouts = { connectMs: 3000, totalMs: 8000, spoolerMs: 8000 };

export interface Outgoing {
  jobId: string;
  title: string;
  file: string;
  bytes: Buffer;
  language: PrinterProfile['language'];
}

/** Sends one payload to one profile's destination; throws PrintError on any failure. */
export const dispatchJob = async (
  drivers: PrintDrivers,
  profile: PrinterProfile,
  out: Outgoing,
  timeouts: PrintTimeouts,
): Promise<{ spoolId: string | null }> => {
  switch (profile.transport) {
    case 'tcp9100':
      await drivers.tcp9100(profile.host ?? '', profile.port ?? 9100, out.bytes, {
        connectTimeoutMs: timeouts.connectMs,
        totalTimeoutMs: timeouts.totalMs,
      });
      return { spoolId: null };
    case 'spooler_raw':
      return drivers.spooler(profile.queue ?? '', out.file, { raw: out.language !== 'pdf', title: out.title, timeoutMs: timeouts.spoolerMs });
    case 'system':
      await sendSystem(drivers.system, out.file, profile.queue, out.title);
      return { spoolId: null };
    case 'pdf_file': {
      if (!profile.directory) throw new PrintError('PRINTER_FILE_ERROR', 'no folder set for save-as-PDF', false);
      const saved = drivers.pdfFile(profile.directory, out.file, out.title, out.jobId);
      return { spoolId: saved.file };
    }
  }
};
