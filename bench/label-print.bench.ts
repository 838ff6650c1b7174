/*
 * Case label printing (issue 4): render a label and send it to a loopback raw-9100 printer; target
 * median ≤ 20 ms. Baseline from the same run: the same bytes sent with a bare net.Socket (connect,
 * write, half-close, wait for the printer to close) — the floor of any raw print. Also: the whole
 * service path (payload file fsynced + job row + send), and render-only figures per language.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { openConnection } from '../electron/main/db/connection';
import { migrate } from '../electron/main/db/migrate';
import { MIGRATIONS } from '../electron/main/db/migrations';
import { sendTcp9100 } from '../electron/main/print/drivers/tcp9100';
import { loadLabelFonts } from '../electron/main/print/label/label-fonts';
import { layoutLabel } from '../electron/main/print/label/layout';
import type { LabelSpec } from '../electron/main/print/label/model';
import { renderPdfLabel } from '../electron/main/print/label/pdf-label';
import { sampleCaseLabel } from '../electron/main/print/label/sample-label';
import { renderTsplLabel } from '../electron/main/print/label/tspl';
import { renderZplLabel } from '../electron/main/print/label/zpl';
import { createPrintService } from '../electron/main/print/print-service';
import { startFakePrinter } from '../electron/main/print/testing/fake-printer';
import { report } from './lib/report';
import { median, msSince } from './lib/stats';

const N = Number(process.env['BENCH_N'] ?? 100);
const BOUND = { connectTimeoutMs: 3000, totalTimeoutMs: 8000 };

const timeAsync = async (op: () => Promise<unknown>, n: number): Promise<number[]> => {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await op();
    ms.push(msSince(t));
  }
  return ms;
};

/** The floor: one connection, the bytes, half-close, wait for the printer's close. */
const bareSend = (port: number, bytes: Buffer): Promise<void> =>
  new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => s.end(bytes));
    s.on('end', () => {
      s.destroy();
      resolve();
    });
    s.on('error', reject);
  });

const blankLabelPdf = (spec: LabelSpec): Promise<Buffer> => {
  const doc = new PDFDocument({ size: [(spec.widthMm * 72) / 25.4, (spec.heightMm * 72) / 25.4], margin: 0, font: '' });
  doc.registerFont('regular', loadLabelFonts().form.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
};

const main = async (): Promise<void> => {
  const fonts = loadLabelFonts();
  const label = sampleCaseLabel();
  const spec: LabelSpec = { widthMm: 60, heightMm: 40, dpi: 203 };
  const printer = await startFakePrinter();
  const zpl = renderZplLabel(label, spec, fonts);

  const renderSend = () => sendTcp9100(printer.host, printer.port, renderZplLabel(label, spec, fonts), BOUND);
  const bare = () => bareSend(printer.port, zpl);
  // Warm: fonts parsed, glyph paths cached, JIT settled, as in a running app.
  await timeAsync(renderSend, 20);
  await timeAsync(bare, 20);
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < N; k += 10) {
    a.push(...(await timeAsync(renderSend, 10)));
    b.push(...(await timeAsync(bare, 10)));
  }

  // The service path: payload written and fsynced, job row, send, state recorded.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-bench-print-'));
  const db = openConnection(path.join(dir, 'bench.db'));
  migrate(db, MIGRATIONS);
  let id = 0;
  const svc = createPrintService({ db, dataDir: dir, now: () => new Date(), newId: () => `bench-${String(++id).padStart(8, '0')}` });
  svc.saveProfile({ name: 'bench', kind: 'label', transport: 'tcp9100', language: 'zpl', dpi: 203, widthMm: 60, heightMm: 40, host: printer.host, port: printer.port, defaultLabel: true });
  await timeAsync(() => svc.printLabel('default', label), 10);
  const service = await timeAsync(() => svc.printLabel('default', label), N);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const renderOnly = async (op: () => unknown, base: () => unknown, n = N) => {
    await timeAsync(async () => op(), 10);
    await timeAsync(async () => base(), 10);
    return { value: median(await timeAsync(async () => op(), n)), baseline: median(await timeAsync(async () => base(), n)) };
  };
  const layoutOnly = () => layoutLabel(label, spec, fonts);
  const zplR = await renderOnly(() => renderZplLabel(label, spec, fonts), layoutOnly);
  const zpl300 = await renderOnly(() => renderZplLabel(label, { ...spec, dpi: 300 }, fonts), () => layoutLabel(label, { ...spec, dpi: 300 }, fonts));
  const tsplR = await renderOnly(() => renderTsplLabel(label, spec, fonts), layoutOnly);
  const pdfR = await renderOnly(() => renderPdfLabel(label, spec, fonts), () => blankLabelPdf(spec), 40);
  await printer.close();

  const bareName = 'same bytes over a bare net.Socket to the same loopback printer';
  report('label-print', [
    { name: 'ZPL label 60×40 mm 203 dpi: render + send to loopback 9100', unit: 'ms', stat: 'median', value: median(a), baseline_name: bareName, baseline: median(b), target: 'value <= 20' },
    { name: 'ZPL label via print service (payload fsync + job row + send)', unit: 'ms', stat: 'median', value: median(service), baseline_name: bareName, baseline: median(b), target: 'value <= 20' },
    { name: 'render only: ZPL 203 dpi', unit: 'ms', stat: 'median', value: zplR.value, baseline_name: 'layout only (text measured, QR sized)', baseline: zplR.baseline, target: null },
    { name: 'render only: ZPL 300 dpi', unit: 'ms', stat: 'median', value: zpl300.value, baseline_name: 'layout only (text measured, QR sized)', baseline: zpl300.baseline, target: null },
    { name: 'render only: TSPL 203 dpi', unit: 'ms', stat: 'median', value: tsplR.value, baseline_name: 'layout only (text measured, QR sized)', baseline: tsplR.baseline, target: null },
    { name: 'render only: PDF label', unit: 'ms', stat: 'median', value: pdfR.value, baseline_name: 'blank pdfkit label page, same font registered', baseline: pdfR.baseline, target: null },
  ]);
};

void main();
