import PDFDocument from 'pdfkit';
import type { EscortSheetContent } from '../../../shared/mutations/escort-sheet';
import type { EscortSheetInput } from './escort-sheet';
import { loadFormFonts } from './fonts';

/**
 * Sample sheets for the tests, the PNG reviews and the benchmark (bench/ calls these, so the figure it
 * reports is for the same "typical" sheet the size test checks), plus the benchmark's baseline.
 */

const STOP_SAMPLES: EscortSheetContent['stops'] = [
  {
    unitName: '第二課',
    itemName: '電器商品型式認可申請',
    startedAt: '2026-11-26T09:12:00+08:00',
    endedAt: '2026-11-26T09:40:00+08:00',
    outcome: 'done',
    note: '已收件並完成書面審查。',
  },
  {
    unitName: '第五課',
    itemName: '衡器檢定（電子秤）',
    startedAt: '2026-11-26T09:45:00+08:00',
    endedAt: '2026-11-26T10:10:00+08:00',
    outcome: 'pending_documents',
    note: '缺檢定合格單影本，請於 12/3 前補送（可傳真或郵寄）。',
  },
  {
    unitName: '斗六辦事處',
    itemName: '商品安全標章使用諮詢',
    startedAt: '2026-11-26T10:15:00+08:00',
    endedAt: '2026-11-26T10:32:00+08:00',
    outcome: 'referred',
    note: '轉介第三課承辦人林淑芬，分機 213。',
  },
  {
    unitName: '第三課',
    itemName: '化學品標示查詢',
    startedAt: '2026-11-26T10:35:00+08:00',
    endedAt: '2026-11-26T10:50:00+08:00',
    outcome: 'other',
    note: '',
  },
];

/** A 附件2 sheet with `stopCount` stops (3 is "typical"); more stops cycle through the samples. */
export const sampleEscortSheetContent = (stopCount = 3): EscortSheetContent => {
  const stops = Array.from({ length: stopCount }, (_, i) => {
    const s = STOP_SAMPLES[i % STOP_SAMPLES.length] as EscortSheetContent['stops'][number];
    const minute = (i * 20) % 600;
    const at = (m: number) => new Date(Date.parse('2026-11-26T09:00:00+08:00') + m * 60_000).toISOString();
    return { ...s, startedAt: at(minute), endedAt: at(minute + 15) };
  });
  return {
    dayKey: '2026-11-26',
    visitorName: '王堃喆',
    companyName: '峯綉電機股份有限公司',
    companyUbn: '04595257',
    phone: '06-2345678',
    receivingUnitName: '第二課',
    escortName: '陳建宏',
    startedAt: stops[0]?.startedAt ?? null,
    finishedAt: stops[stops.length - 1]?.endedAt ?? null,
    stops,
    satisfaction: 5,
    visitorOpinion: '專人全程陪同，不必在各課之間來回奔波，流程清楚，非常感謝。',
  };
};

export const sampleEscortSheetInput = (
  overrides: Partial<EscortSheetInput> & { stopCount?: number } = {},
): EscortSheetInput => {
  const { stopCount, ...rest } = overrides;
  return {
    branchName: '經濟部標準檢驗局臺南分局',
    content: sampleEscortSheetContent(stopCount),
    status: 'signed',
    signOff: {
      signerName: '黃志明',
      signedAt: '2026-11-26T15:42:00+08:00',
      asDeputyOf: null,
      keyId: 'key-7f3a9c',
      signatureFingerprint: '9c41e07b5d2a',
    },
    recordId: 'rec-20261126-0007',
    printedAt: new Date('2026-11-26T16:05:00+08:00'),
    ...rest,
  };
};

/**
 * The benchmark's baseline: one blank A4 page with the same Traditional Chinese font registered and
 * selected, so the ratio shows what the form itself costs beyond pdfkit and font handling.
 */
export const renderBlankPage = (fontDir?: string): Promise<Buffer> => {
  const fonts = loadFormFonts(fontDir);
  const doc = new PDFDocument({ size: 'A4', margin: 0, font: '' });
  doc.registerFont('regular', fonts.regular);
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.end();
  return done;
};
