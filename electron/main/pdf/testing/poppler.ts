import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Test helpers that look at a PDF the way a reader's tools do, through poppler-utils (pdftotext,
 * pdffonts, pdfinfo, pdftoppm), which CI installs. Each call works on its own temporary copy.
 */

const withPdf = <T>(pdf: Buffer, fn: (file: string, dir: string) => T): T => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });

/** Text as `pdftotext -layout` gives it; pages are separated by form feeds. */
export const pdfText = (pdf: Buffer, page?: number): string =>
  withPdf(pdf, (file) => run('pdftotext', ['-layout', ...(page ? ['-f', `${page}`, '-l', `${page}`] : []), file, '-']));

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The rows of `pdffonts`: the last five columns are emb, sub, uni, object and generation. */
export const pdfFonts = (pdf: Buffer): PdfFontRow[] =>
  withPdf(pdf, (file) =>
    run('pdffonts', [file])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const cols = l.trim().split(/\s+/);
        const [emb, sub, uni] = cols.slice(-5, -2);
        return {
          name: cols[0] ?? '',
          type: cols.slice(1, -6).join(' '),
          embedded: emb === 'yes',
          subset: sub === 'yes',
          unicode: uni === 'yes',
        };
      }),
  );

export const pdfPageCount = (pdf: Buffer): number =>
  withPdf(pdf, (file) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1] ?? NaN));

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every word with its box in points, top-left origin (`pdftotext -bbox`). */
export const pdfWords = (pdf: Buffer): { pages: { width: number; height: number }[]; words: PdfWord[] } =>
  withPdf(pdf, (file) => {
    const html = run('pdftotext', ['-bbox', file, '-']);
    const pages: { width: number; height: number }[] = [];
    const words: PdfWord[] = [];
    const re = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const m of html.matchAll(re)) {
      if (m[1] !== undefined) pages.push({ width: Number(m[1]), height: Number(m[2]) });
      else words.push({ page: pages.length, text: unescape(m[7] ?? ''), xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
    }
    return { pages, words };
  });

/** Renders every page to `${outPrefix}-N.png` at `dpi` (pdftoppm numbers the pages itself). */
export const pdfToPng = (pdf: Buffer, outPrefix: string, dpi = 80): string[] =>
  withPdf(pdf, (file) => {
    fs.mkdirSync(path.dirname(outPrefix), { recursive: true });
    for (const old of fs.readdirSync(path.dirname(outPrefix))) {
      if (old.startsWith(`${path.basename(outPrefix)}-`) && old.endsWith('.png')) fs.rmSync(path.join(path.dirname(outPrefix), old));
    }
    run('pdftoppm', ['-r', `${dpi}`, '-png', file, outPrefix]);
    return fs
      .readdirSync(path.dirname(outPrefix))
      .filter((f) => f.startsWith(`${path.basename(outPrefix)}-`) && f.endsWith('.png'))
      .sort()
      .map((f) => path.join(path.dirname(outPrefix), f));
  });
