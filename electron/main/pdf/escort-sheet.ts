import type { EscortSheetContent } from '../../../shared/mutations/escort-sheet';
import { formatDuration, formatRocDateTime, formatRocDayKey, formatTaipeiTime, minutesBetween } from './form-dates';
import type { CellSpec, ColumnSpec, Rect } from './form-kit';
import { FormKit, mm } from './form-kit';
import { drawNotes, drawNotice, drawTitleBlock, stampFooter, stampWatermark } from './form-parts';
import { loadFormFonts } from './fonts';

/** 附件2 專人全程服務紀錄表 as an A4 PDF: the escort's record of a visit, with the chief's sign-off. */

export const ESCORT_SHEET_TITLE = '專人全程服務紀錄表';
export const ESCORT_SHEET_ATTACHMENT = '附件2';

type StopOutcome = EscortSheetContent['stops'][number]['outcome'];
export const OUTCOME_LABELS: Record<StopOutcome, string> = {
  done: '辦結',
  pending_documents: '待補件',
  referred: '轉介',
  other: '其他',
};

/** 5 … 1, in the order the form prints its boxes. */
export const SATISFACTION_LABELS = ['非常滿意', '滿意', '普通', '不滿意', '非常不滿意'] as const;

export type EscortSheetStatus = 'draft' | 'submitted' | 'returned' | 'signed';
type UnsignedStatus = Exclude<EscortSheetStatus, 'signed'>;

/** What an unsigned sheet says about itself, in a stamp, a sentence and a watermark on every page. */
export const UNSIGNED_MARKS: Record<UnsignedStatus, { mark: string; notice: string }> = {
  draft: { mark: '草稿', notice: '本表為草稿，尚未送陳核，亦未經主管核章，不得作為正式紀錄。' },
  submitted: { mark: '陳核中', notice: '本表已送陳核，尚未經主管核章，不得作為正式紀錄。' },
  returned: { mark: '退回修改', notice: '本表經主管退回修改，尚未核章，不得作為正式紀錄。' },
};

export interface EscortSheetSignOff {
  signerName: string;
  /** ISO time of the signature. */
  signedAt: string;
  /** The chief's name when a deputy signed (printed as 代理 <name>). */
  asDeputyOf: string | null;
  keyId: string;
  /** A short hex digest of the signature, so a paper copy can be matched to the stored record. */
  signatureFingerprint: string;
}

export interface EscortSheetInput {
  branchName: string;
  content: EscortSheetContent;
  status: EscortSheetStatus;
  /** Present exactly when the status is signed. */
  signOff: EscortSheetSignOff | null;
  recordId: string;
  printedAt: Date;
  /** Where to read the TTFs from instead of node_modules (the packaged app's resources/fonts). */
  fontDir?: string;
}

const NOTES = [
  '來洽人洽辦業務涉及二個以上單位時，由受理單位指派專人全程陪同辦理，並於服務完成後填寫本表。',
  '本表經受理單位主管核章後存查；未經核章者僅供參考，不得作為正式紀錄。',
  '主管核章為電子簽章，得以金鑰編號及簽章指紋於本系統驗證紀錄內容未經變更。',
];

const STOP_COLUMNS_MM = [
  { header: '項次', width: 11, align: 'center' },
  { header: '洽辦單位', width: 24 },
  { header: '洽辦業務', width: 40 },
  { header: '起時', width: 14, align: 'center' },
  { header: '訖時', width: 14, align: 'center' },
  { header: '辦理結果', width: 18, align: 'center' },
  { header: '備註', width: 0 },
] as const;

const MIN_STOP_ROWS = 7;

const rocDay = (dayKey: string): string => {
  try {
    return formatRocDayKey(dayKey);
  } catch {
    return dayKey; // a malformed key prints as stored rather than failing the whole sheet
  }
};

const serviceSpan = (c: EscortSheetContent): string => {
  if (!c.startedAt) return '';
  if (!c.finishedAt) return `${formatTaipeiTime(c.startedAt)} 至 （服務中）`;
  const span = formatDuration(minutesBetween(c.startedAt, c.finishedAt));
  return `${formatTaipeiTime(c.startedAt)} 至 ${formatTaipeiTime(c.finishedAt)}（共 ${span}）`;
};

export const satisfactionText = (score: number | null): string =>
  SATISFACTION_LABELS.map((label, i) => `${score === 5 - i ? '■' : '□'}${label}`).join('　');

const shorten = (text: string, max: number): string => {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
};

const checkConsistent = (input: EscortSheetInput): void => {
  if (input.status === 'signed' && !input.signOff) throw new Error('a signed escort sheet needs its sign-off');
  if (input.status !== 'signed' && input.signOff) throw new Error('an unsigned escort sheet cannot carry a sign-off');
};

const drawEscortSignature = (kit: FormKit, box: Rect, name: string): void => {
  kit.setFont('bold', 14);
  kit.drawAligned(kit.fit(name, box.w - mm(4)), box.x, box.w, box.y + box.h / 2 - mm(3), 'center');
};

