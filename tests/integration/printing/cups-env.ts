import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * CUPS for the spooler tests: finds the tools, starts the scheduler if it is not running (and stops
 * it afterwards only if we started it), and tells where cups-pdf writes its files. Every wait is
 * bounded; a missing piece is reported by name so CI's failure says what to install.
 */
export const CUPS_TOOLS = ['/usr/sbin/cupsd', '/usr/sbin/lpadmin', '/usr/bin/lp', '/usr/bin/lpstat'];
export const CUPS_PDF_PPD = 'lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd';

export const missingCupsPieces = (): string[] => {
  const missing = CUPS_TOOLS.filter((t) => !fs.existsSync(t));
  if (!fs.existsSync('/usr/lib/cups/backend/cups-pdf')) missing.push('cups-pdf backend (printer-driver-cups-pdf)');
  return missing;
};

const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', timeout: 15_000, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });

export const schedulerRunning = (): boolean => {
  try {
    return /scheduler is running/.test(run('lpstat', ['-r']));
  } catch {
    return false;
  }
};

export const waitFor = async <T>(what: string, probe: () => T | undefined | false, timeoutMs: number): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** Starts `cupsd -f` when no scheduler answers; returns a stop function for what we started. */
export const ensureScheduler = async (): Promise<() => void> => {
  if (schedulerRunning()) return () => undefined;
  const child: ChildProcess = spawn('/usr/sbin/cupsd', ['-f'], { stdio: 'ignore' });
  await waitFor('the CUPS scheduler to start', () => schedulerRunning(), 15_000);
  return () => {
    if (child.pid !== undefined && child.exitCode === null) child.kill('SIGTERM');
  };
};

export const addQueue = (name: string, uri: string, model: string): void => {
  run('lpadmin', ['-p', name, '-E', '-v', uri, '-m', model]);
};

export const removeQueue = (name: string): void => {
  try {
    run('lpadmin', ['-x', name]);
  } catch {
    // Already gone.
  }
};

/** Folders cups-pdf may write to: its `Out` for the job's user (root here) and the anonymous folder. */
export const cupsPdfOutputDirs = (): string[] => {
  const conf = fs.existsSync('/etc/cups/cups-pdf.conf') ? fs.readFileSync('/etc/cups/cups-pdf.conf', 'utf8') : '';
  const setting = (key: string) => new RegExp(`^${key}\\s+(\\S+)`, 'm').exec(conf)?.[1];
  const home = os.userInfo().homedir;
  const out = (setting('Out') ?? '/var/spool/cups-pdf/${USER}').replace('${HOME}', home).replace('${USER}', os.userInfo().username);
  return [...new Set([out, setting('AnonDirName') ?? '/var/spool/cups-pdf/ANONYMOUS', path.join(home, 'PDF')])];
};

/** PDFs in those folders changed since `sinceMs`. */
export const newPdfs = (dirs: string[], sinceMs: number): string[] =>
  dirs.flatMap((d) =>
    fs.existsSync(d)
      ? fs
          .readdirSync(d)
          .filter((f) => f.endsWith('.pdf'))
          .map((f) => path.join(d, f))
          .filter((f) => fs.statSync(f).mtimeMs >= sinceMs)
      : [],
  );
