import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { loadFormFonts } from '../../pdf/fonts';
import type { FormFonts } from '../../pdf/fonts';

/**
 * The bundled Noto Sans TC faces, parsed once for rasterising label text. The same TTF buffers
 * pdfkit embeds in forms are used, so a label printed as ZPL/TSPL bitmaps and the PDF label show
 * the same glyphs and the same line breaks.
 */
export type LabelWeight = 'regular' | 'bold';

export interface LabelFonts {
  /** The raw TTFs (pdfkit registers these for the PDF label). */
  form: FormFonts;
  faces: Record<LabelWeight, Font>;
}

const parse = (buf: Buffer): Font => {
  const f = fontkit.create(buf);
  // A .ttc collection would have `fonts`; the bundled files are single faces.
  if (!('unitsPerEm' in f)) throw new Error('label font is a collection, expected a single face');
  return f;
};

const cache = new Map<string, LabelFonts>();

export const loadLabelFonts = (fontDir?: string): LabelFonts => {
  const key = fontDir ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const form = loadFormFonts(fontDir);
  const fonts: LabelFonts = { form, faces: { regular: parse(form.regular), bold: parse(form.bold) } };
  cache.set(key, fonts);
  return fonts;
};
