import PDFDocument from 'pdfkit';
import type { LabelFonts } from './label-fonts';
import { layoutLabel } from './layout';
import type { CaseLabel, LabelSpec } from './model';
import { qrMatrix } from './qr';

/**
 * The case label as a one-page PDF the size of the label, for system printers (and save-as-PDF).
 * It uses the same layout as ZPL/TSPL, computed at 300 dpi and converted to points, with real text
 * in the bundled font (embedded as a subset, so it copies and searches) and the QR drawn as vector
 * squares from `qrcode`'s module matrix at ECC M, with its quiet zone left white.
 */

const LAYOUT_DPI = 300;
const PT_PER_DOT = 72 / LAYOUT_DPI;
const PT_PER_MM = 72 / 25.4;

export interface PdfLabelOptions {
  /** PDF metadata date; the label's own date when absent, so the same label gives the same file. */
  createdAt?: Date;
}

export const renderPdfLabel = (label: CaseLabel, spec: LabelSpec, fonts: LabelFonts, opts: PdfLabelOptions = {}): Promise<Buffer> => {
  const layout = layoutLabel(label, { ...spec, dpi: LAYOUT_DPI }, fonts);
  const when = opts.createdAt ?? label.date;
  const doc = new PDFDocument({
    size: [spec.widthMm * PT_PER_MM, spec.heightMm * PT_PER_MM],
    margin: 0,
    font: '',
    info: { Title: `案件標籤 ${label.caseNumber}`, Author: 'BranchDesk', CreationDate: when, ModDate: when },
  });
  doc.registerFont('regular', fonts.form.regular);
  doc.registerFont('bold', fonts.form.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.fillColor('#000000');
  for (const line of layout.lines) {
    if (line.text === '') continue;
    doc
      .font(line.weight)
      .fontSize(line.sizeDots * PT_PER_DOT)
      .text(line.text, line.x * PT_PER_DOT, line.baseline * PT_PER_DOT, { lineBreak: false, baseline: 'alphabetic' });
  }

  // The layout planned room for the printers' worst-case version; a smaller code is centred in it.
  const m = qrMatrix(label.url);
  const mod = layout.qr.moduleDots * PT_PER_DOT;
  const inset = ((layout.qr.modules - m.size) / 2) * mod;
  const x0 = layout.qr.x * PT_PER_DOT + inset;
  const y0 = layout.qr.y * PT_PER_DOT + inset;
  for (let y = 0; y < m.size; y++) {
    // One rectangle per horizontal run of dark modules: fewer path operations, no hairline seams.
    let x = 0;
    while (x < m.size) {
      if (!m.dark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < m.size && m.dark(x, y)) x++;
      doc.rect(x0 + start * mod, y0 + y * mod, (x - start) * mod, mod);
    }
  }
  doc.fill('#000000');
  doc.end();
  return done;
};
