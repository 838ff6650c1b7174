import { toZplHex } from './bitmap';
import type { LabelFonts } from './label-fonts';
import { layoutLabel } from './layout';
import type { LabelLayout, TextLine } from './layout';
import type { CaseLabel, LabelSpec } from './model';
import { rasterizeLine } from './text-raster';

/**
 * A case label in ZPL II for Zebra (and ZPL-compatible) printers.
 * - ^CI28 (UTF-8) is declared, although every field we send is ASCII: text of any script goes as a
 *   ^GFA graphic rasterised from the bundled font, because a stock printer has no Chinese font and
 *   built-in font widths vary by firmware (a graphic's width is known exactly, so it never overflows).
 * - The QR is ^BQN model 2 at a whole magnification (dots per module), error correction M, automatic
 *   input mode; its field origin is the first module's top-left corner.
 */

export interface ZplGraphic {
  x: number;
  y: number;
  rowBytes: number;
  totalBytes: number;
  hex: string;
}

/** Places a rasterised line: the bitmap's first ink row sits `top` below the line box's top. */
export const lineGraphic = (line: TextLine, fonts: LabelFonts): ZplGraphic => {
  const r = rasterizeLine(fonts.faces[line.weight], line.text, line.sizeDots);
  return {
    x: line.x,
    y: Math.max(0, line.baseline - r.baseline + r.top),
    rowBytes: r.bitmap.rowBytes,
    totalBytes: r.bitmap.data.length,
    hex: toZplHex(r.bitmap),
  };
};

export const zplFromLayout = (layout: LabelLayout, url: string, fonts: LabelFonts): Buffer => {
  const out: string[] = ['^XA', '^CI28', `^PW${layout.widthDots}`, `^LL${layout.heightDots}`, '^LH0,0'];
  for (const line of layout.lines) {
    if (line.text === '') continue;
    const g = lineGraphic(line, fonts);
    out.push(`^FO${g.x},${g.y}^GFA,${g.totalBytes},${g.totalBytes},${g.rowBytes},${g.hex}^FS`);
  }
  const { qr } = layout;
  out.push(`^FO${qr.x},${qr.y}^BQN,2,${qr.moduleDots}^FDMA,${url}^FS`);
  out.push('^PQ1', '^XZ');
  return Buffer.from(`${out.join('\n')}\n`, 'utf8');
};

export const renderZplLabel = (label: CaseLabel, spec: LabelSpec, fonts: LabelFonts): Buffer =>
  zplFromLayout(layoutLabel(label, spec, fonts), label.url, fonts);
