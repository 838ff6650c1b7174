import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { glyphCoverage } from './font-coverage';
import type { GlyphCoverage } from './font-coverage';

/**
 * The Traditional Chinese font every printed form uses: Noto Sans TC (SIL OFL 1.1), shipped as whole
 * static TTFs by the npm package @expo-google-fonts/noto-sans-tc, so printing works offline and
 * nothing is ever downloaded. pdfkit embeds only the glyphs a document uses (a subset).
 *
 * The files are ~7 MB each: they are read once per process and the Buffers kept, because rereading
 * them would cost more than rendering a whole form.
 */

export const FORM_FONT_PACKAGE = '@expo-google-fonts/noto-sans-tc';
export const FORM_FONT_FILES = {
  regular: '400Regular/NotoSansTC_400Regular.ttf',
  bold: '700Bold/NotoSansTC_700Bold.ttf',
} as const;
export type FormFontWeight = keyof typeof FORM_FONT_FILES;

export interface FormFonts {
  regular: Buffer;
  bold: Buffer;
  /** Whether the regular face has a glyph for a code point (the bold face covers the same set). */
  hasGlyph: GlyphCoverage;
}

const requireHere = createRequire(__filename);

/**
 * Where a face's TTF lives. With `overrideDir` (the packaged app's resources/fonts) the file is taken
 * from there by its bare name, and a missing file is an error rather than a silent fallback, so a
 * broken package shows up at once instead of printing with whatever happens to be installed.
 */
export const formFontPath = (weight: FormFontWeight, overrideDir?: string): string => {
  const rel = FORM_FONT_FILES[weight];
  if (overrideDir !== undefined) {
    const file = path.join(overrideDir, path.basename(rel));
    if (!fs.existsSync(file)) throw new Error(`form font missing: ${file}`);
    return file;
  }
  return requireHere.resolve(`${FORM_FONT_PACKAGE}/${rel}`);
};

const cache = new Map<string, FormFonts>();

/** The form fonts, read once per source directory and then shared by every render. */
export const loadFormFonts = (overrideDir?: string): FormFonts => {
  const key = overrideDir ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const regular = fs.readFileSync(formFontPath('regular', overrideDir));
  const bold = fs.readFileSync(formFontPath('bold', overrideDir));
  const fonts: FormFonts = { regular, bold, hasGlyph: glyphCoverage(regular) };
  cache.set(key, fonts);
  return fonts;
};
