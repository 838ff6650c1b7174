import { formatDuration, minutesBetween } from './form-dates';
import type { CellSpec } from './form-kit';
import { FormKit, mm } from './form-kit';
import { formCells } from './form-kit-cells';
import { UNSIGNED_MARKS, checkSignOffConsistent, drawChiefSignOff, drawSignerName, finishRecordSheet } from './form-kit-sign-off';
import { checkOptionsText, rocDay, shorten, taipeiTime } from './form-kit-text';
import { drawNotes, drawNotice, drawTitleBlock } from './form-parts';
import { loadFormFonts } from './fonts';
import type { VisitRecordContent, VisitRecordSheetInput, VisitRecordSheetStatus } from './visit-record-sheet-input';
import {
  VISIT_OCCASIONS,
  VISIT_OCCASION_LABELS,
  VISIT_SERVICE_CATEGORIES,
  VISIT_SERVICE_CATEGORY_LABELS,
  VISIT_SERVICE_MODES,
  VISIT_SERVICE_MODE_LABELS,
} from './visit-record-sheet-input';

/** 附件1 主動到府關心行動服務紀錄表 as an A4 PDF: the record of a proactive service, with the chief's sign-off. */

export const VISIT_RECORD_SHEET_TITLE = '主動到府關心行動服務紀錄表';
export const VISIT_RECORD_SHEET_ATTACHMENT = '附件1';

/** The kit's copy for handwriting: a stamp and a sentence, but no watermark over the blank boxes. */
export const PREFILLED_MARK = {
  mark: '預填',
  notice: '本表為到廠服務預填表，供現場填寫；服務完成後請於系統登錄並送陳核，本表不作為正式紀錄。',
};

const NOTES = [
  '各單位業務承辦員於到廠服務、電話咨詢或書面答覆後填寫本表，陳送單位主管核章。',
  '服務人次以實際接受服務之業者人員計；推廣 e點通 指已輔導業者以手機掃描 QR Code 查詢檢驗案件進度（APP+QRcode 案件查詢 e點通）。',
  '本表經主管核章後存查；主管核章為電子簽章，得以金鑰編號及簽章指紋於本系統驗證紀錄內容未經變更。',
];

const SIZE = 10.5;

const statusMark = (status: VisitRecordSheetStatus): { mark: string; notice: string; watermark: boolean } | null => {
  if (status === 'signed') return null;
  if (status === 'prefilled') return { ...PREFILLED_MARK, watermark: false };
  return { ...UNSIGNED_MARKS[status], watermark: true };
};

const serviceSpan = (c: VisitRecordContent): string => {
  const from = taipeiTime(c.startedAt);
  const to = taipeiTime(c.endedAt);
  if (from === '' && to === '') return '';
  let span = '';
  try {
    if (c.startedAt && c.endedAt) span = `（共 ${formatDuration(minutesBetween(c.startedAt, c.endedAt))}）`;
  } catch {
    span = '';
  }
  return `${from || '　　'} 至 ${to || '　　'}${span}`;
};

const yesNo = (v: boolean | null): string =>
  `${v === true ? '■' : '□'}是，已輔導業者使用 e點通 查詢案件進度\u3000${v === false ? '■' : '□'}否`;

const withOther = (label: string, other: string, chosen: boolean): string =>
  chosen && other.trim() !== '' ? `${label}：${other.trim()}` : label;

