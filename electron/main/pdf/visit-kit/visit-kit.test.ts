import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseUrl } from '../../../../shared/domain/inspection-case';
import { decodeQrPng } from '../../print/testing/qr-decode';
import { collectPdfBytes } from '../form-kit';
import { fontProblems, layoutProblems, pickPages, textRightOf } from '../form-kit-testing';
import { pdfPageCount, pdfText, pdfToPng } from '../testing/poppler';
import { ATTACHMENT_REASONS } from './attachments';
import { plainTextPdf, sampleVisitKitInput, SAMPLE_PUBLIC_BASE_URL } from './visit-kit.fixture';
import type { KitDocument, VisitKitInput, VisitKitResult } from './visit-kit-input';
import { renderVisitKit } from './visit-kit';

const REVIEW_DIR = path.resolve(__dirname, '../../../../test-results/pdf');

/** The QR on the kit's last page (the e點通 guide), decoded from pixels as a phone would. */
const guideQr = (pdf: Buffer, name: string): string | null => {
  const pngs = pdfToPng(pdf, path.join(REVIEW_DIR, name), 100);
  const last = pngs[pngs.length - 1];
  if (!last) throw new Error('no pages rendered');
  return decodeQrPng(fs.readFileSync(last));
};

const encryptedPdf = (): Promise<Buffer> => {
  const doc = new PDFDocument({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
  const done = collectPdfBytes(doc);
  doc.text('locked');
  doc.end();
  return done;
};

const doc = (title: string, file: Uint8Array | null, extra: Partial<KitDocument> = {}): KitDocument => ({
  kind: 'specification',
  title,
  number: '',
  version: '',
  effectiveDay: null,
  file,
  ...extra,
});

describe('a typical 5-page visit kit', () => {
  let input: VisitKitInput;
  let kit: VisitKitResult;
  let pages: string[];
  beforeAll(async () => {
    input = await sampleVisitKitInput();
    kit = await renderVisitKit(input);
    pages = [1, 2, 3, 4, 5].map((p) => pdfText(kit.pdf, p));
  });

  it('has five pages: cover, list, the regulation, the prefilled 附件1, the e點通 guide', () => {
    expect(pdfPageCount(kit.pdf)).toBe(5);
    expect(kit.pageCount).toBe(5);
    expect(kit.documents).toEqual([{ title: '商品檢驗法', attached: true, firstPage: 3, pageCount: 1 }]);
  });

  it('the cover has the ROC date, company, address, contact, inspectors, purpose and the checklist', () => {
    const cover = pages[0] ?? '';
    for (const v of ['準備到廠服務資料', '經濟部標準檢驗局臺南分局', '峯綉電機股份有限公司', '04595257', '臺南市安南區工業二路 31 號']) {
      expect(cover).toContain(v);
    }
    expect(cover).toContain('民國115年12月3日（星期四）09:30 至 11:30');
    expect(cover).toContain('王堃喆（品保課長）');
    expect(cover).toContain('陳建宏（第二課，分機 213）、林淑芬（第二課，分機 215）');
    expect(cover).toContain('業者請求');
    expect(cover).toContain('AKB-3021（駕駛 張文雄）');
    expect(cover.replace(/\s+/g, '')).toContain(input.visit.purpose.replace(/\s+/g, ''));
    expect(cover).toMatch(/識別證\s+服務人員每人配帶（共 2 人）/);
    expect(cover).toMatch(/法規\s+1 份/);
    expect(cover).toMatch(/技術規範\s+0 份/);
    expect(cover).toMatch(/紀錄表格\s+附件1 主動到府關心行動服務紀錄表（已預填，第 4 頁）/);
    expect(cover).toMatch(/e點通說明\s+.*（第 5 頁）/);
    expect(cover).toContain('第 1 頁／共 5 頁');
    expect(cover).toContain('訪廠編號：v-20261203-01');
  });

  it('the list names each regulation with number, version, ROC effective date and its page', async () => {
    const list = pages[1] ?? '';
    expect(list).toContain('法規及技術規範清單');
    expect(list).toMatch(/1\s+法規\s+商品檢驗法/);
    expect(list).toContain('華總一義字第');
    expect(list).toContain('108年3月22');
    expect(textRightOf(await pickPages(kit.pdf, [2]), ((210 - 16 - 30) * 72) / 25.4)).toContain('第3頁（共1頁）');
    expect(list).toContain('第 2 頁／共 5 頁');
  });

  it('merges the regulation as it is, then the prefilled 附件1, then the guide', () => {
    expect(pages[2]).toContain('商品檢驗法（第 1 頁）');
    expect(pages[3]).toContain('主動到府關心行動服務紀錄表');
    expect(pages[3]).toContain('【預填】');
    expect(pages[3]).toContain('峯綉電機股份有限公司');
    const guide = pages[4] ?? '';
    expect(guide).toContain('APP＋QRcode 案件查詢 e點通');
    expect(guide).toContain('使用步驟');
    expect(guide).toContain('掃描 QR Code');
    expect(guide).toContain(`${SAMPLE_PUBLIC_BASE_URL}/`);
    expect(guide).toContain('陳建宏（分機 213）');
    expect(guide).toContain('第 5 頁／共 5 頁');
  });

  it("the guide's QR decodes to the exact public site address", () => {
    expect(guideQr(kit.pdf, 'visit-kit')).toBe(`${SAMPLE_PUBLIC_BASE_URL}/`);
  });

  it('embeds only subsets of Noto Sans TC, and its own pages are laid out cleanly', async () => {
    expect(fontProblems(kit.pdf)).toEqual([]);
    expect(layoutProblems(await pickPages(kit.pdf, [1, 2, 4, 5]))).toEqual([]);
  });

  it('gives the same bytes for the same input', async () => {
    expect((await renderVisitKit(await sampleVisitKitInput())).pdf.equals(kit.pdf)).toBe(true);
  });
});

describe('the e點通 QR for a visit with a case', () => {
  it('carries the case URL exactly and the guide names the case', async () => {
    const url = caseUrl(`${SAMPLE_PUBLIC_BASE_URL}/`, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const kit = await renderVisitKit(await sampleVisitKitInput({ eService: { url, caseNumber: 'TN1150012345' } }));
    expect(guideQr(kit.pdf, 'visit-kit-case')).toBe(url);
    const guide = pdfText(kit.pdf, kit.pageCount);
    expect(guide).toContain('案號：TN1150012345');
    expect(guide).toContain('查看本案進度');
  });
});

describe('attachments that cannot be merged', () => {
  it('lists each broken file as 無法附上 with its reason, and still renders the kit with the good ones', async () => {
    const good = await plainTextPdf('CNS 60335-1', 3);
    const contentBroken = Buffer.from(good);
    const at = contentBroken.indexOf('stream\n') + 27;
    contentBroken.fill(0x41, at, at + 100);
    const documents: KitDocument[] = [
      doc('截斷的檔案', good.subarray(0, Math.floor(good.length * 0.6))),
      doc('CNS 60335-1 家用電器安全', good, { number: 'CNS 60335-1', version: '2024年版', effectiveDay: '2024-07-01' }),
      doc('不是 PDF 的檔案', Buffer.from('這是一份 Word 文件\n')),
      doc('空檔案', Buffer.alloc(0)),
      doc('加密的檔案', await encryptedPdf()),
      doc('內容損毀的檔案', contentBroken),
      doc('只有檔頭', Buffer.from('%PDF-1.7\n%%EOF\n')),
      doc('遺失的檔案', null, { unavailableReason: '法規資料庫找不到檔案' }),
    ];
    const kit = await renderVisitKit(await sampleVisitKitInput({ documents }));
    pdfToPng(kit.pdf, path.join(REVIEW_DIR, 'visit-kit-broken'));

    expect(kit.documents).toEqual([
      { title: '截斷的檔案', attached: false, reason: ATTACHMENT_REASONS.damaged },
      { title: 'CNS 60335-1 家用電器安全', attached: true, firstPage: 3, pageCount: 3 },
      { title: '不是 PDF 的檔案', attached: false, reason: ATTACHMENT_REASONS.notPdf },
      { title: '空檔案', attached: false, reason: ATTACHMENT_REASONS.empty },
      { title: '加密的檔案', attached: false, reason: ATTACHMENT_REASONS.encrypted },
      { title: '內容損毀的檔案', attached: false, reason: ATTACHMENT_REASONS.badContent },
      { title: '只有檔頭', attached: false, reason: ATTACHMENT_REASONS.damaged },
      { title: '遺失的檔案', attached: false, reason: '法規資料庫找不到檔案' },
    ]);
    // cover + list + 3 pages of the good file + 附件1 + guide
    expect(pdfPageCount(kit.pdf)).toBe(7);
    // The last column (本資料頁次) starts 30 mm left of the right margin.
    const where = textRightOf(await pickPages(kit.pdf, [2]), ((210 - 16 - 30) * 72) / 25.4);
    for (const d of kit.documents) {
      if (!d.attached) expect(where).toContain(`無法附上：${d.reason}`.replace(/\s+/g, ''));
    }
    expect(where).toContain('第3–5頁（共3頁）');
    expect(pdfText(kit.pdf, 2)).toContain('113年7月1日');
    expect(layoutProblems(await pickPages(kit.pdf, [1, 2]))).toEqual([]);
    expect(pdfText(kit.pdf, 1)).toContain('7 份無法附上');
    for (const p of [3, 4, 5]) expect(pdfText(kit.pdf, p)).toContain(`CNS 60335-1（第 ${p - 2} 頁）`);
    expect(pdfText(kit.pdf, 6)).toContain('主動到府關心行動服務紀錄表');
    expect(pdfText(kit.pdf, 7)).toContain('第 7 頁／共 7 頁');
  });

  it('renders a kit with no documents at all', async () => {
    const kit = await renderVisitKit(await sampleVisitKitInput({ documents: [] }));
    expect(kit.pageCount).toBe(4);
    expect(pdfPageCount(kit.pdf)).toBe(4);
    expect(pdfText(kit.pdf, 2)).toContain('（本次未附法規或技術規範）');
    expect(pdfText(kit.pdf, 1)).toMatch(/法規及技術規範本文（附上 0 份）\s+—/);
  });
});

describe('many documents and hostile input', () => {
  it('numbers every part right when the list runs over several pages', async () => {
    const documents = await Promise.all(
      Array.from({ length: 40 }, async (_, i) =>
        doc(`規範${i + 1} ${'電器安全通則'.repeat(i % 3 === 0 ? 6 : 1)}`, await plainTextPdf(`規範${i + 1}`, 1 + (i % 3)), {
          kind: i % 2 === 0 ? 'regulation' : 'specification',
          number: `CNS ${10000 + i}`,
          version: `第${(i % 4) + 1}版`,
          effectiveDay: '2025-01-01',
        }),
      ),
    );
    const kit = await renderVisitKit(await sampleVisitKitInput({ documents }));
    const total = pdfPageCount(kit.pdf);
    expect(kit.pageCount).toBe(total);
    const listPages = (kit.documents[0] as { firstPage: number }).firstPage - 2;
    expect(listPages).toBeGreaterThanOrEqual(2);
    expect(pdfText(kit.pdf, 1)).toContain(`清單見第 2–${1 + listPages} 頁`);
    for (const d of kit.documents) {
      if (!d.attached) throw new Error(`${d.title} not attached`);
      expect(pdfText(kit.pdf, d.firstPage)).toContain(`${d.title.split(' ')[0]}（第 1 頁）`);
    }
    for (let p = 1; p <= 1 + listPages; p++) expect(pdfText(kit.pdf, p)).toContain(`第 ${p} 頁／共 ${total} 頁`);
    expect(pdfText(kit.pdf, total)).toContain(`第 ${total} 頁／共 ${total} 頁`);
    expect(pdfText(kit.pdf, 3)).toContain('準備到廠服務資料（續）');
    expect(layoutProblems(await pickPages(kit.pdf, Array.from({ length: listPages + 1 }, (_, i) => i + 1)))).toEqual([]);
  });

  it('survives 10,000-character fields, markup, bidi marks and 4-byte characters; the guide stays one page and scans', async () => {
    const base = await sampleVisitKitInput();
    const long = '長'.repeat(10_000);
    const input: VisitKitInput = {
      ...base,
      visit: {
        ...base.visit,
        companyName: '<img src=x onerror=alert(1)>\u202E𠮷野家'.repeat(20),
        purpose: long,
        inquiry: long,
        address: 'A'.repeat(2000),
        inspectors: Array.from({ length: 50 }, (_, i) => ({ name: `檢驗員${i}`, unitName: '第二課', phone: '分機'.repeat(30) })),
      },
      extraChecklist: Array.from({ length: 30 }, (_, i) => `額外物品${i}`),
      branchPhone: '9'.repeat(500),
    };
    const kit = await renderVisitKit(input);
    const total = pdfPageCount(kit.pdf);
    expect(kit.pageCount).toBe(total);
    expect(total).toBeGreaterThan(5);
    const guide = pdfText(kit.pdf, total);
    expect(guide).toContain('使用步驟');
    expect(guide).toContain(`第 ${total} 頁／共 ${total} 頁`);
    expect(pdfText(kit.pdf, total - 1)).toContain('主動到府關心行動服務紀錄表');
    expect(guideQr(kit.pdf, 'visit-kit-hostile')).toBe(`${SAMPLE_PUBLIC_BASE_URL}/`);
    const own = await pickPages(kit.pdf, [1, 2, total]);
    expect(pdfText(own)).not.toMatch(/[\u202A-\u202E]/);
    expect(layoutProblems(own)).toEqual([]);
  });

  it('prints an address too long for any QR code in words instead of failing', async () => {
    const url = `${SAMPLE_PUBLIC_BASE_URL}/${'x'.repeat(5000)}`;
    const kit = await renderVisitKit(await sampleVisitKitInput({ eService: { url, caseNumber: null } }));
    expect(pdfText(kit.pdf, kit.pageCount)).toContain('網址過長，無法產生 QR Code');
  });
});
