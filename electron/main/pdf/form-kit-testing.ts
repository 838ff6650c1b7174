import { PDFDocument } from 'pdf-lib';
import type { PdfWord } from './testing/poppler';
import { pdfFonts, pdfWords } from './testing/poppler';

/**
 * Test helpers: what a reader would call a broken layout, found from the words poppler extracts —
 * text outside the printable area, words drawn over each other (a cell whose text spilled into its
 * neighbour), and very large words (a watermark).
 */

const MARGIN_PT = (16 * 72) / 25.4 - 1;

const describe = (w: PdfWord): string => `"${w.text}" on page ${w.page}`;

/**
 * A PDF of only the given pages (1-based), so poppler's output on a long bundle stays small. The
 * pages are renumbered from 1 in the order given.
 */
export const pickPages = async (pdf: Buffer, pages: readonly number[]): Promise<Buffer> => {
  const src = await PDFDocument.load(pdf);
  const out = await PDFDocument.create();
  for (const page of await out.copyPages(src, pages.map((p) => p - 1))) out.addPage(page);
  return Buffer.from(await out.save());
};

/** Problems found on the page(s); an empty list means the layout is clean. */
export const layoutProblems = (pdf: Buffer): string[] => {
  const { pages, words } = pdfWords(pdf);
  const problems: string[] = [];
  for (const w of words) {
    const page = pages[w.page - 1];
    if (!page) {
      problems.push(`${describe(w)}: unknown page`);
      continue;
    }
    if (w.xMin < MARGIN_PT || w.xMax > page.width - MARGIN_PT) problems.push(`${describe(w)} crosses a side margin`);
    if (w.yMin < 10 || w.yMax > page.height - 10) problems.push(`${describe(w)} is off the page`);
  }
  for (let p = 1; p <= pages.length; p++) {
    const boxes = words.filter((w) => w.page === p && w.yMax - w.yMin > 1 && w.yMax - w.yMin < 40);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as PdfWord;
        const b = boxes[j] as PdfWord;
        const overlapX = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const overlapY = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (overlapX > 0.5 && overlapY > 0.5) problems.push(`${describe(a)} overlaps "${b.text}"`);
      }
    }
  }
  return problems;
};

/** Words taller than `minHeight` points (a diagonal watermark's box is far taller than any line). */
export const hugeWords = (pdf: Buffer, minHeight = 60): PdfWord[] => pdfWords(pdf).words.filter((w) => w.yMax - w.yMin > minHeight);

/** The words of the given pages joined without spaces, in reading order, for "every character kept" checks. */
export const squashedText = (pdf: Buffer, pattern: RegExp): string =>
  pdfWords(pdf)
    .words.filter((w) => pattern.test(w.text))
    .map((w) => w.text)
    .join('');

/** The words starting at or right of `x` points (a form's value column), joined without spaces. */
export const textRightOf = (pdf: Buffer, x: number, page?: number): string =>
  pdfWords(pdf)
    .words.filter((w) => w.xMin >= x && (page === undefined || w.page === page))
    .map((w) => w.text)
    .join('');

/** The characters of a string, sorted: a rotated watermark's letters come out in any order. */
export const sortedChars = (s: string): string => Array.from(s).sort().join('');

/**
 * Fonts that are not what our forms may carry: anything but an embedded, Unicode-mapped subset of
 * Noto Sans TC (Regular or Bold). A PDF with no font at all is a problem too.
 */
export const fontProblems = (pdf: Buffer): string[] => {
  const fonts = pdfFonts(pdf);
  if (fonts.length === 0) return ['no fonts'];
  return fonts
    .filter((f) => !(f.embedded && f.subset && f.unicode && /^[A-Z]{6}\+NotoSansTC-(Regular|Bold)$/.test(f.name)))
    .map((f) => `${f.name} (${f.type}) emb=${f.embedded} sub=${f.subset} uni=${f.unicode}`);
};
