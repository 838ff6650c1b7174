import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLabelFonts } from '../../../electron/main/print/label/label-fonts';
import { sampleCaseLabel } from '../../../electron/main/print/label/sample-label';
import { renderZplLabel } from '../../../electron/main/print/label/zpl';
import type { PrintService } from '../../../electron/main/print/print-service';
import { startFakePrinter } from '../../../electron/main/print/testing/fake-printer';
import type { FakePrinter } from '../../../electron/main/print/testing/fake-printer';
import { CUPS_PDF_PPD, addQueue, cupsPdfOutputDirs, ensureScheduler, missingCupsPieces, newPdfs, removeQueue, waitFor } from './cups-env';
import { queueFixture } from './queue-fixture';

/*
 * The OS spooler path end to end, through a real CUPS: an A4 PDF to a cups-pdf queue (found again
 * in cups-pdf's output folder and read with pdftotext) and a raw ZPL label to a raw socket queue
 * pointing at the fake printer (which must receive the exact bytes). CI installs CUPS (.ci/run), so
 * there a missing CUPS is a failure, never a skip; elsewhere the suite is skipped with the reason.
 */
const missing = missingCupsPieces();
const inCi = process.env['CI'] === 'true';
if (missing.length > 0 && inCi) {
  throw new Error(`CUPS is required in CI but missing: ${missing.join(', ')} (apt-get install cups printer-driver-cups-pdf)`);
}

const PDF_QUEUE = 'BD_OFFICE_PDF';
const LABEL_QUEUE = 'BD_LABEL';

/** An A4 PDF whose marker is in a standard font: cups-pdf re-renders through Ghostscript, which
 * drops the Unicode map of embedded subsets, so only standard-font text is sure to extract. */
const a4Pdf = (marker: string): Promise<Buffer> => {
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  doc.registerFont('tc', loadLabelFonts().form.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(18).text(`BranchDesk spooler test ${marker}`, 72, 72);
  doc.font('tc').fontSize(18).text('分局服務台 A4 列印測試', 72, 110);
  doc.end();
  return done;
};

describe.skipIf(missing.length > 0)('CUPS spooler (cups-pdf queue and raw socket queue)', () => {
  let stopScheduler: () => void = () => undefined;
  let printer: FakePrinter;
  let fx: ReturnType<typeof queueFixture>;
  let svc: PrintService;

  beforeAll(async () => {
    stopScheduler = await ensureScheduler();
    printer = await startFakePrinter();
    addQueue(PDF_QUEUE, 'cups-pdf:/', CUPS_PDF_PPD);
    addQueue(LABEL_QUEUE, `socket://127.0.0.1:${printer.port}`, 'raw');
    fx = queueFixture({ timeouts: { connectMs: 2000, totalMs: 5000, spoolerMs: 15_000 } });
    svc = fx.service();
  }, 60_000);

  afterAll(async () => {
    removeQueue(PDF_QUEUE);
    removeQueue(LABEL_QUEUE);
    await printer?.close();
    fx?.close();
    stopScheduler();
  });

  it('prints an A4 PDF through the cups-pdf queue and the file comes out with its text', async () => {
    const marker = randomBytes(6).toString('hex').toUpperCase();
    const file = path.join(fx.dir, 'sheet.pdf');
    fs.writeFileSync(file, await a4Pdf(marker));
    svc.saveProfile({ name: 'CUPS PDF', kind: 'a4', transport: 'spooler_raw', language: 'pdf', dpi: 300, widthMm: 210, heightMm: 297, queue: PDF_QUEUE, defaultA4: true });
    const since = Date.now() - 1000;
    const job = await svc.printPdf('default', file, `spooler test ${marker}`);
    expect(job).toMatchObject({ state: 'done', errorCode: null });
    expect(job.spoolId).toMatch(new RegExp(`^${PDF_QUEUE}-\\d+$`));
    const dirs = cupsPdfOutputDirs();
    // cups-pdf writes its file in steps: one seen too early is empty or partial, so read it again later.
    const textOf = (f: string): string => {
      try {
        return execFileSync('pdftotext', [f, '-'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        return '';
      }
    };
    const out = await waitFor(
      `cups-pdf output in ${dirs.join(' or ')}`,
      () => newPdfs(dirs, since).find((f) => textOf(f).includes(marker)),
      30_000,
    );
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8', timeout: 10_000 });
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 842/);
    fs.rmSync(out, { force: true });
  });

  it('prints a raw ZPL label through the raw socket queue and the printer gets the exact bytes', async () => {
    svc.saveProfile({ name: 'CUPS 標籤', kind: 'label', transport: 'spooler_raw', language: 'zpl', dpi: 203, widthMm: 60, heightMm: 40, queue: LABEL_QUEUE, defaultLabel: true });
    const label = sampleCaseLabel();
    const job = await svc.printLabel('default', label);
    expect(job).toMatchObject({ state: 'done', errorCode: null });
    const [got] = await printer.waitForJobs(1, 30_000);
    expect(got!.equals(renderZplLabel(label, { widthMm: 60, heightMm: 40, dpi: 203, gapMm: 2 }, loadLabelFonts()))).toBe(true);
  });

  it('a queue that does not exist fails at once as PRINTER_UNKNOWN_QUEUE and can be retried', async () => {
    const p = svc.saveProfile({ name: '不存在的佇列', kind: 'label', transport: 'spooler_raw', language: 'zpl', dpi: 203, widthMm: 60, heightMm: 40, queue: 'BD_NO_SUCH_QUEUE' });
    expect(await svc.printLabel(p.id, sampleCaseLabel())).toMatchObject({ state: 'failed', errorCode: 'PRINTER_UNKNOWN_QUEUE', canRetry: true });
  });
});
