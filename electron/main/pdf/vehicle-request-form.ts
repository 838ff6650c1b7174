import type { VehicleRequestStatus } from '../../../shared/domain/vehicle';
import { formatDuration, formatRocDateTime, minutesBetween } from './form-dates';
import type { CellSpec, Rect } from './form-kit';
import { FormKit, mm } from './form-kit';
import { formCells } from './form-kit-cells';
import { drawSignerName } from './form-kit-sign-off';
import { CHECKED, UNCHECKED, rocDay, shorten, taipeiTime } from './form-kit-text';
import { drawNotes, drawNotice, drawTitleBlock, stampFooter, stampWatermark } from './form-parts';
import { loadFormFonts } from './fonts';
import type { VehicleRequestFormInput } from './vehicle-request-form-input';
import { taipeiDayKey } from '../../../shared/util/roc-date';

/**
 * 使用汽車申請單 as an A4 PDF, in the plan's order (實施辦法 三(三)): the applicant's part (unit,
 * applicant, times, destination, purpose, passengers, driver), the secretariat's part (car and driver,
 * or the reason it was returned), the odometer, and the signature boxes.
 */

export const VEHICLE_REQUEST_FORM_TITLE = '使用汽車申請單';

const STATUS_MARKS: Record<VehicleRequestStatus, { mark: string; notice: string; watermark: boolean } | null> = {
  pending: { mark: '待核', notice: '本申請單尚待秘書室核派車輛，核准前不得用車。', watermark: false },
  approved: null,
  returned: { mark: '退回', notice: '本申請單經秘書室退回，不得據以用車；退回原因見下方。', watermark: true },
  cancelled: { mark: '已取消', notice: '本申請單已由申請人取消，不得據以用車。', watermark: true },
};

const NOTES = [
  '需派遣車輛者，請於用車前填妥本申請單，送秘書室核派車輛及駕駛。',
  '同一車輛不於重疊時段重複派用，前後兩次派車之間保留整備時間。',
  '出發及返回時登記里程表讀數；行駛里程＝返回里程－出發里程。',
];

