import PDFDocument from 'pdfkit';
import { collectPdfBytes } from '../../pdf/form-kit';
import type { LabelFonts } from './label-fonts';
import { layoutLabel } from './layout';
import type { CaseLabel, LabelSpec } from './model';
import { drawQrModules } from './pdf-qr';
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
  const done = collectPdfBytes(doc);

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
  drawQrModules(doc, m, x0, y0, mod);
  doc.end();
  return done;
};
