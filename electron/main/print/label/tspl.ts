import { toTsplBytes } from './bitmap';
import type { LabelFonts } from './label-fonts';
import { layoutLabel } from './layout';
import type { LabelLayout, TextLine } from './layout';
import type { CaseLabel, LabelSpec } from './model';
import { rasterizeLine } from './text-raster';

/**
 * A case label in TSPL/TSPL2 for TSC (and TSPL-compatible) printers: SIZE, GAP, CLS, then Chinese
 * text as BITMAP graphics rasterised from the bundled font (a stock TSC printer has no Traditional
 * Chinese font), the case number as TEXT in a fixed-pitch resident font when it is plain ASCII and
 * fits, the QR code as QRCODE with ECC M, and PRINT 1,1. Lines end in CR LF as TSC's own drivers send.
 */

const EOL = '\r\n';

/** Resident fixed-pitch fonts and their cells in dots on a 203 dpi head (TSPL manual, TEXT). */
const FIXED_FONTS = [
  { name: '5', w: 32, h: 48 },
  { name: '4', w: 24, h: 32 },
  { name: '3', w: 16, h: 24 },
  { name: '2', w: 12, h: 20 },
] as const;

export interface TsplText {
  font: string;
  mul: number;
  /** Planned cell size in dots (after multiplication). */
  cellW: number;
  cellH: number;
}

/**
 * The largest resident font and multiplier whose cells fit the case number's line. Cells are planned
 * as if a 300 dpi head scaled them to the same physical size as on 203 dpi; a head that does not
 * prints them smaller, never wider. Undefined when the text is not plain ASCII or nothing fits: the
 * line then goes as a bitmap like the Chinese text.
 */
export const tsplTextFor = (line: TextLine, dpi: number): TsplText | undefined => {
  if (!/^[\x20-\x21\x23-\x5B\x5D-\x7E]+$/.test(line.text)) return undefined;
  const scale = dpi / 203;
  const maxH = line.sizeDots * 1.15;
  const options: TsplText[] = [];
  for (const f of FIXED_FONTS) {
    for (const mul of [1, 2, 3]) {
      options.push({ font: f.name, mul, cellW: Math.ceil(f.w * mul * scale), cellH: Math.ceil(f.h * mul * scale) });
    }
  }
  return options
    .filter((o) => o.cellH <= maxH && o.cellW * line.text.length <= line.maxWidth)
    .sort((a, b) => b.cellH - a.cellH || b.cellW - a.cellW)[0];
};

const bitmapCommand = (line: TextLine, fonts: LabelFonts): Buffer => {
  const r = rasterizeLine(fonts.faces[line.weight], line.text, line.sizeDots);
  const y = Math.max(0, line.baseline - r.baseline + r.top);
  const head = Buffer.from(`BITMAP ${line.x},${y},${r.bitmap.rowBytes},${r.bitmap.height},0,`, 'latin1');
  return Buffer.concat([head, toTsplBytes(r.bitmap), Buffer.from(EOL, 'latin1')]);
};

const textCommand = (line: TextLine, t: TsplText): Buffer => {
  // The cell's top sits where the layout expects the top of capitals.
  const y = Math.max(0, Math.round(line.baseline - line.sizeDots * 0.8));
  return Buffer.from(`TEXT ${line.x},${y},"${t.font}",0,${t.mul},${t.mul},"${line.text}"${EOL}`, 'latin1');
};

export const tsplFromLayout = (layout: LabelLayout, url: string, spec: LabelSpec, fonts: LabelFonts): Buffer => {
  const parts: Buffer[] = [
    Buffer.from(
      [`SIZE ${spec.widthMm} mm,${spec.heightMm} mm`, `GAP ${spec.gapMm ?? 2} mm,0 mm`, 'DIRECTION 1,0', 'REFERENCE 0,0', 'CLS', ''].join(EOL),
      'latin1',
    ),
  ];
  for (const line of layout.lines) {
    if (line.text === '') continue;
    const t = line.role === 'caseNumber' ? tsplTextFor(line, layout.dpi) : undefined;
    parts.push(t ? textCommand(line, t) : bitmapCommand(line, fonts));
  }
  const { qr } = layout;
  parts.push(Buffer.from(`QRCODE ${qr.x},${qr.y},M,${qr.moduleDots},A,0,"${url}"${EOL}PRINT 1,1${EOL}`, 'latin1'));
  return Buffer.concat(parts);
};

export const renderTsplLabel = (label: CaseLabel, spec: LabelSpec, fonts: LabelFonts): Buffer =>
  tsplFromLayout(layoutLabel(label, spec, fonts), label.url, spec, fonts);
