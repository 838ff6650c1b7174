import { formatRocDate, formatRocShort } from '../../../../shared/util/roc-date';
import { printLine, wrapText } from '../../pdf/print-text';
import type { LabelFonts, LabelWeight } from './label-fonts';
import { QUIET_MODULES, LabelError, checkLabelSpec, checkLabelUrl, dotsPerMm } from './model';
import type { CaseLabel, LabelSpec } from './model';
import { chooseModuleDots, printerQrModules } from './qr';
import { measureText } from './text-raster';

/**
 * One layout for every output, in printer dots: the case number large across the top; below it the
 * company (bold, up to two lines), the product (up to two lines) and the ROC date on the left, and
 * the QR code with its quiet zone on the right. ZPL and TSPL use it at the printer's dpi; the PDF
 * label uses it at 300 dpi and converts dots to points, so all three look the same.
 *
 * Text never overflows: each line is measured with the font it is printed in, sizes shrink within a
 * range, and whatever still does not fit is cut with an ellipsis.
 */

export type TextRole = 'caseNumber' | 'company' | 'product' | 'date';

export interface TextLine {
  role: TextRole;
  text: string;
  x: number;
  /** The baseline, in dots from the label's top. */
  baseline: number;
  sizeDots: number;
  weight: LabelWeight;
  /** Width the line must stay within (its measured width is never larger). */
  maxWidth: number;
}

export interface QrPlacement {
  /** Top-left of the first module (the quiet zone lies around it). */
  x: number;
  y: number;
  moduleDots: number;
  /** Modules per side planned for (the printer's worst-case version). */
  modules: number;
}

export interface LabelLayout {
  dpi: number;
  widthDots: number;
  heightDots: number;
  lines: TextLine[];
  qr: QrPlacement;
}

const ELLIPSIS = '…';
/** How far CJK ink reaches above and below the baseline, in ems (Noto Sans TC's ideographic box). */
const INK_ABOVE = 0.88;
const INK_BELOW = 0.12;
const PITCH = 1.2;

type Measure = (text: string) => number;

/**
 * Longest text a label line could ever show, in code points: anything longer is cut before
 * measuring, so a 10 000-character name costs no more to lay out than a normal one.
 */
const MAX_CHARS = 160;
const capped = (text: string): string => {
  const chars = Array.from(printLine(text));
  return chars.length > MAX_CHARS ? chars.slice(0, MAX_CHARS).join('') : chars.join('');
};

