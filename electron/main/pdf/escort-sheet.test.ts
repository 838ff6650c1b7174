import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEscortSheet } from './escort-sheet';
import type { EscortSheetInput } from './escort-sheet';
import { sampleEscortSheetContent, sampleEscortSheetInput } from './escort-sheet.fixture';
import { pdfFonts, pdfPageCount, pdfText, pdfToPng, pdfWords } from './testing/poppler';

const REVIEW_DIR = path.resolve(__dirname, '../../../test-results/pdf');
const squash = (s: string) => s.replace(/\s+/g, '');

describe('附件2 專人全程服務紀錄表 (signed, typical 3 stops)', () => {
  const input = sampleEscortSheetInput();
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    pdf = await renderEscortSheet(input);
    text = pdfText(pdf);
    pdfToPng(pdf, path.join(REVIEW_DIR, 'escort-sheet-signed'));
  });

  it('prints the title, the office, the visitor and the ROC date', () => {
    expect(text).toContain('專人全程服務紀錄表');
    expect(text).toContain('經濟部標準檢驗局臺南分局');
    expect(text).toContain('附件2');
    for (const v of ['王堃喆', '峯綉電機股份有限公司', '04595257', '06-2345678', '陳建宏']) expect(text).toContain(v);
    expect(text).toMatch(/民國115年11月26日/);
  });

  it('lists every stop with its unit, item, times and outcome', () => {
    for (const stop of input.content.stops) {
      expect(text).toContain(stop.unitName);
      expect(text).toContain(stop.itemName);
    }
    expect(text).toMatch(/09:00\s+09:15\s+辦結/);
    expect(text).toContain('待補件');
    expect(text).toContain('轉介');
    expect(text).toContain('09:00 至 09:55（共 55分）');
    expect(text).toContain('■非常滿意');
  });

  it('shows the signer, the signing time, the key and the fingerprint, and no unsigned mark', () => {
    expect(text).toContain('黃志明');
    expect(text).toContain('核章時間：民國115年11月26日 15:42');
    expect(text).toContain('key-7f3a9c');
    expect(text).toContain('9c41e07b5d2a');
    for (const mark of ['草稿', '陳核中', '退回修改', '代理']) expect(text).not.toContain(mark);
  });

  it('has the footer with page numbers, ROC print time and record id', () => {
    expect(text).toContain('第 1 頁／共 1 頁');
    expect(text).toContain('列印時間：民國115年11月26日 16:05');
    expect(text).toContain('rec-20261126-0007');
  });

  it('embeds only subsets of Noto Sans TC', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(f.name).toMatch(/^[A-Z]{6}\+NotoSansTC-(Regular|Bold)$/);
    }
  });

  it('is one page of at most 150 KB', () => {
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdf.length).toBeLessThanOrEqual(150 * 1024);
  });

  it('gives the same bytes for the same input (the print time is an input)', async () => {
    expect((await renderEscortSheet(sampleEscortSheetInput())).equals(pdf)).toBe(true);
  });
});

describe('unsigned sheets', () => {
  it.each([
    ['draft', '草稿'],
    ['submitted', '陳核中'],
    ['returned', '退回修改'],
  ] as const)('a %s sheet says 「%s」 and carries no signature', async (status, mark) => {
    const pdf = await renderEscortSheet(sampleEscortSheetInput({ status, signOff: null }));
    const text = pdfText(pdf);
    expect(text).toContain(`【${mark}】`);
    expect(text).toContain('不得作為正式紀錄');
    expect(text).toContain('主管核章');
    for (const signed of ['黃志明', '核章時間', 'key-7f3a9c', '9c41e07b5d2a']) expect(text).not.toContain(signed);
    if (status === 'draft') pdfToPng(pdf, path.join(REVIEW_DIR, 'escort-sheet-draft'));
  });

  it('refuses a signed status without a sign-off, and a sign-off on an unsigned sheet', async () => {
    const signed = sampleEscortSheetInput();
    await expect(async () => renderEscortSheet({ ...signed, signOff: null })).rejects.toThrow(/sign-off/);
    await expect(async () => renderEscortSheet({ ...signed, status: 'submitted' })).rejects.toThrow(/sign-off/);
  });

  it('prints a deputy as 代理 <chief>', async () => {
    const base = sampleEscortSheetInput();
    const signOff = { ...(base.signOff as NonNullable<EscortSheetInput['signOff']>), signerName: '李冠廷', asDeputyOf: '黃志明' };
    const text = pdfText(await renderEscortSheet({ ...base, signOff }));
    expect(text).toContain('李冠廷');
    expect(text).toContain('代理 黃志明');
  });
});

