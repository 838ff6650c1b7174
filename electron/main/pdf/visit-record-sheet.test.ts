import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontProblems, hugeWords, layoutProblems, sortedChars, squashedText, textRightOf } from './form-kit-testing';
import { pdfPageCount, pdfText, pdfToPng } from './testing/poppler';
import { renderVisitRecordSheet } from './visit-record-sheet';
import { samplePrefilledVisitRecordContent, sampleVisitRecordContent, sampleVisitRecordSheetInput } from './visit-record-sheet.fixture';
import type { FormSignOff } from './form-kit-sign-off';

const REVIEW_DIR = path.resolve(__dirname, '../../../test-results/pdf');

describe('附件1 主動到府關心行動服務紀錄表 (signed)', () => {
  const input = sampleVisitRecordSheetInput();
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    pdf = await renderVisitRecordSheet(input);
    text = pdfText(pdf);
    pdfToPng(pdf, path.join(REVIEW_DIR, 'visit-record-sheet-signed'));
  });

  it('prints the title, the office, the business and the ROC date and times', () => {
    for (const v of ['主動到府關心行動服務紀錄表', '附件1', '經濟部標準檢驗局臺南分局', '峯綉電機股份有限公司', '04595257']) {
      expect(text).toContain(v);
    }
    for (const v of ['臺南市安南區工業二路 31 號', '王堃喆（品保課長）', '06-2345678 分機 215', '電器商品（電風扇、除濕機）']) {
      expect(text).toContain(v);
    }
    expect(text).toContain('民國115年12月3日');
    expect(text).toContain('09:30 至 11:10（共 1小時40分）');
    expect(text).toContain('第二課');
    expect(text).toContain('陳建宏、林淑芬');
  });

  it('ticks the chosen service mode, categories, occasion and e點通, and prints the count', () => {
    expect(text).toContain('■到廠服務');
    expect(text).toContain('□電話咨詢');
    expect(text).toMatch(/■法規咨詢\s+■技術咨詢\s+■線上申辦輔導\s+□事故調查\s+□查核封存\s+□其他/);
    expect(text).toContain('■業者請求');
    expect(text).toContain('□違規訪查');
    expect(text).toContain('■是，已輔導業者使用 e點通 查詢案件進度');
    expect(text).toContain('□否');
    expect(text).toContain('3 人次');
  });

  it('prints the inquiry, the summary and the business comments', () => {
    // The value column starts 27 mm right of the 16 mm margin.
    const values = textRightOf(pdf, ((16 + 27) * 72) / 25.4);
    for (const v of [input.content.inquiry, input.content.summary, input.content.businessComments]) {
      expect(values).toContain(v.replace(/\s+/g, ''));
    }
  });

  it('shows the chief, the signing time, key and fingerprint, with no unsigned mark', () => {
    expect(text).toContain('黃志明');
    expect(text).toContain('核章時間：民國115年12月4日 10:20');
    expect(text).toContain('金鑰編號：key-7f3a9c');
    expect(text).toContain('簽章指紋：3be1c07a9d44');
    for (const mark of ['草稿', '陳核中', '退回修改', '預填', '代理']) expect(text).not.toContain(mark);
    expect(hugeWords(pdf)).toEqual([]);
  });

  it('is one clean A4 page with footer, embedding only Noto Sans TC subsets', () => {
    expect(pdfPageCount(pdf)).toBe(1);
    expect(text).toContain('第 1 頁／共 1 頁');
    expect(text).toContain('列印時間：民國115年12月4日 11:00');
    expect(text).toContain('紀錄編號：rec-20261203-0012');
    expect(fontProblems(pdf)).toEqual([]);
    expect(layoutProblems(pdf)).toEqual([]);
  });

  it('gives the same bytes for the same input', async () => {
    expect((await renderVisitRecordSheet(sampleVisitRecordSheetInput())).equals(pdf)).toBe(true);
  });
});

