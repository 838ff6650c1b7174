import PDFDocument from 'pdfkit';
import { loadFormFonts } from '../fonts';
import { collectPdfBytes } from '../form-kit';
import { samplePrefilledVisitRecordContent } from '../visit-record-sheet.fixture';
import type { KitDocument, VisitKitInput } from './visit-kit-input';

/**
 * Sample visit kits for the tests, the PNG reviews and the benchmark, plus stand-in regulation PDFs
 * (real library files are whatever the admin uploaded; these are small pdfkit documents with text).
 */

export const SAMPLE_PUBLIC_BASE_URL = 'https://eservice.tainan.bsmi.example';

/**
 * `pages` A4 pages of plain text in the form font. Used as a stand-in regulation file and as the
 * benchmark's baseline (a bare pdfkit document with the same number of pages of plain text).
 */
export const plainTextPdf = (heading: string, pages: number, fontDir?: string): Promise<Buffer> => {
  const fonts = loadFormFonts(fontDir);
  const doc = new PDFDocument({ size: 'A4', margin: 56, font: '', info: { Title: heading, CreationDate: new Date(0), ModDate: new Date(0) } });
  const done = collectPdfBytes(doc);
  doc.registerFont('regular', fonts.regular);
  doc.font('regular');
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    doc.fontSize(16).text(`${heading}（第 ${p + 1} 頁）`, 56, 56, { lineBreak: false });
    doc.fontSize(11);
    for (let i = 0; i < 30; i++) {
      doc.text(`第 ${p * 30 + i + 1} 條\u3000本法所稱商品，指經主管機關公告應施檢驗之商品。`, 56, 96 + i * 22, { lineBreak: false });
    }
  }
  doc.end();
  return done;
};

export const sampleKitDocuments = async (): Promise<KitDocument[]> => [
  {
    kind: 'regulation',
    title: '商品檢驗法',
    number: '華總一義字第10800028751號',
    version: '108年3月20日修正',
    effectiveDay: '2019-03-22',
    file: await plainTextPdf('商品檢驗法', 1),
  },
];

export const sampleVisitKitInput = async (overrides: Partial<VisitKitInput> = {}): Promise<VisitKitInput> => ({
  branchName: '經濟部標準檢驗局臺南分局',
  branchPhone: '06-2264101',
  visit: {
    id: 'v-20261203-01',
    startAt: '2026-12-03T09:30:00+08:00',
    endAt: '2026-12-03T11:30:00+08:00',
    companyName: '峯綉電機股份有限公司',
    companyUbn: '04595257',
    address: '臺南市安南區工業二路 31 號',
    contactName: '王堃喆（品保課長）',
    contactPhone: '06-2345678 分機 215',
    unitName: '第二課',
    inspectors: [
      { name: '陳建宏', unitName: '第二課', phone: '分機 213' },
      { name: '林淑芬', unitName: '第二課', phone: '分機 215' },
    ],
    occasion: 'business_request',
    purpose: '新款直流馬達電風扇上市前之檢驗程序說明、樣品標示檢視及線上申辦輔導。',
    inquiry: '新款直流馬達電風扇上市前應辦理何種檢驗程序？線上申辦要準備哪些文件？',
    productCategory: '電器商品（電風扇）',
    vehicle: { plate: 'AKB-3021', driverName: '張文雄' },
  },
  documents: await sampleKitDocuments(),
  extraChecklist: [],
  recordSheet: {
    branchName: '經濟部標準檢驗局臺南分局',
    content: samplePrefilledVisitRecordContent(),
    status: 'prefilled',
    signOff: null,
    recordId: 'v-20261203-01',
  },
  eService: { url: `${SAMPLE_PUBLIC_BASE_URL}/`, caseNumber: null },
  preparedBy: '陳建宏',
  printedAt: new Date('2026-12-01T16:30:00+08:00'),
  ...overrides,
});