/** 12,345 — grouped by hand so the output never depends on the machine's locale data. */
const km = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} 公里`;

const safeDayKey = (at: string): string | null => {
  const t = Date.parse(at);
  return Number.isNaN(t) ? null : taipeiDayKey(new Date(t));
};

/** 民國115年12月3日 08:30 至 12:00（共 3小時30分）; the day is repeated when the use ends on another day. */
export const usePeriod = (startAt: string, endAt: string): string => {
  const startDay = safeDayKey(startAt);
  const endDay = safeDayKey(endAt);
  if (startDay === null || endDay === null) return `${startAt} 至 ${endAt}`;
  const end = endDay === startDay ? taipeiTime(endAt) : `${rocDay(endDay)} ${taipeiTime(endAt)}`;
  const minutes = Date.parse(endAt) - Date.parse(startAt) > 0 ? `（共 ${formatDuration(minutesBetween(startAt, endAt))}）` : '';
  return `${rocDay(startDay)} ${taipeiTime(startAt)} 至 ${end}${minutes}`;
};

const distance = (out: number | null, back: number | null): string => {
  if (out === null || back === null) return '';
  return back >= out ? km(back - out) : '（返回里程小於出發里程，請查核）';
};

const checkConsistent = (input: VehicleRequestFormInput): void => {
  if ((input.status === 'approved') !== (input.approval !== null)) {
    throw new Error('an approved vehicle request, and only one, carries its approval');
  }
  if ((input.status === 'returned') !== (input.returned !== null)) {
    throw new Error('a returned vehicle request, and only one, carries its return reason');
  }
};

/** The approver's box: their name, then 核准 and the time in small type. */
const drawDecision = (kit: FormKit, box: Rect, name: string, line: string): void => {
  drawSignerName(kit, { ...box, h: box.h - mm(6) }, name);
  kit.setFont('regular', 8);
  kit.drawAligned(kit.fit(line, box.w - mm(4)), box.x, box.w, box.y + box.h - mm(7), 'center');
};

export const layoutVehicleRequestForm = (kit: FormKit, input: VehicleRequestFormInput): void => {
  const status = STATUS_MARKS[input.status];
  drawTitleBlock(kit, {
    attachment: '',
    agency: input.branchName,
    title: VEHICLE_REQUEST_FORM_TITLE,
    badge: status?.mark ?? null,
  });
  if (status) drawNotice(kit, `【${status.mark}】${status.notice}`);

  const { pair, line, section } = formCells(kit, mm(27));
  const tall = { minHeight: mm(9) };

  const purpose = input.visitNote.trim() === '' ? input.purpose : `${input.purpose}\n（${input.visitNote.trim()}）`;
  const driver = `${input.driverNeeded ? CHECKED : UNCHECKED}需派駕駛\u3000${input.driverNeeded ? UNCHECKED : CHECKED}不需派駕駛（自行駕駛）`;

  kit.beginFrame();
  kit.row(section('申　請　人　填　寫'), { minHeight: mm(8) });
  kit.row(pair('申請單位', input.unitName, '申 請 人', input.applicantName), tall);
  kit.row(pair('申請單號', input.requestId, '申請日期', rocDay(safeDayKey(input.filedAt))), tall);
  kit.row(line('用車時間', usePeriod(input.startAt, input.endAt)), tall);
  kit.row(line('前往地點', input.destination), { ...tall, split: true });
  kit.row(line('事　　由', purpose), { minHeight: mm(14), split: true });
  kit.row(line('乘車人員', `${input.passengers.join('、')}（共 ${input.passengers.length} 人）`), { ...tall, split: true });
  kit.row(line('駕　　駛', driver), tall);

  kit.row(section('秘　書　室　核　派'), { minHeight: mm(8) });
  const a = input.approval;
  kit.row(pair('核派車號', a?.vehiclePlate ?? '', '車　　型', a?.vehicleDescription ?? ''), tall);
  kit.row(line('駕　　駛', a ? a.driverName || '（自行駕駛）' : ''), tall);
  if (input.returned) {
    kit.row(line('退回原因', input.returned.reason), { minHeight: mm(14), split: true });
    kit.row(pair('退 回 人', input.returned.returnedBy, '退回時間', formatRocDateTime(input.returned.returnedAt)), tall);
  } else {
    kit.row(pair('核 准 人', a?.approverName ?? '', '核准時間', a ? formatRocDateTime(a.approvedAt) : ''), tall);
  }

  kit.row(section('行　駛　紀　錄'), { minHeight: mm(8) });
  kit.row(
    pair('出發里程', input.odometerOut === null ? '' : km(input.odometerOut), '返回里程', input.odometerIn === null ? '' : km(input.odometerIn)),
    tall,
  );
  kit.row(line('行駛里程', distance(input.odometerOut, input.odometerIn)), tall);

  const quarter = kit.width / 4;
  kit.ensureSpace(mm(8) + mm(30));
  kit.row(
    ['申請人', '單位主管', '駕駛', '秘書室核准'].map((t): CellSpec => ({ text: t, width: quarter, kind: 'label' })),
    { minHeight: mm(8) },
  );
  const [applicantBox, , , approverBox] = kit.row(
    [0, 1, 2, 3].map((): CellSpec => ({ text: '', width: quarter })),
    { minHeight: mm(30) },
  );
  if (applicantBox) drawSignerName(kit, applicantBox, input.applicantName);
  if (approverBox && a) drawDecision(kit, approverBox, a.approverName, `核准 ${formatRocDateTime(a.approvedAt)}`);
  kit.endFrame();
  drawNotes(kit, '說明：', NOTES);
};

/** Renders the form; the same input always gives the same bytes (the print time is an input). */
export const renderVehicleRequestForm = (input: VehicleRequestFormInput): Promise<Buffer> => {
  checkConsistent(input);
  const kit = new FormKit({
    fonts: loadFormFonts(input.fontDir),
    title: VEHICLE_REQUEST_FORM_TITLE,
    author: input.branchName,
    subject: input.requestId,
    printedAt: input.printedAt,
    continuationNote: `申請人：${shorten(input.applicantName, 20)}\u3000用車：${rocDay(safeDayKey(input.startAt))}`,
  });
  layoutVehicleRequestForm(kit, input);
  const status = STATUS_MARKS[input.status];
  return kit.finish((pageIndex, pageCount) => {
    if (status?.watermark) stampWatermark(kit, status.mark);
    stampFooter(kit, { pageIndex, pageCount, printedAt: input.printedAt, recordId: input.requestId, idLabel: '申請單號' });
  });
};