describe('unsigned and prefilled sheets', () => {
  it.each([
    ['draft', '草稿'],
    ['submitted', '陳核中'],
    ['returned', '退回修改'],
  ] as const)('a %s sheet says 「%s」, is watermarked and carries no signature', async (status, mark) => {
    const pdf = await renderVisitRecordSheet(sampleVisitRecordSheetInput({ status, signOff: null }));
    const text = pdfText(pdf);
    expect(text).toContain(`【${mark}】`);
    expect(text).toContain('不得作為正式紀錄');
    expect(sortedChars(hugeWords(pdf).map((w) => w.text).join(''))).toBe(sortedChars(mark));
    for (const signed of ['黃志明', '核章時間', 'key-7f3a9c']) expect(text).not.toContain(signed);
    expect(pdfPageCount(pdf)).toBe(1);
    if (status === 'draft') pdfToPng(pdf, path.join(REVIEW_DIR, 'visit-record-sheet-draft'));
  });

  it('a prefilled sheet says 預填, has no watermark, and leaves the on-site fields blank', async () => {
    const pdf = await renderVisitRecordSheet(
      sampleVisitRecordSheetInput({ status: 'prefilled', signOff: null, content: samplePrefilledVisitRecordContent() }),
    );
    const text = pdfText(pdf);
    pdfToPng(pdf, path.join(REVIEW_DIR, 'visit-record-sheet-prefilled'));
    expect(text).toContain('【預填】');
    expect(text).toContain('不作為正式紀錄');
    expect(hugeWords(pdf)).toEqual([]);
    expect(text).toContain('峯綉電機股份有限公司');
    expect(text).toMatch(/□是，已輔導業者使用 e點通 查詢案件進度\s+□否/);
    expect(text).toMatch(/□法規咨詢\s+□技術咨詢/);
    expect(text).not.toMatch(/\d+ 人次/);
    expect(text).not.toContain('共 1小時');
    expect(pdfPageCount(pdf)).toBe(1);
    expect(layoutProblems(pdf)).toEqual([]);
  });

  it('refuses a signed status without a sign-off, and a sign-off on an unsigned sheet', async () => {
    const signed = sampleVisitRecordSheetInput();
    await expect(async () => renderVisitRecordSheet({ ...signed, signOff: null })).rejects.toThrow(/sign-off/);
    await expect(async () => renderVisitRecordSheet({ ...signed, status: 'prefilled' })).rejects.toThrow(/sign-off/);
  });

  it('prints a deputy as 代理 <chief>', async () => {
    const base = sampleVisitRecordSheetInput();
    const signOff: FormSignOff = { ...(base.signOff as FormSignOff), signerName: '李冠廷', asDeputyOf: '黃志明' };
    const text = pdfText(await renderVisitRecordSheet({ ...base, signOff }));
    expect(text).toContain('李冠廷');
    expect(text).toContain('代理 黃志明');
  });

  it('prints the words after 其他 for an other category and occasion', async () => {
    const content = { ...sampleVisitRecordContent(), categories: ['other' as const], categoryOther: '標章使用', occasion: 'other' as const, occasionOther: '公會座談' };
    const text = pdfText(await renderVisitRecordSheet(sampleVisitRecordSheetInput({ content })));
    expect(text).toContain('■其他：標章使用');
    expect(text).toContain('■其他：公會座談');
  });
});

describe('long and hostile text', () => {
  it('breaks a long summary over pages, keeps every character, and ends with the signature blocks', async () => {
    const summary = Array.from({ length: 3000 }, (_, i) => '甲乙丙丁戊己庚辛壬癸'[i % 10]).join('');
    const content = { ...sampleVisitRecordContent(), summary, businessComments: '意見'.repeat(400) };
    const pdf = await renderVisitRecordSheet(sampleVisitRecordSheetInput({ content }));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= pages; p++) {
      const page = pdfText(pdf, p);
      expect(page).toContain(`第 ${p} 頁／共 ${pages} 頁`);
      if (p > 1) expect(page).toContain('主動到府關心行動服務紀錄表（續）');
    }
    expect(pdfText(pdf, pages)).toContain('課長核章');
    expect(squashedText(pdf, /^[甲乙丙丁戊己庚辛壬癸]+$/)).toBe(summary);
    expect(squashedText(pdf, /^[意見]+$/)).toBe('意見'.repeat(400));
    expect(layoutProblems(pdf)).toEqual([]);
  });

  it('prints markup, bidi overrides, rare and 4-byte characters as plain text, inside the page', async () => {
    const content = {
      ...sampleVisitRecordContent(),
      companyName: '<img src=x onerror=alert(1)>\u202E𠮷野家峯綉有限公司',
      contactName: '\u200F王<b>堃</b>喆',
      address: 'A'.repeat(300),
      inspectorNames: Array.from({ length: 30 }, (_, i) => `檢驗員${i + 1}`),
    };
    const pdf = await renderVisitRecordSheet(sampleVisitRecordSheetInput({ content }));
    const text = pdfText(pdf);
    expect(textRightOf(pdf, ((16 + 27) * 72) / 25.4).replace(/\s+/g, '')).toContain('<imgsrc=xonerror=alert(1)>𠮷野家峯綉有限公司');
    expect(text).toContain('王<b>堃</b>喆');
    expect(text).not.toMatch(/[\u200E\u200F\u202A-\u202E]/);
    expect(text.includes('\u0000')).toBe(false);
    expect(squashedText(pdf, /^A+$/)).toBe('A'.repeat(300));
    expect(text).toContain('檢驗員30');
    expect(layoutProblems(pdf)).toEqual([]);
  });

  it('prints malformed days and times as given instead of failing', async () => {
    const content = { ...sampleVisitRecordContent(), serviceDay: '2026-13-99x', startedAt: 'not a time', endedAt: null };
    const text = pdfText(await renderVisitRecordSheet(sampleVisitRecordSheetInput({ content })));
    expect(text).toContain('2026-13-99x');
    expect(text).toContain('not a time');
  });
});
