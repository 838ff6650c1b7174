import { execFile } from 'node:child_process';
import { QUEUE_NAME } from '../../../../shared/ipc/contract-print';
import { PrintError } from './print-error';

export interface SpoolerOptions {
  /** Printer languages go `-o raw` (the spooler must not filter them); PDFs go through its filters. */
  raw: boolean;
  title: string;
  timeoutMs: number;
  /** process.platform, injectable for tests. */
  platform?: NodeJS.Platform;
  /** The `lp` binary; injectable for tests. */
  lpPath?: string;
}


/**
 * Hands a job file to the OS spooler with `lp -d <queue>` (CUPS on Linux and macOS) and resolves
 * with the spooler's request id once the job is queued. stderr is captured for the error message and
 * read with LC_ALL=C so the checks below see CUPS's English messages. A spooler that does not answer
 * within the bound may still have queued the job, so that timeout is `mayHavePrinted`.
 *
 * Windows: a RAW spooler queue needs the Win32 print API (OpenPrinter/StartDocPrinter with the RAW
 * datatype), which this build does not include; the transport reports PRINTER_NOT_SUPPORTED there.
 */
export const sendSpooler = (queue: string, file: string, opts: SpoolerOptions): Promise<{ spoolId: string | null }> =>
  new Promise((resolve, reject) => {
    const platform = opts.platform ?? process.platform;
    if (platform === 'win32') {
      reject(new PrintError('PRINTER_NOT_SUPPORTED', 'raw spooler printing on Windows is not supported in this build; use a raw TCP 9100 profile', false));
      return;
    }
    if (!QUEUE_NAME.test(queue)) {
      reject(new PrintError('PRINTER_UNKNOWN_QUEUE', `not a valid queue name: ${JSON.stringify(queue)}`, false));
      return;
    }
    const args = ['-d', queue, ...(opts.raw ? ['-o', 'raw'] : []), '-t', opts.title, '--', file];
    execFile(
      opts.lpPath ?? 'lp',
      args,
      { timeout: opts.timeoutMs, killSignal: 'SIGKILL', env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, maxBuffer: 64 * 1024 },
      (err, stdout, stderr) => {
        const msg = `${stderr}`.trim() || (err ? err.message : '');
        if (!err) {
          resolve({ spoolId: /request id is (\S+)/.exec(`${stdout}`)?.[1] ?? null });
          return;
        }
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === 'ENOENT') reject(new PrintError('PRINTER_SPOOLER_MISSING', 'the print spooler client (lp) is not installed', false));
        else if (e.killed) reject(new PrintError('PRINTER_TIMEOUT', `the spooler did not answer within ${opts.timeoutMs} ms`, true));
        else if (/does not exist|unknown destination|no such (printer|destination)/i.test(msg)) {
          reject(new PrintError('PRINTER_UNKNOWN_QUEUE', `no print queue "${queue}": ${msg}`, false));
        } else if (/not accepting jobs/i.test(msg)) reject(new PrintError('PRINTER_REFUSED', `queue "${queue}" is not accepting jobs: ${msg}`, false));
        else reject(new PrintError('PRINTER_SPOOLER_ERROR', msg || 'the spooler refused the job', false));
      },
    );
  });
