import { formatDuration, minutesBetween } from '../form-dates';
import { mm } from '../form-kit';
import { formCells } from '../form-kit-cells';
import type { FormKit } from '../form-kit';
import { rocDay, taipeiTime } from '../form-kit-text';
import { drawNotes, drawTitleBlock } from '../form-parts';
import { VISIT_OCCASION_LABELS } from '../visit-record-sheet-input';
import { taipeiDayKey } from '../../../../shared/util/roc-date';
import type { KitPlan } from './kit-plan';
import { pageSpan } from './kit-plan';
import type { KitVisit, VisitKitInput } from './visit-kit-input';

/** The kit's cover: the visit at a glance, what to bring as a checklist, and what the bundle holds. */

export const VISIT_KIT_TITLE = '準備到廠服務資料';
const SUBTITLE = '主動到府關心行動服務．法規技術及線上申辦輔導';
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

const REMINDERS = [
  '確實依排訂之服務時程前往現場；如需改期，請先以電話告知業者聯絡人。',
  '服務人員需配帶識別證，並備妥相關法規、技術規範及紀錄表格。',
  '利用到廠服務時，告知及輔導業者如何利用【APP+QRcode 案件查詢 e點通】查詢檢驗案件之進度（本資料末頁說明可交付業者）。',
  '服務完成後填寫主動到府關心行動服務紀錄表（附件1），於系統登錄並陳核。',
];

/** 民國115年12月3日（星期四）09:30 至 11:30（共 2小時0分） */
export const visitWhen = (v: Pick<KitVisit, 'startAt' | 'endAt'>): string => {
  const start = Date.parse(v.startAt);
  if (Number.isNaN(start)) return v.startAt;
  const day = taipeiDayKey(new Date(start));
  const weekday = WEEKDAYS[new Date(`${day}T12:00:00+08:00`).getUTCDay()] ?? '';
  const head = `${rocDay(day)}（星期${weekday}）${taipeiTime(v.startAt)}`;
  if (v.endAt === null || Number.isNaN(Date.parse(v.endAt))) return `${head} 起`;
  const endDay = taipeiDayKey(new Date(Date.parse(v.endAt)));
  const end = endDay === day ? taipeiTime(v.endAt) : `${rocDay(endDay)} ${taipeiTime(v.endAt)}`;
  const span = Date.parse(v.endAt) > start ? `（共 ${formatDuration(minutesBetween(v.startAt, v.endAt))}）` : '';
  return `${head} 至 ${end}${span}`;
};

const inspectorLine = (v: KitVisit): string =>
  v.inspectors
    .map((i) => {
      const extra = [i.unitName, i.phone].filter((s) => s.trim() !== '').join('，');
      return extra === '' ? i.name : `${i.name}（${extra}）`;
    })
    .join('、');

const vehicleLine = (v: KitVisit): string => {
  if (!v.vehicle) return '未申請公務車';
  return v.vehicle.driverName.trim() === '' ? `${v.vehicle.plate}（自行駕駛）` : `${v.vehicle.plate}（駕駛 ${v.vehicle.driverName}）`;
};

const countOf = (input: VisitKitInput, kind: 'regulation' | 'specification'): number =>
  input.documents.filter((d) => d.kind === kind).length;

