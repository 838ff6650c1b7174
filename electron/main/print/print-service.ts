import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppFailure } from '../../../shared/ipc/errors';
import { printJobQueries } from '../db/queries/print-jobs';
import type { PrintJobRow } from '../db/queries/print-jobs';
import { printProfileQueries } from '../db/queries/print-profiles';
import { DEFAULT_TIMEOUTS, defaultDrivers, dispatchJob } from './dispatch';
import type { PrintDrivers, PrintTimeouts } from './dispatch';
import { PrintError } from './drivers/print-error';
import type { SystemPrintFn } from './drivers/system';
import { loadLabelFonts } from './label/label-fonts';
import { LabelError } from './label/model';
import type { CaseLabel, LabelSpec } from './label/model';
import { renderPdfLabel } from './label/pdf-label';
import { sampleCaseLabel } from './label/sample-label';
import { renderTsplLabel } from './label/tspl';
import { renderZplLabel } from './label/zpl';
import { printerProfileInputSchema, profileFromRow, rowFromProfile } from './profiles';
import type { PrinterProfile, PrinterProfileInput } from './profiles';
import { renderA4TestPage } from './test-page';
import { jobFromRow } from './print-job';
import type { PrintJob } from './print-job';

export interface PrintServiceDeps {
  db: Database;
  dataDir: string;
  now: () => Date;
  newId: () => string;
  /** Replace single transports (tests); the rest are the real ones. */
  drivers?: Partial<PrintDrivers>;
  /** The OS print system for PDFs (Electron: hidden window + webContents.print). */
  systemPrint?: SystemPrintFn;
  fontDir?: string;
  timeouts?: Partial<PrintTimeouts>;
}

/** `'default'` picks the default label printer (labels) or the default A4 printer (PDFs). */
export type PrinterRef = string | 'default';

const EXT = { zpl: 'zpl', tspl: 'tspl', pdf: 'pdf' } as const;

/**
 * The print queue. Every job's payload is written (and fsynced) under <data>/print-jobs/ and its row
 * inserted BEFORE anything is sent, so no job is ever lost; the row then moves
 * queued -> sending -> done | failed | uncertain. `failed` means nothing reached the printer and the
 * job may be retried; `uncertain` means it may have printed, so it is never resent on its own — only
 * an explicit reprint (a new job) prints it again. Jobs to one printer go one at a time.
 */
