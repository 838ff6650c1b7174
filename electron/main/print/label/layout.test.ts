import { describe, expect, it } from 'vitest';
import { loadLabelFonts } from './label-fonts';
import { fitWithEllipsis, layoutLabel } from './layout';
import { LabelError, MIN_MODULE_MM } from './model';
import type { LabelSpec } from './model';
import { chooseModuleDots, minModuleDots, printerQrModules } from './qr';
import { sampleCaseLabel } from './sample-label';
import { measureText, rasterizeLine } from './text-raster';
import { renderZplLabel } from './zpl';

const fonts = loadLabelFonts();
const SPEC: LabelSpec = { widthMm: 60, heightMm: 40, dpi: 203 };

const expectInside = (label: ReturnType<typeof sampleCaseLabel>, spec: LabelSpec) => {
  const l = layoutLabel(label, spec, fonts);
  for (const line of l.lines) {
    const w = measureText(fonts.faces[line.weight], line.text, line.sizeDots);
    expect(w).toBeLessThanOrEqual(line.maxWidth);
    expect(line.x + line.maxWidth).toBeLessThanOrEqual(l.widthDots);
    expect(line.baseline).toBeLessThan(l.heightDots);
    // Text stays left of the QR's quiet zone.
    if (line.role !== 'caseNumber') expect(line.x + line.maxWidth).toBeLessThanOrEqual(l.qr.x - 4 * l.qr.moduleDots);
  }
  const end = l.qr.x + (l.qr.modules + 4) * l.qr.moduleDots;
  expect(end).toBeLessThanOrEqual(l.widthDots);
  expect(l.qr.y + (l.qr.modules + 4) * l.qr.moduleDots).toBeLessThanOrEqual(l.heightDots);
  return l;
};

describe('label layout', () => {
  it('cuts long names with an ellipsis and never lets a line overflow', () => {
    const long = sampleCaseLabel({
      caseNumber: 'T115-0001234-REPRINT-0000000009',
      companyName: '臺灣國際超長名稱精密機械電子光學材料科技工業股份有限公司附設研究發展中心暨品質保證實驗室',
      productName: '多功能電動機車快速充電器（適用鋰鐵電池組）型號 EVC-3000-PRO-MAX-2026 限量版',
    });
    const l = expectInside(long, SPEC);
    const company = l.lines.filter((x) => x.role === 'company');
    expect(company).toHaveLength(2);
    expect(company[1]!.text.endsWith('…')).toBe(true);
    expect(l.lines.find((x) => x.role === 'caseNumber')!.text.endsWith('…')).toBe(true);
  });

  it('prints hostile and rare text as text: markup, bidi marks, 4-byte and rare name characters', () => {
    const odd = sampleCaseLabel({ companyName: '<img src=x onerror=alert(1)>\u202E堃喆峯綉啓𠀋有限公司', productName: 'x'.repeat(10_000) });
    const l = expectInside(odd, SPEC);
    const company = l.lines.filter((x) => x.role === 'company').map((x) => x.text).join('');
    expect(company).toContain('<img');
    expect(company).not.toContain('\u202E');
    expect(renderZplLabel(odd, SPEC, fonts).toString('utf8')).not.toContain('<img');
  });

  it('fits the default and smaller labels at both resolutions, and refuses one too small for the QR', () => {
    for (const dpi of [203, 300] as const) {
      expectInside(sampleCaseLabel(), { widthMm: 60, heightMm: 40, dpi });
      expectInside(sampleCaseLabel(), { widthMm: 50, heightMm: 30, dpi });
      expectInside(sampleCaseLabel(), { widthMm: 100, heightMm: 50, dpi });
    }
    expect(() => layoutLabel(sampleCaseLabel(), { widthMm: 20, heightMm: 15, dpi: 203 }, fonts)).toThrow(LabelError);
  });

  it('uses the short ROC date only when the long one does not fit', () => {
    const roomy = layoutLabel(sampleCaseLabel(), SPEC, fonts).lines.find((x) => x.role === 'date');
    expect(roomy!.text).toBe('民國115年11月27日');
  });

  it('refuses a QR address that could break out of a printer field', () => {
    for (const url of ['https://x/C/A^XZ', 'https://x/C/A~JR', 'https://x/C/"A', 'https://x/C/A\nB', '']) {
      expect(() => layoutLabel(sampleCaseLabel({ url }), SPEC, fonts)).toThrow(expect.objectContaining({ code: 'LABEL_BAD_URL' }));
    }
  });
});

describe('QR module size', () => {
  it('is a whole number of dots of at least 0.375 mm at 203 and 300 dpi', () => {
    expect(minModuleDots(203)).toBe(3);
    expect(minModuleDots(300)).toBe(5);
    for (const dpi of [203, 300]) {
      const dots = chooseModuleDots(33, dpi, 1000);
      expect(Number.isInteger(dots)).toBe(true);
      expect((dots * 25.4) / dpi).toBeGreaterThanOrEqual(MIN_MODULE_MM);
      expect(dots).toBeLessThanOrEqual(10);
    }
    expect(() => chooseModuleDots(33, 203, 100)).toThrow(LabelError);
  });

  it('plans for a version 3 or 4 code for a hub address with a 26-character token', () => {
    expect([29, 33]).toContain(printerQrModules(sampleCaseLabel().url));
  });
});

describe('text rasteriser', () => {
  it('draws ink within the measured width and the line box', () => {
    const size = 27;
    const r = rasterizeLine(fonts.faces.bold, '台灣精密 T115', size);
    expect(r.bitmap.width).toBeLessThanOrEqual(Math.ceil(measureText(fonts.faces.bold, '台灣精密 T115', size)) + 1);
    expect(r.top + r.bitmap.height).toBeLessThanOrEqual(Math.ceil(size * 1.45) + 1);
    expect(r.bitmap.data.some((b) => b !== 0)).toBe(true);
  });

  it('ellipsis cuts on code points, never inside a surrogate pair', () => {
    const measure = (t: string) => Array.from(t).length;
    expect(fitWithEllipsis('𠀋𠀋𠀋𠀋', 3, measure)).toBe('𠀋𠀋…');
    expect(fitWithEllipsis('短', 3, measure)).toBe('短');
  });
});