/** The chief's block: the signer in a red seal-like frame, then deputy, time, key and fingerprint. */
const drawChiefSignOff = (kit: FormKit, box: Rect, s: EscortSheetSignOff): void => {
  const red = '#b3261e';
  const inner = box.w - mm(4);
  kit.setFont('regular', 7.5);
  kit.drawLine('電子核章', box.x + mm(1.5), box.y + mm(1.2), '#555555');
  kit.setFont('bold', 14);
  const name = kit.fit(s.signerName, inner - mm(6));
  const nw = kit.measure(name) + mm(6);
  const nx = box.x + (box.w - nw) / 2;
  const ny = box.y + mm(3.5);
  kit.doc.lineWidth(1.2).roundedRect(nx, ny, nw, mm(9), 3).stroke(red);
  kit.drawAligned(name, nx, nw, ny + mm(1.6), 'center', red);
  kit.setFont('regular', 8);
  const lines = [
    ...(s.asDeputyOf ? [`代理 ${s.asDeputyOf}`] : []),
    `核章時間：${formatRocDateTime(s.signedAt)}`,
    `金鑰編號：${s.keyId}`,
    `簽章指紋：${s.signatureFingerprint}`,
  ];
  let y = ny + mm(10.5);
  for (const line of lines) {
    kit.drawAligned(kit.fit(line, inner), box.x + mm(2), inner, y, 'center');
    y += 8 * 1.45;
  }
};

/** Lays the sheet out on a FormKit; exported so later forms and the bench can reuse the pieces. */
export const layoutEscortSheet = (kit: FormKit, input: EscortSheetInput): void => {
  const c = input.content;
  const unsigned = input.status === 'signed' ? null : UNSIGNED_MARKS[input.status];
  drawTitleBlock(kit, {
    attachment: ESCORT_SHEET_ATTACHMENT,
    agency: input.branchName,
    title: ESCORT_SHEET_TITLE,
    badge: unsigned?.mark ?? null,
  });
  if (unsigned) drawNotice(kit, `【${unsigned.mark}】${unsigned.notice}`);

  const label = mm(25);
  const value = (kit.width - 2 * label) / 2;
  const pair = (l1: string, v1: string, l2: string, v2: string): CellSpec[] => [
    { text: l1, width: label, kind: 'label' },
    { text: v1, width: value },
    { text: l2, width: label, kind: 'label' },
    { text: v2, width: value },
  ];
  kit.beginFrame();
  kit.row(pair('日　　期', rocDay(c.dayKey), '受理單位', c.receivingUnitName), { minHeight: mm(9) });
  kit.row(pair('來洽人姓名', c.visitorName, '聯絡電話', c.phone), { minHeight: mm(9) });
  kit.row(pair('公司／單位', c.companyName, '統一編號', c.companyUbn), { minHeight: mm(9) });
  kit.row(pair('指派專人', c.escortName, '起訖時間', serviceSpan(c)), { minHeight: mm(9) });
  kit.row([{ text: '洽　辦　業　務（依洽辦順序）', width: kit.width, kind: 'label', weight: 'bold' }], { minHeight: mm(8) });

  const fixed = STOP_COLUMNS_MM.reduce((sum, col) => sum + mm(col.width), 0);
  const columns: ColumnSpec[] = STOP_COLUMNS_MM.map((col) => ({
    header: col.header,
    width: col.width > 0 ? mm(col.width) : kit.width - fixed,
    align: 'align' in col ? col.align : 'left',
  }));
  const filled = c.stops.map((s, i) => [
    String(i + 1),
    s.unitName,
    s.itemName,
    formatTaipeiTime(s.startedAt),
    formatTaipeiTime(s.endedAt),
    OUTCOME_LABELS[s.outcome],
    s.note,
  ]);
  // Like the printed paper form, the table has a few ruled rows even when fewer stops were made.
  const blank = Array.from({ length: Math.max(0, MIN_STOP_ROWS - filled.length) }, () => columns.map(() => ''));
  kit.table(columns, [...filled, ...blank]);

  const wide = kit.width - label;
  kit.row([{ text: '服務滿意度', width: label, kind: 'label' }, { text: satisfactionText(c.satisfaction), width: wide }], {
    minHeight: mm(9),
  });
  kit.row([{ text: '來洽人意見', width: label, kind: 'label' }, { text: c.visitorOpinion, width: wide, valign: 'top' }], {
    minHeight: mm(28),
    split: true,
  });
  const rects = kit.row(pair('專人簽章', '', '主管核章', ''), { minHeight: mm(34) });
  const [, escortBox, , chiefBox] = rects;
  if (escortBox) drawEscortSignature(kit, escortBox, c.escortName);
  if (chiefBox && input.signOff) drawChiefSignOff(kit, chiefBox, input.signOff);
  kit.endFrame();
  drawNotes(kit, '說明：', NOTES);
};

/** Renders the sheet; the same input always gives the same bytes (the print time is an input). */
export const renderEscortSheet = (input: EscortSheetInput): Promise<Buffer> => {
  checkConsistent(input);
  const fonts = loadFormFonts(input.fontDir);
  const c = input.content;
  const kit = new FormKit({
    fonts,
    title: ESCORT_SHEET_TITLE,
    author: input.branchName,
    subject: input.recordId,
    printedAt: input.printedAt,
    continuationNote: `來洽人：${shorten(c.visitorName, 20)}\u3000日期：${rocDay(c.dayKey)}`,
  });
  layoutEscortSheet(kit, input);
  const unsigned = input.status === 'signed' ? null : UNSIGNED_MARKS[input.status];
  return kit.finish((pageIndex, pageCount) => {
    if (unsigned) stampWatermark(kit, unsigned.mark);
    stampFooter(kit, { pageIndex, pageCount, printedAt: input.printedAt, recordId: input.recordId });
  });
};