/** Lays the sheet out on a FormKit (the visit kit renders it on its own, the same way). */
export const layoutVisitRecordSheet = (kit: FormKit, input: VisitRecordSheetInput): void => {
  const c = input.content;
  const status = statusMark(input.status);
  drawTitleBlock(kit, {
    attachment: VISIT_RECORD_SHEET_ATTACHMENT,
    agency: input.branchName,
    title: VISIT_RECORD_SHEET_TITLE,
    badge: status?.mark ?? null,
  });
  if (status) drawNotice(kit, `【${status.mark}】${status.notice}`);

  const { pair, line, wide } = formCells(kit, mm(27));
  const box = (l: string, v: string) => line(l, v, 'top');
  const tall = { minHeight: mm(9) };
  const options = <K extends string>(all: readonly K[], labels: Record<K, string>, chosen: (k: K) => boolean, other = '') =>
    checkOptionsText(
      kit,
      all.map((k) => ({ label: withOther(labels[k], other, chosen(k) && k === 'other'), checked: chosen(k) })),
      wide,
      SIZE,
    );

  kit.beginFrame();
  kit.row(pair('服務日期', rocDay(c.serviceDay), '服務時間', serviceSpan(c)), tall);
  kit.row(pair('服務單位', c.serviceUnitName, '服務人員', c.inspectorNames.join('、')), tall);
  kit.row(pair('業者名稱', c.companyName, '統一編號', c.companyUbn), tall);
  kit.row(line('地　　址', c.address), tall);
  kit.row(pair('聯 絡 人', c.contactName, '電　　話', c.contactPhone), tall);
  // A blank count keeps its unit at the right, leaving room to write the number before it.
  const trips = c.personTrips === null ? '人次' : `${c.personTrips} 人次`;
  kit.row(pair('商品類別', c.productCategory, '服務人次', trips, c.personTrips === null ? 'right' : 'left'), tall);
  kit.row(line('服務方式', options(VISIT_SERVICE_MODES, VISIT_SERVICE_MODE_LABELS, (k) => c.serviceMode === k)), tall);
  kit.row(line('服務類別', options(VISIT_SERVICE_CATEGORIES, VISIT_SERVICE_CATEGORY_LABELS, (k) => c.categories.includes(k), c.categoryOther)), tall);
  kit.row(line('服務時機', options(VISIT_OCCASIONS, VISIT_OCCASION_LABELS, (k) => c.occasion === k, c.occasionOther)), tall);
  kit.row(box('業者詢問事項', c.inquiry), { minHeight: mm(14), split: true });
  kit.row(box('服務內容摘要', c.summary), { minHeight: mm(34), split: true });
  kit.row(line('推廣 e點通', yesNo(c.eServiceTaught)), tall);
  kit.row(box('業者意見', c.businessComments), { minHeight: mm(16), split: true });

  const third = kit.width / 3;
  kit.ensureSpace(mm(8) + mm(34));
  kit.row(
    ['業者代表簽名', '承辦人簽章', '課長核章'].map((t): CellSpec => ({ text: t, width: third, kind: 'label' })),
    { minHeight: mm(8) },
  );
  const [, authorBox, chiefBox] = kit.row(
    [0, 1, 2].map((): CellSpec => ({ text: '', width: third })),
    { minHeight: mm(34) },
  );
  const author = c.inspectorNames[0] ?? '';
  // A prefilled sheet is signed by hand on site: its author box stays empty.
  if (authorBox && author !== '' && input.status !== 'prefilled') drawSignerName(kit, authorBox, author);
  if (chiefBox && input.signOff) drawChiefSignOff(kit, chiefBox, input.signOff);
  kit.endFrame();
  drawNotes(kit, '說明：', NOTES);
};

/** Renders the sheet; the same input always gives the same bytes (the print time is an input). */
export const renderVisitRecordSheet = (input: VisitRecordSheetInput): Promise<Buffer> => {
  checkSignOffConsistent('visit record sheet', input.status, input.signOff);
  const c = input.content;
  const kit = new FormKit({
    fonts: loadFormFonts(input.fontDir),
    title: VISIT_RECORD_SHEET_TITLE,
    author: input.branchName,
    subject: input.recordId,
    printedAt: input.printedAt,
    continuationNote: `業者：${shorten(c.companyName, 20)}\u3000服務日期：${rocDay(c.serviceDay)}`,
  });
  layoutVisitRecordSheet(kit, input);
  const status = statusMark(input.status);
  return finishRecordSheet(kit, {
    watermark: status?.watermark ? status.mark : null,
    printedAt: input.printedAt,
    recordId: input.recordId,
  });
};
