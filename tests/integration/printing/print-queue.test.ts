import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printContract } from '../../../shared/ipc/contract-print';
import { loadLabelFonts } from '../../../electron/main/print/label/label-fonts';
import { sampleCaseLabel } from '../../../electron/main/print/label/sample-label';
import { renderTsplLabel } from '../../../electron/main/print/label/tspl';
import { renderZplLabel } from '../../../electron/main/print/label/zpl';
import type { PrintService } from '../../../electron/main/print/print-service';
import { startFakePrinter } from '../../../electron/main/print/testing/fake-printer';
import type { FakePrinter } from '../../../electron/main/print/testing/fake-printer';
import { queueFixture } from './queue-fixture';

const label = sampleCaseLabel();
const fonts = loadLabelFonts();
let fx: ReturnType<typeof queueFixture>;
let printer: FakePrinter;
let svc: PrintService;

const labelPrinter = (over: Record<string, unknown> = {}) =>
  svc.saveProfile({ name: '櫃台標籤機', kind: 'label', transport: 'tcp9100', language: 'zpl', dpi: 203, widthMm: 60, heightMm: 40, host: printer.host, port: printer.port, defaultLabel: true, ...over });

beforeEach(async () => {
  fx = queueFixture();
  printer = await startFakePrinter({ slowDelayMs: 20 });
  svc = fx.service();
});
afterEach(async () => {
  await printer.close();
  fx.close();
});

describe('print queue with a fake 9100 printer', () => {
  it('prints a ZPL label to the default label printer: exact bytes, payload kept, job done', async () => {
    labelPrinter();
    const job = await svc.printLabel('default', label);
    expect(job).toMatchObject({ state: 'done', attempts: 1, errorCode: null, kind: 'label', title: '案件標籤 T115-0001234' });
    const expected = renderZplLabel(label, { widthMm: 60, heightMm: 40, dpi: 203, gapMm: 2 }, fonts);
    const [got] = await printer.waitForJobs(1);
    expect(got!.equals(expected)).toBe(true);
    expect(fs.readFileSync(path.join(fx.dir, 'print-jobs', `${job.id}.zpl`)).equals(expected)).toBe(true);
  });

  it('prints TSPL at 300 dpi with the exact bytes', async () => {
    labelPrinter({ language: 'tspl', dpi: 300 });
    await svc.printLabel('default', label);
    const [got] = await printer.waitForJobs(1);
    expect(got!.equals(renderTsplLabel(label, { widthMm: 60, heightMm: 40, dpi: 300, gapMm: 2 }, fonts))).toBe(true);
  });

  it('a printer that is off: failed with PRINTER_REFUSED, payload kept, and a retry prints it once it is back', async () => {
    labelPrinter();
    await printer.setMode('refuse');
    const job = await svc.printLabel('default', label);
    expect(job).toMatchObject({ state: 'failed', errorCode: 'PRINTER_REFUSED', canRetry: true });
    expect(fs.existsSync(path.join(fx.dir, 'print-jobs', `${job.id}.zpl`))).toBe(true);
    await printer.setMode('ok');
    expect(await svc.retry(job.id)).toMatchObject({ id: job.id, state: 'done', attempts: 2, errorCode: null });
    expect(printer.jobs).toHaveLength(1);
    await expect(svc.retry(job.id)).rejects.toMatchObject({ extra: { reason: 'PRINT_NOT_RETRYABLE' } });
  });

  it('a jammed printer: uncertain with PRINTER_TIMEOUT, never retried; only an explicit reprint prints again', async () => {
    labelPrinter();
    await printer.setMode('hang');
    const job = await svc.printLabel('default', label);
    expect(job).toMatchObject({ state: 'uncertain', errorCode: 'PRINTER_TIMEOUT', canRetry: false });
    await expect(svc.retry(job.id)).rejects.toMatchObject({ extra: { reason: 'PRINT_MAY_HAVE_PRINTED' } });
    await printer.setMode('ok');
    const again = await svc.reprint(job.id);
    expect(again).toMatchObject({ state: 'done', reprintOf: job.id });
    expect(again.id).not.toBe(job.id);
    expect(svc.job(job.id).state).toBe('uncertain');
    const [got] = await printer.waitForJobs(1);
    expect(got!.equals(fs.readFileSync(path.join(fx.dir, 'print-jobs', `${job.id}.zpl`)))).toBe(true);
  });

  it('a printer that answers garbage: uncertain with PRINTER_BAD_RESPONSE', async () => {
    labelPrinter();
    await printer.setMode('garbage');
    expect(await svc.printLabel('default', label)).toMatchObject({ state: 'uncertain', errorCode: 'PRINTER_BAD_RESPONSE' });
  });

  it('a slow printer still completes within the bound', async () => {
    labelPrinter();
    await printer.setMode('slow');
    expect(await svc.printLabel('default', label)).toMatchObject({ state: 'done' });
    expect(printer.jobs).toHaveLength(1);
  });

  it('jobs to one printer go one at a time, in order, and the queue lists newest first', async () => {
    labelPrinter();
    const a = svc.printLabel('default', sampleCaseLabel({ caseNumber: 'A-1' }));
    const b = svc.printLabel('default', sampleCaseLabel({ caseNumber: 'B-2' }));
    const [ja, jb] = await Promise.all([a, b]);
    expect([ja.state, jb.state]).toEqual(['done', 'done']);
    expect(svc.jobs(10).map((j) => j.title)).toEqual(['案件標籤 B-2', '案件標籤 A-1']);
    // What the service returns is what the IPC contract promises.
    expect(() => printContract['print:jobs'].output.parse(svc.jobs(10))).not.toThrow();
    expect(() => printContract['print:profiles'].output.parse(svc.profiles())).not.toThrow();
  });

  it('a test print sends the sample label to that profile', async () => {
    const p = labelPrinter({ defaultLabel: false });
    expect(await svc.testPrint(p.id)).toMatchObject({ state: 'done', kind: 'test' });
    expect((await printer.waitForJobs(1))[0]!.toString('latin1')).toContain('^FDMA,https://branchdesk.invalid/C/TESTPRINT^FS');
  });
});