describe('long and hostile text', () => {
  it('breaks 20 stops over pages and repeats the table header on each', async () => {
    const pdf = await renderEscortSheet(sampleEscortSheetInput({ stopCount: 20 }));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= pages; p++) {
      const page = pdfText(pdf, p);
      expect(page).toContain(`第 ${p} 頁／共 ${pages} 頁`);
      if (p > 1) expect(page).toContain('專人全程服務紀錄表（續）');
    }
    const withRows = [1, 2].map((p) => pdfText(pdf, p));
    for (const page of withRows) expect(page).toMatch(/項次\s+洽辦單位\s+洽辦業務\s+起時\s+訖時\s+辦理結果\s+備註/);
    const all = pdfText(pdf);
    for (let i = 1; i <= 20; i++) expect(all).toMatch(new RegExp(`^\\s*${i}\\s+\\S`, 'm'));
  });

  it('prints rare name characters and characters beyond the BMP without losing them', async () => {
    const content = sampleEscortSheetContent();
    content.visitorName = '𠮷田堃喆';
    content.escortName = '林峯綉';
    content.companyName = '啓明𠮷祥有限公司';
    const pdf = await renderEscortSheet(sampleEscortSheetInput({ content }));
    const text = pdfText(pdf);
    for (const v of ['𠮷田堃喆', '林峯綉', '啓明𠮷祥有限公司']) expect(text).toContain(v);
    expect(text.includes('\u0000') || text.includes('\uFFFD')).toBe(false);
    expect(pdfToPng(pdf, path.join(REVIEW_DIR, 'escort-sheet-rare'))).toHaveLength(1);
  });

  it('prints markup and bidi overrides as plain text, keeps every character of a 500-character note, and stays inside the page', async () => {
    const content = sampleEscortSheetContent(5);
    const note = Array.from({ length: 500 }, (_, i) => '甲乙丙丁戊己庚辛壬癸'[i % 10]).join('');
    content.visitorName = '<img src=x onerror=alert(1)>\u202E王小明';
    content.companyName = '\u200F<script>alert(1)</script>有限公司'.repeat(3);
    content.stops = content.stops.map((s, i) => ({ ...s, note: i === 1 ? note : s.note, itemName: i === 2 ? 'A'.repeat(100) : s.itemName }));
    content.visitorOpinion = '意見'.repeat(250);
    const pdf = await renderEscortSheet(sampleEscortSheetInput({ content }));
    const text = pdfText(pdf);
    expect(text).toContain('<img src=x onerror=alert(1)>王小明');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).not.toMatch(/[\u200E\u200F\u202A-\u202E]/);

    const { pages, words } = pdfWords(pdf);
    const inNote = words.filter((w) => /^[甲乙丙丁戊己庚辛壬癸]+$/.test(w.text));
    expect(inNote.map((w) => w.text).join('')).toBe(note);
    expect(squash(words.filter((w) => /^A+$/.test(w.text)).map((w) => w.text).join(''))).toBe('A'.repeat(100));
    expect(squash(words.filter((w) => /^(意見)+$/.test(w.text)).map((w) => w.text).join(''))).toBe('意見'.repeat(250));

    const margin = (16 * 72) / 25.4 - 1;
    for (const w of words) {
      const page = pages[w.page - 1];
      if (!page) throw new Error(`word on unknown page ${w.page}`);
      expect(w.xMin).toBeGreaterThanOrEqual(margin);
      expect(w.xMax).toBeLessThanOrEqual(page.width - margin);
      expect(w.yMax).toBeLessThanOrEqual(page.height - 10);
    }
    // No two words overlap: a cell whose text spilled into its neighbour would.
    for (let p = 1; p <= pages.length; p++) {
      const boxes = words.filter((w) => w.page === p && w.yMax - w.yMin > 1);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as (typeof boxes)[number];
          const b = boxes[j] as (typeof boxes)[number];
          const overlapX = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
          const overlapY = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
          if (overlapX > 0.5 && overlapY > 0.5) throw new Error(`"${a.text}" overlaps "${b.text}" on page ${p}`);
        }
      }
    }
  });

  it('survives text far beyond the schema limits (a 10,000-character opinion)', async () => {
    const content = sampleEscortSheetContent(2);
    content.visitorOpinion = '超長'.repeat(5000);
    const pdf = await renderEscortSheet(sampleEscortSheetInput({ content }));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    expect(pdfText(pdf, pages)).toContain('主管核章');
  });
});
