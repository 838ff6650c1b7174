/**
 * Which code points a TrueType/OpenType font maps to a real glyph, read from its `cmap` table.
 *
 * pdfkit draws a character the font lacks as glyph 0 (.notdef) and writes U+0000 into the
 * ToUnicode map for it, so copied or extracted text loses the character. Knowing the coverage lets
 * the form kit keep such characters honest (see drawTextLine: it wraps them in ActualText).
 * Only the two subtable formats that matter for Unicode fonts are read: 12 (full range) and 4 (BMP).
 */

export type GlyphCoverage = (codePoint: number) => boolean;

interface Range {
  start: number;
  end: number;
}

const tableOffset = (font: Buffer, tag: string): number | undefined => {
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (font.toString('latin1', rec, rec + 4) === tag) return font.readUInt32BE(rec + 8);
  }
  return undefined;
};

/** Format 12: groups of consecutive code points mapped to consecutive glyphs. */
const format12Ranges = (font: Buffer, at: number): Range[] => {
  const groups = font.readUInt32BE(at + 12);
  const ranges: Range[] = [];
  for (let g = 0; g < groups; g++) {
    const p = at + 16 + g * 12;
    const start = font.readUInt32BE(p);
    const end = font.readUInt32BE(p + 4);
    const glyph = font.readUInt32BE(p + 8);
    // A group that starts at glyph 0 maps its first code point to .notdef: skip that one.
    ranges.push({ start: glyph === 0 ? start + 1 : start, end });
  }
  return ranges;
};

/** Format 4: BMP segments; a code point is covered when its computed glyph id is not 0. */
const format4Ranges = (font: Buffer, at: number): Range[] => {
  const segCount = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const ranges: Range[] = [];
  for (let s = 0; s < segCount; s++) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readInt16BE(deltas + s * 2);
    const roAt = rangeOffsets + s * 2;
    const ro = font.readUInt16BE(roAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (ro === 0) glyph = (cp + delta) & 0xffff;
      else {
        const raw = font.readUInt16BE(roAt + ro + (cp - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph === 0) continue;
      const last = ranges[ranges.length - 1];
      if (last && last.end === cp - 1) last.end = cp;
      else ranges.push({ start: cp, end: cp });
    }
  }
  return ranges;
};

/** Builds the coverage test once per font; lookups are a binary search over the mapped ranges. */
export const glyphCoverage = (font: Buffer): GlyphCoverage => {
  const cmap = tableOffset(font, 'cmap');
  if (cmap === undefined) throw new Error('font has no cmap table');
  const count = font.readUInt16BE(cmap + 2);
  let f12: number | undefined;
  let f4: number | undefined;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(rec);
    const at = cmap + font.readUInt32BE(rec + 4);
    const format = font.readUInt16BE(at);
    const unicode = platform === 0 || platform === 3;
    if (unicode && format === 12) f12 ??= at;
    if (unicode && format === 4) f4 ??= at;
  }
  let ranges: Range[];
  if (f12 !== undefined) ranges = format12Ranges(font, f12);
  else if (f4 !== undefined) ranges = format4Ranges(font, f4);
  else throw new Error('font has no Unicode cmap (format 12 or 4)');
  ranges.sort((a, b) => a.start - b.start);

  return (cp) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid] as Range;
      if (cp < r.start) hi = mid - 1;
      else if (cp > r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
};

/** Splits text into runs the font can and cannot draw (code point by code point). */
export const coverageRuns = (text: string, hasGlyph: GlyphCoverage): { text: string; covered: boolean }[] => {
  const runs: { text: string; covered: boolean }[] = [];
  for (const ch of text) {
    const covered = hasGlyph(ch.codePointAt(0) ?? 0);
    const last = runs[runs.length - 1];
    if (last && last.covered === covered) last.text += ch;
    else runs.push({ text: ch, covered });
  }
  return runs;
};