/** `text` if it fits, else its longest prefix (whole code points) plus an ellipsis that fits. */
export const fitWithEllipsis = (text: string, width: number, measure: Measure): string => {
  if (measure(text) <= width) return text;
  const chars = Array.from(text.trimEnd());
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  // Widths grow with the prefix, so the longest prefix that fits is found by bisection.
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(cut(mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  if (lo > 0) return cut(lo);
  return measure(ELLIPSIS) <= width ? ELLIPSIS : '';
};

/** Wraps into at most `maxLines`; the last line takes the rest of the text, cut with an ellipsis. */
export const wrapWithEllipsis = (text: string, width: number, maxLines: number, measure: Measure): string[] => {
  const lines = wrapText(capped(text), width, measure);
  if (lines.length <= maxLines) return lines;
  const head = lines.slice(0, maxLines - 1);
  const rest = lines.slice(maxLines - 1).join('');
  return [...head, fitWithEllipsis(rest, width, measure)];
};

interface Block {
  role: TextRole;
  lines: string[];
  size: number;
  weight: LabelWeight;
}

export const layoutLabel = (label: CaseLabel, spec: LabelSpec, fonts: LabelFonts): LabelLayout => {
  checkLabelSpec(spec);
  checkLabelUrl(label.url);
  const d = (mm: number) => mm * dotsPerMm(spec.dpi);
  const W = Math.round(d(spec.widthMm));
  const H = Math.round(d(spec.heightMm));
  const margin = Math.round(d(1.5));
  const measureWith = (weight: LabelWeight, size: number): Measure => (t) => measureText(fonts.faces[weight], t, size);

  // Case number: as large as fits the full width (5.5 mm down to 3.6 mm), then cut.
  const caseText = capped(label.caseNumber);
  const caseWidth = W - 2 * margin;
  let caseSize = Math.round(d(5.5));
  const caseMin = Math.round(d(3.6));
  while (caseSize > caseMin && measureWith('bold', caseSize)(caseText) > caseWidth) caseSize--;
  const caseLine: TextLine = {
    role: 'caseNumber',
    text: fitWithEllipsis(caseText, caseWidth, measureWith('bold', caseSize)),
    x: margin,
    baseline: margin + Math.round(caseSize * 0.8),
    sizeDots: caseSize,
    weight: 'bold',
    maxWidth: caseWidth,
  };
  const belowCase = caseLine.baseline + Math.round(caseSize * 0.2) + Math.round(d(0.8));

  // QR: bottom-right, its quiet zone may reach into the gap under the case number.
  const modules = printerQrModules(label.url);
  const qrCap = Math.min(Math.round(W * 0.38), H - belowCase + Math.round(d(1.5)));
  const moduleDots = chooseModuleDots(modules, spec.dpi, qrCap);
  const box = (modules + 2 * QUIET_MODULES) * moduleDots;
  const quiet = QUIET_MODULES * moduleDots;
  const qr: QrPlacement = { x: W - box + quiet, y: H - box + quiet, moduleDots, modules };
  if (qr.y < belowCase - Math.round(d(0.3))) throw new LabelError('LABEL_TOO_SMALL', 'the QR code does not fit under the case number');

  // The text column: left of the QR's quiet zone, between the case number and the bottom margin.
  const colWidth = W - box - margin;
  const colTop = belowCase;
  const colBottom = H - margin;
  const blocksFor = (k: number, companyLines: number, productLines: number): Block[] => {
    const cs = Math.round(d(3.4 * k));
    const ps = Math.round(d(3.0 * k));
    const ds = Math.round(d(2.8 * k));
    const rocLong = formatRocDate(label.date);
    const date = measureWith('regular', ds)(rocLong) <= colWidth ? rocLong : formatRocShort(label.date);
    return [
      { role: 'company', lines: wrapWithEllipsis(label.companyName, colWidth, companyLines, measureWith('bold', cs)), size: cs, weight: 'bold' },
      { role: 'product', lines: wrapWithEllipsis(label.productName, colWidth, productLines, measureWith('regular', ps)), size: ps, weight: 'regular' },
      { role: 'date', lines: [fitWithEllipsis(date, colWidth, measureWith('regular', ds))], size: ds, weight: 'regular' },
    ];
  };
  const heightOf = (blocks: Block[]) =>
    blocks.reduce((h, b) => h + (b.lines.length - 1) * b.size * PITCH + b.size * (INK_ABOVE + INK_BELOW), 0) + 2 * d(0.8);
  const tries: [number, number, number][] = [
    [1, 2, 2],
    [1, 2, 1],
    [0.9, 2, 1],
    [0.8, 2, 1],
    [0.8, 1, 1],
    [0.7, 1, 1],
  ];
  let blocks: Block[] | undefined;
  for (const [k, c, p] of tries) {
    const b = blocksFor(k, c, p);
    if (heightOf(b) <= colBottom - colTop) {
      blocks = b;
      break;
    }
  }
  if (!blocks) throw new LabelError('LABEL_TOO_SMALL', 'the label is too small for its text');

  // Company and product flow from the top; the date sits on the bottom margin.
  const lines: TextLine[] = [caseLine];
  let y = colTop;
  for (const b of blocks) {
    if (b.role === 'date') continue;
    b.lines.forEach((text, i) => {
      const baseline = Math.round(y + b.size * INK_ABOVE + i * b.size * PITCH);
      lines.push({ role: b.role, text, x: margin, baseline, sizeDots: b.size, weight: b.weight, maxWidth: colWidth });
    });
    y += (b.lines.length - 1) * b.size * PITCH + b.size * (INK_ABOVE + INK_BELOW) + d(0.8);
  }
  const date = blocks.find((b) => b.role === 'date');
  if (date) {
    const baseline = Math.round(colBottom - date.size * INK_BELOW);
    lines.push({ role: 'date', text: date.lines[0] ?? '', x: margin, baseline, sizeDots: date.size, weight: 'regular', maxWidth: colWidth });
  }
  return { dpi: spec.dpi, widthDots: W, heightDots: H, lines, qr };
};
