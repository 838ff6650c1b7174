import type { PdfWord } from './testing/poppler';
import { pdfWords } from './testing/poppler';

/**
 * Test helpers: what a reader would call a broken layout, found from the words poppler extracts —
 * text outside the printable area, words drawn over each other (a cell whose text spilled into its
 * neighbour), and very large words (a watermark).
 */

const MARGIN_PT = (16 * 72) / 25.4 - 1;

const describe = (w: PdfWord): string => `"${w.text}" on page ${w.page}`;

/** Problems found on the given pages (all when absent); an empty list means the layout is clean. */
export const layoutProblems = (pdf: Buffer, onlyPages?: readonly number[]): string[] => {
  const { pages, words } = pdfWords(pdf);
  const problems: string[] = [];
  const wanted = (p: number) => !onlyPages || onlyPages.includes(p);
  for (const w of words) {
    if (!wanted(w.page)) continue;
    const page = pages[w.page - 1];
    if (!page) {
      problems.push(`${describe(w)}: unknown page`);
      continue;
    }
    if (w.xMin < MARGIN_PT || w.xMax > page.width - MARGIN_PT) problems.push(`${describe(w)} crosses a side margin`);
    if (w.yMin < 10 || w.yMax > page.height - 10) problems.push(`${describe(w)} is off the page`);
  }
  for (let p = 1; p <= pages.length; p++) {
    if (!wanted(p)) continue;
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
export const textRightOf = (pdf: Buffer, x: number): string =>
  pdfWords(pdf)
    .words.filter((w) => w.xMin >= x)
    .map((w) => w.text)
    .join('');

/** The characters of a string, sorted: a rotated watermark's letters come out in any order. */
export const sortedChars = (s: string): string => Array.from(s).sort().join('');