export const createPrintService = (deps: PrintServiceDeps) => {
  const profilesQ = printProfileQueries(deps.db);
  const jobsQ = printJobQueries(deps.db);
  const drivers: PrintDrivers = { ...defaultDrivers(deps.systemPrint), ...deps.drivers };
  const timeouts: PrintTimeouts = { ...DEFAULT_TIMEOUTS, ...deps.timeouts };
  const jobDir = path.join(deps.dataDir, 'print-jobs');
  const stamp = () => deps.now().toISOString();
  const lanes = new Map<string, Promise<unknown>>();
  const fonts = () => loadLabelFonts(deps.fontDir);

  const recovered = jobsQ.recoverInterrupted(stamp());

  const profileOrFail = (id: string): PrinterProfile => {
    const row = profilesQ.get(id);
    if (!row) throw new AppFailure('not_found', 'printer profile not found', { reason: 'PRINTER_PROFILE_NOT_FOUND' });
    return profileFromRow(row);
  };
  const resolveProfile = (ref: PrinterRef, purpose: 'label' | 'a4'): PrinterProfile => {
    if (ref !== 'default') return profileOrFail(ref);
    const row = purpose === 'label' ? profilesQ.defaultLabel() : profilesQ.defaultA4();
    if (!row) {
      const reason = purpose === 'label' ? 'NO_DEFAULT_LABEL_PRINTER' : 'NO_DEFAULT_A4_PRINTER';
      throw new AppFailure('rejected', 'no default printer set', { reason });
    }
    return profileFromRow(row);
  };
  const jobOrFail = (id: string): PrintJobRow => {
    const row = jobsQ.get(id);
    if (!row) throw new AppFailure('not_found', 'print job not found', { reason: 'PRINT_JOB_NOT_FOUND' });
    return row;
  };

  /** Writes the payload durably, then the job row (state queued). */
  const enqueue = (profile: PrinterProfile, kind: PrintJobRow['kind'], title: string, bytes: Buffer, reprintOf: string | null): PrintJobRow => {
    const id = deps.newId();
    fs.mkdirSync(jobDir, { recursive: true });
    const file = path.join(jobDir, `${id}.${EXT[profile.language]}`);
    const fd = fs.openSync(file, 'wx');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const at = stamp();
    const row: PrintJobRow = {
      id,
      kind,
      title,
      profile_id: profile.id,
      profile_name: profile.name,
      transport: profile.transport,
      language: profile.language,
      payload_file: file,
      payload_bytes: bytes.length,
      payload_sha256: createHash('sha256').update(bytes).digest('hex'),
      state: 'queued',
      attempts: 0,
      error_code: null,
      error_message: null,
      spool_id: null,
      reprint_of: reprintOf,
      created_at: at,
      updated_at: at,
    };
    jobsQ.insert(row);
    return row;
  };

  /** Sends a queued or failed job once, in its printer's lane, and records the outcome. */
  const send = (row: PrintJobRow, profile: PrinterProfile): Promise<PrintJob> => {
    const run = async (): Promise<PrintJob> => {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(row.payload_file);
      } catch (e) {
        // Nothing was sent: the job stays retryable once its file is back (e.g. a restored backup).
        jobsQ.finish({ id: row.id, state: 'failed', error_code: 'PRINT_PAYLOAD_MISSING', error_message: (e as Error).message, spool_id: null, updated_at: stamp() });
        return jobFromRow(jobOrFail(row.id));
      }
      jobsQ.markSending(row.id, stamp());
      try {
        const r = await dispatchJob(drivers, profile, { jobId: row.id, title: row.title, file: row.payload_file, bytes, language: profile.language }, timeouts);
        jobsQ.finish({ id: row.id, state: 'done', error_code: null, error_message: null, spool_id: r.spoolId, updated_at: stamp() });
      } catch (e) {
        const err = e instanceof PrintError ? e : new PrintError('PRINTER_BAD_RESPONSE', `unexpected: ${(e as Error).message}`, true);
        jobsQ.finish({ id: row.id, state: err.mayHavePrinted ? 'uncertain' : 'failed', error_code: err.code, error_message: err.message, spool_id: null, updated_at: stamp() });
      }
      return jobFromRow(jobOrFail(row.id));
    };
    const prev = lanes.get(profile.id) ?? Promise.resolve();
    const next = prev.then(run, run);
    lanes.set(profile.id, next.catch(() => undefined));
    return next;
  };

  const specOf = (p: PrinterProfile): LabelSpec => ({ widthMm: p.widthMm, heightMm: p.heightMm, dpi: p.dpi, gapMm: p.gapMm });
  const renderLabel = async (p: PrinterProfile, label: CaseLabel): Promise<Buffer> => {
    try {
      if (p.language === 'zpl') return renderZplLabel(label, specOf(p), fonts());
      if (p.language === 'tspl') return renderTsplLabel(label, specOf(p), fonts());
      return await renderPdfLabel(label, specOf(p), fonts(), { createdAt: deps.now() });
    } catch (e) {
      if (e instanceof LabelError) throw new AppFailure('rejected', e.message, { reason: e.code });
      throw e;
    }
  };
  const sameProfileShape = (row: PrintJobRow, p: PrinterProfile) => {
    if (p.language !== row.language) {
      throw new AppFailure('rejected', 'the printer profile now uses another language; print the label again', { reason: 'PRINTER_PROFILE_CHANGED' });
    }
  };

  return {
    recovered,

    profiles: (): PrinterProfile[] => profilesQ.all().map(profileFromRow),

    saveProfile: (input: PrinterProfileInput): PrinterProfile => {
      const parsed = printerProfileInputSchema.safeParse(input);
      if (!parsed.success) throw new AppFailure('invalid_input', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const p = parsed.data;
      const existing = p.id ? profilesQ.get(p.id) : undefined;
      if (p.id && !existing) throw new AppFailure('not_found', 'printer profile not found', { reason: 'PRINTER_PROFILE_NOT_FOUND' });
      const clash = profilesQ.byName(p.name);
      if (clash && clash.id !== p.id) throw new AppFailure('rejected', 'a printer with that name exists', { reason: 'PRINTER_NAME_TAKEN' });
      const at = stamp();
      const { id: _id, ...fields } = p;
      const profile: PrinterProfile = { ...fields, id: existing?.id ?? deps.newId(), createdAt: existing?.created_at ?? at, updatedAt: at };
      profilesQ.save(rowFromProfile(profile));
      return profile;
    },

    deleteProfile: (id: string): void => {
      if (!profilesQ.delete(id)) throw new AppFailure('not_found', 'printer profile not found', { reason: 'PRINTER_PROFILE_NOT_FOUND' });
    },

    printLabel: async (ref: PrinterRef, label: CaseLabel): Promise<PrintJob> => {
      const p = resolveProfile(ref, 'label');
      if (p.kind !== 'label') throw new AppFailure('rejected', 'not a label printer', { reason: 'PRINTER_NOT_FOR_LABELS' });
      const row = enqueue(p, 'label', `案件標籤 ${label.caseNumber}`, await renderLabel(p, label), null);
      return send(row, p);
    },

    printPdf: async (ref: PrinterRef, file: string, title?: string): Promise<PrintJob> => {
      const p = resolveProfile(ref, 'a4');
      if (p.language !== 'pdf') throw new AppFailure('rejected', 'this printer takes labels, not PDFs', { reason: 'PRINTER_NOT_FOR_PDF' });
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch {
        throw new AppFailure('not_found', 'PDF file not found', { reason: 'PDF_NOT_FOUND' });
      }
      if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppFailure('rejected', 'not a PDF file', { reason: 'NOT_A_PDF' });
      return send(enqueue(p, 'pdf', title ?? path.basename(file), bytes, null), p);
    },

    testPrint: async (profileId: string): Promise<PrintJob> => {
      const p = profileOrFail(profileId);
      const bytes =
        p.kind === 'a4'
          ? await renderA4TestPage(fonts().form, p.name, deps.now())
          : await renderLabel(p, sampleCaseLabel({ caseNumber: 'TEST-0000001', date: deps.now(), url: 'https://branchdesk.invalid/C/TESTPRINT' }));
      return send(enqueue(p, 'test', `測試列印 ${p.name}`, bytes, null), p);
    },

    jobs: (limit = 50): PrintJob[] => jobsQ.recent(Math.max(1, Math.min(500, Math.trunc(limit)))).map(jobFromRow),

    job: (id: string): PrintJob => jobFromRow(jobOrFail(id)),

    /** Sends a `failed` job again (nothing of it reached the printer). Any other state is refused. */
    retry: async (jobId: string): Promise<PrintJob> => {
      const row = jobOrFail(jobId);
      if (row.state !== 'failed') {
        throw new AppFailure('rejected', `a ${row.state} job cannot be retried`, { reason: row.state === 'uncertain' ? 'PRINT_MAY_HAVE_PRINTED' : 'PRINT_NOT_RETRYABLE' });
      }
      const p = profileOrFail(row.profile_id ?? '');
      sameProfileShape(row, p);
      return send(row, p);
    },

    /** Prints a job's payload again on purpose, as a new job; the original keeps its state. */
    reprint: async (jobId: string): Promise<PrintJob> => {
      const row = jobOrFail(jobId);
      const p = profileOrFail(row.profile_id ?? '');
      sameProfileShape(row, p);
      return send(enqueue(p, row.kind, row.title, fs.readFileSync(row.payload_file), row.id), p);
    },
  };
};

export type PrintService = ReturnType<typeof createPrintService>;