describe('print queue: PDFs, profiles and restarts', () => {
  it('saves A4 PDFs to a folder and through an injected system printer; no system printer is a clear failure', async () => {
    const out = path.join(fx.dir, 'saved');
    svc.saveProfile({ name: '存成 PDF', kind: 'a4', transport: 'pdf_file', language: 'pdf', dpi: 300, widthMm: 210, heightMm: 297, directory: out, defaultA4: true });
    const pdf = path.join(fx.dir, 'sheet.pdf');
    fs.writeFileSync(pdf, '%PDF-1.7\n%%EOF\n');
    const saved = await svc.printPdf('default', pdf, '附件2 紀錄表');
    expect(saved.state).toBe('done');
    expect(fs.readFileSync(saved.spoolId!, 'utf8')).toBe('%PDF-1.7\n%%EOF\n');

    const calls: string[] = [];
    const withSystem = queueFixture({ systemPrint: async (file) => void calls.push(fs.readFileSync(file, 'latin1')) });
    const s2 = withSystem.service();
    const sys = s2.saveProfile({ name: '辦公室印表機', kind: 'a4', transport: 'system', language: 'pdf', dpi: 300, widthMm: 210, heightMm: 297, defaultA4: true });
    expect(await s2.printPdf(sys.id, pdf)).toMatchObject({ state: 'done' });
    expect(calls).toEqual(['%PDF-1.7\n%%EOF\n']);
    withSystem.close();

    const sysless = svc.saveProfile({ name: '系統印表機', kind: 'a4', transport: 'system', language: 'pdf', dpi: 300, widthMm: 210, heightMm: 297 });
    expect(await svc.printPdf(sysless.id, pdf)).toMatchObject({ state: 'failed', errorCode: 'PRINTER_NOT_SUPPORTED' });
    fs.writeFileSync(pdf, 'not a pdf');
    await expect(svc.printPdf('default', pdf)).rejects.toMatchObject({ extra: { reason: 'NOT_A_PDF' } });
  });

  it('validates profiles, keeps one default of each kind and refuses duplicate names', () => {
    const a = labelPrinter();
    const b = labelPrinter({ name: '第二台' });
    expect(svc.profiles().filter((p) => p.defaultLabel).map((p) => p.id)).toEqual([b.id]);
    expect(() => labelPrinter()).toThrow(expect.objectContaining({ extra: { reason: 'PRINTER_NAME_TAKEN' } }));
    expect(() => labelPrinter({ name: 'x', host: null })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => labelPrinter({ name: 'y', language: 'pdf' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => labelPrinter({ name: 'q', transport: 'spooler_raw', queue: '-o raw' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    // A system printer's OS name may have spaces (Windows names usually do).
    expect(svc.saveProfile({ name: 'OS', kind: 'a4', transport: 'system', language: 'pdf', dpi: 300, widthMm: 210, heightMm: 297, queue: 'HP LaserJet 400' }).queue).toBe('HP LaserJet 400');
    expect(() => svc.saveProfile({ name: 'z', kind: 'a4', transport: 'pdf_file', language: 'pdf', dpi: 300, widthMm: 210, heightMm: 297, directory: 'relative' })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    svc.deleteProfile(a.id);
    expect(svc.profiles()).toHaveLength(2);
  });

  it('with no default printer, says so instead of guessing', async () => {
    await expect(svc.printLabel('default', label)).rejects.toMatchObject({ extra: { reason: 'NO_DEFAULT_LABEL_PRINTER' } });
    await expect(svc.printPdf('default', '/nope.pdf')).rejects.toMatchObject({ extra: { reason: 'NO_DEFAULT_A4_PRINTER' } });
  });

  it('after a crash, a job caught sending is uncertain and one still queued is failed (retryable)', async () => {
    labelPrinter();
    await printer.setMode('refuse');
    const a = await svc.printLabel('default', label);
    const b = await svc.printLabel('default', label);
    fx.db.prepare("UPDATE print_jobs SET state = 'sending' WHERE id = ?").run(a.id);
    fx.db.prepare("UPDATE print_jobs SET state = 'queued' WHERE id = ?").run(b.id);
    const restarted = fx.service();
    expect(restarted.recovered).toEqual({ uncertain: 1, failed: 1 });
    expect(restarted.job(a.id)).toMatchObject({ state: 'uncertain', errorCode: 'PRINT_INTERRUPTED' });
    expect(restarted.job(b.id)).toMatchObject({ state: 'failed', errorCode: 'PRINT_INTERRUPTED', canRetry: true });
  });
});