export const layoutCover = (kit: FormKit, input: VisitKitInput, plan: KitPlan): void => {
  const v = input.visit;
  drawTitleBlock(kit, { attachment: '', agency: input.branchName, title: VISIT_KIT_TITLE, badge: null });
  kit.setFont('regular', 10.5);
  kit.drawAligned(SUBTITLE, kit.left, kit.width, kit.y, 'center', '#444444');
  kit.y += mm(8);

  const cells = formCells(kit, mm(25));
  const { pair, line } = cells;
  const tall = { minHeight: mm(8.5) };
  const section = (t: string) => kit.row(cells.section(t), { minHeight: mm(7.5) });

  kit.beginFrame();
  section('訪　廠　資　料');
  kit.row(line('服務日期', visitWhen(v)), { ...tall, split: true });
  kit.row(pair('業者名稱', v.companyName, '統一編號', v.companyUbn), { ...tall, split: true });
  kit.row(line('地　　址', v.address), { ...tall, split: true });
  kit.row(pair('聯 絡 人', v.contactName, '電　　話', v.contactPhone), { ...tall, split: true });
  kit.row(pair('商品類別', v.productCategory, '服務時機', VISIT_OCCASION_LABELS[v.occasion] ?? ''), { ...tall, split: true });
  kit.row(pair('服務單位', v.unitName, '公 務 車', vehicleLine(v)), { ...tall, split: true });
  kit.row(line('服務人員', inspectorLine(v)), { ...tall, split: true });
  kit.row(line('服務目的', v.purpose), { ...tall, split: true });
  if (v.inquiry.trim() !== '') kit.row(line('詢問事項', v.inquiry), { ...tall, split: true });
  kit.endFrame();
  kit.y += mm(4);

  // What to bring (plan 實施辦法 三(二)): a box to tick by hand for each item.
  const regs = countOf(input, 'regulation');
  const specs = countOf(input, 'specification');
  const missing = plan.documents.filter((d) => !d.attached).length;
  const people = v.inspectors.length;
  const items: [string, string][] = [
    ['識別證', people > 0 ? `服務人員每人配帶（共 ${people} 人）` : '服務人員每人配帶'],
    ['法規', `${regs} 份，清單見${pageSpan(2, plan.frontPages - 1)}`],
    ['技術規範', `${specs} 份，清單見${pageSpan(2, plan.frontPages - 1)}${missing > 0 ? `（其中 ${missing} 份無法附上，請另備）` : ''}`],
    ['紀錄表格', `附件1 主動到府關心行動服務紀錄表（已預填，${pageSpan(plan.sheetFirstPage, plan.sheetPages)}）`],
    ['e點通說明', `交付業者之案件查詢說明及 QR Code（${pageSpan(plan.guidePage, 1)}）`],
    ...input.extraChecklist.map((x): [string, string] => [x, '']),
  ];
  const box = mm(11);
  const name = mm(30);
  kit.ensureSpace(mm(7.5) + 3 * mm(8));
  kit.beginFrame();
  section('攜　帶　物　品　檢　查');
  for (const [item, detail] of items) {
    const [tick] = kit.row(
      [
        { text: '', width: box },
        { text: item, width: name, weight: 'bold' },
        { text: detail, width: kit.width - box - name },
      ],
      { minHeight: mm(8), split: true },
    );
    // A square drawn to size: the □ glyph is too small to tick by hand.
    if (tick) kit.doc.lineWidth(0.9).rect(tick.x + (tick.w - mm(4)) / 2, tick.y + (tick.h - mm(4)) / 2, mm(4), mm(4)).stroke('#000000');
  }
  kit.endFrame();
  kit.y += mm(4);

  // What the bundle holds, and where.
  const attached = plan.documents.filter((d) => d.attached);
  const attachedPages = attached.reduce((n, d) => n + (d.attached ? d.pageCount : 0), 0);
  const contents: [string, string][] = [
    ['封面（訪廠資料、攜帶物品）', pageSpan(1, 1)],
    ['法規及技術規範清單', pageSpan(2, plan.frontPages - 1)],
    [
      `法規及技術規範本文（附上 ${attached.length} 份${missing > 0 ? `，${missing} 份無法附上` : ''}）`,
      attachedPages > 0 ? pageSpan(plan.frontPages + 1, attachedPages) : '—',
    ],
    ['附件1 主動到府關心行動服務紀錄表（預填）', pageSpan(plan.sheetFirstPage, plan.sheetPages)],
    ['e點通 案件查詢說明（交付業者）', pageSpan(plan.guidePage, 1)],
  ];
  kit.beginFrame();
  kit.table(
    [
      { header: '項次', width: box, align: 'center' },
      { header: '本資料內容', width: kit.width - box - mm(34) },
      { header: '頁次', width: mm(34), align: 'center' },
    ],
    contents.map(([what, where], i) => [String(i + 1), what, where]),
  );
  kit.endFrame();

  drawNotes(kit, '提醒：', REMINDERS);
  kit.setFont('regular', 8.5);
  kit.ensureSpace(mm(6));
  kit.y += mm(1.5);
  kit.drawAligned(kit.fit(`製表：${input.preparedBy}\u3000\u3000本資料共 ${plan.totalPages} 頁`, kit.width), kit.left, kit.width, kit.y, 'right', '#555555');
  kit.y += mm(5);
};
