import type { EscortSheetContent } from '../../../shared/mutations/escort-sheet';
import { formatDuration, formatTaipeiTime, minutesBetween } from './form-dates';
import type { ColumnSpec } from './form-kit';
import { FormKit, mm } from './form-kit';
import { formCells } from './form-kit-cells';
import type { FormSignOff, RecordSheetStatus } from './form-kit-sign-off';
import { UNSIGNED_MARKS, checkSignOffConsistent, drawChiefSignOff, drawSignerName, finishRecordSheet } from './form-kit-sign-off';
import { rocDay, shorten } from './form-kit-text';
import { drawNotes, drawNotice, drawTitleBlock } from './form-parts';
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

export type EscortSheetStatus = RecordSheetStatus;
export { UNSIGNED_MARKS };
export type EscortSheetSignOff = FormSignOff;

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

const serviceSpan = (c: EscortSheetContent): string => {
  if (!c.startedAt) return '';
  if (!c.finishedAt) return `${formatTaipeiTime(c.startedAt)} 至 （服務中）`;
  const span = formatDuration(minutesBetween(c.startedAt, c.finishedAt));
  return `${formatTaipeiTime(c.startedAt)} 至 ${formatTaipeiTime(c.finishedAt)}（共 ${span}）`;
};

export const satisfactionText = (score: number | null): string =>
  SATISFACTION_LABELS.map((label, i) => `${score === 5 - i ? '■' : '□'}${label}`).join('　');

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
  const { pair } = formCells(kit, label);
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
  if (escortBox) drawSignerName(kit, escortBox, c.escortName);
  if (chiefBox && input.signOff) drawChiefSignOff(kit, chiefBox, input.signOff);
  kit.endFrame();
  drawNotes(kit, '說明：', NOTES);
};

/** Renders the sheet; the same input always gives the same bytes (the print time is an input). */
export const renderEscortSheet = (input: EscortSheetInput): Promise<Buffer> => {
  checkSignOffConsistent('escort sheet', input.status, input.signOff);
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
  return finishRecordSheet(kit, { watermark: unsigned?.mark ?? null, printedAt: input.printedAt, recordId: input.recordId });
};
