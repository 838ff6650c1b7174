import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText, pdfToPng, pdfWords } from '../../pdf/testing/poppler';
import { decodeQrPng, pngSize } from '../testing/qr-decode';
import { zplToPng } from '../testing/zpl-png';
import { loadLabelFonts } from './label-fonts';
import { MIN_MODULE_MM } from './model';
import type { LabelDpi, LabelSpec } from './model';
import { renderPdfLabel } from './pdf-label';
import { sampleCaseLabel } from './sample-label';
import { parseTspl } from './tspl-parse';
import { renderTsplLabel } from './tspl';
import { renderZplLabel } from './zpl';

const fonts = loadLabelFonts();
const label = sampleCaseLabel();
const OUT = path.resolve('test-results/labels');
const spec = (dpi: LabelDpi): LabelSpec => ({ widthMm: 60, heightMm: 40, dpi });

describe.each([203, 300] as const)('ZPL label at %i dpi', (dpi) => {
  const zpl = renderZplLabel(label, spec(dpi), fonts).toString('utf8');

  it('sets UTF-8, the label size in dots, and one QR field at a whole magnification of at least 0.375 mm', () => {
    const dots = (mm: number) => Math.round((mm * dpi) / 25.4);
    expect(zpl.startsWith('^XA\n^CI28\n')).toBe(true);
    expect(zpl).toContain(`^PW${dots(60)}\n^LL${dots(40)}\n`);
    expect(zpl.trimEnd().endsWith('^XZ')).toBe(true);
    const qr = [...zpl.matchAll(/\^FO(\d+),(\d+)\^BQN,2,(\d+)\^FDMA,([^^]*)\^FS/g)];
    expect(qr).toHaveLength(1);
    const mag = Number(qr[0]![3]);
    expect(Number.isInteger(mag)).toBe(true);
    expect((mag * 25.4) / dpi).toBeGreaterThanOrEqual(MIN_MODULE_MM);
    expect(qr[0]![4]).toBe(label.url);
  });

  it('sends all text as ^GFA graphics whose byte counts match their data, inside the label', () => {
    const gfs = [...zpl.matchAll(/\^FO(\d+),(\d+)\^GFA,(\d+),(\d+),(\d+),([0-9A-F]+)\^FS/g)];
    expect(gfs.length).toBeGreaterThanOrEqual(5);
    for (const g of gfs) {
      const [x, y, total, total2, row, hex] = [Number(g[1]), Number(g[2]), Number(g[3]), Number(g[4]), Number(g[5]), g[6]!];
      expect(total2).toBe(total);
      expect(hex.length).toBe(total * 2);
      expect(total % row).toBe(0);
      expect(x + row * 8).toBeLessThanOrEqual(Math.round((60 * dpi) / 25.4) + 7);
      expect(y + total / row).toBeLessThanOrEqual(Math.round((40 * dpi) / 25.4));
    }
    // No text reaches the printer as characters: hostile names cannot become commands.
    expect(zpl).not.toMatch(/\^A[0-9A-Z]/);
  });

  it('decodes back to the exact URL when rendered by zpl-renderer-js', async () => {
    const png = await zplToPng(zpl, 60, 40, dpi);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, `label-zpl-${dpi}.png`), png);
    expect(pngSize(png).width).toBe(dpi === 203 ? 480 : 720);
    expect(decodeQrPng(png)).toBe(label.url);
  });
});

describe.each([203, 300] as const)('TSPL label at %i dpi', (dpi) => {
  const tspl = renderTsplLabel(label, spec(dpi), fonts);
  const parsed = parseTspl(tspl);

  it('has SIZE, GAP, CLS, the QR and PRINT 1,1 in order', () => {
    expect(parsed.map((c) => c.name)).toEqual(['SIZE', 'GAP', 'DIRECTION', 'REFERENCE', 'CLS', 'TEXT', 'BITMAP', 'BITMAP', 'BITMAP', 'BITMAP', 'BITMAP', 'QRCODE', 'PRINT']);
    expect(parsed[0]!.args).toEqual(['60 mm', '40 mm']);
    expect(parsed.at(-1)!.args).toEqual(['1', '1']);
  });

  it('QRCODE carries the exact URL at ECC M with a whole cell width of at least 0.375 mm', () => {
    const qr = parsed.find((c) => c.name === 'QRCODE')!;
    const [, , ecc, cell, mode, rotation, data] = qr.args;
    expect({ ecc, mode, rotation }).toEqual({ ecc: 'M', mode: 'A', rotation: '0' });
    expect((Number(cell) * 25.4) / dpi).toBeGreaterThanOrEqual(MIN_MODULE_MM);
    expect(data).toBe(label.url);
  });

  it('BITMAP data is exactly width × height bytes and the case number is resident-font TEXT', () => {
    for (const b of parsed.filter((c) => c.name === 'BITMAP')) {
      expect(b.data!.length).toBe(Number(b.args[2]) * Number(b.args[3]));
    }
    expect(parsed.find((c) => c.name === 'TEXT')!.args.at(-1)).toBe('T115-0001234');
  });
});

describe('PDF label', () => {
  it('is one 60 × 40 mm page whose QR decodes to the exact URL and whose text is the label', async () => {
    const pdf = await renderPdfLabel(label, spec(203), fonts);
    const { pages, words } = pdfWords(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo((60 * 72) / 25.4, 1);
    expect(pages[0]!.height).toBeCloseTo((40 * 72) / 25.4, 1);
    for (const w of words) expect(w.xMax).toBeLessThanOrEqual(pages[0]!.width);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('T115-0001234');
    expect(text).toContain('台灣精密電子股份有限公');
    expect(text).toContain('民國115年11月27日');
    const [png] = pdfToPng(pdf, path.join(OUT, 'label-pdf'), 300);
    expect(decodeQrPng(fs.readFileSync(png!))).toBe(label.url);
  });
});

describe('golden output for the fixed sample label (203 dpi)', () => {
  // Any change to the layout, the rasteriser or the font shows up here; review the new output
  // (test-results/labels/*.png) before updating the snapshot.
  it('ZPL is byte-for-byte the reviewed job', () => {
    expect(renderZplLabel(label, spec(203), fonts).toString('utf8')).toMatchSnapshot();
  });

  it('TSPL commands are the reviewed job (bitmap data by digest)', () => {
    const cmds = parseTspl(renderTsplLabel(label, spec(203), fonts)).map((c) =>
      c.data ? `${c.name} ${c.args.join(',')} sha256:${createHash('sha256').update(c.data).digest('hex').slice(0, 16)}` : `${c.name} ${c.args.join(',')}`,
    );
    expect(cmds).toMatchSnapshot();
  });
});
