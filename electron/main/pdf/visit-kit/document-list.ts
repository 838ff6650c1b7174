import type { ColumnSpec, FormKit } from '../form-kit';
import { mm } from '../form-kit';
import { rocDay } from '../form-kit-text';
import { drawNotes } from '../form-parts';
import type { KitPlan } from './kit-plan';
import { pageSpan } from './kit-plan';
import type { VisitKitInput } from './visit-kit-input';

/** The list of regulations and specifications in the kit, with where each one is, or why it is missing. */

export const DOCUMENT_LIST_TITLE = '法規及技術規範清單';
export const UNAVAILABLE = '無法附上';

const KIND_LABELS = { regulation: '法規', specification: '技術規範' } as const;

const COLUMNS_MM: { header: string; width: number; align?: 'left' | 'center' | 'right' }[] = [
  { header: '項次', width: 10, align: 'center' },
  { header: '類別', width: 19, align: 'center' },
  { header: '名稱', width: 0 },
  { header: '文號／標準號', width: 28 },
  { header: '版次', width: 20 },
  { header: '生效日期', width: 26, align: 'center' },
  { header: '本資料頁次', width: 30 },
];

/** 113年7月1日: the list's heading says the dates are ROC, so 民國 is not repeated on every row. */
const shortRocDay = (day: string | null): string => (day === null ? '' : rocDay(day).replace(/^民國/, ''));

export const layoutDocumentList = (kit: FormKit, input: VisitKitInput, plan: KitPlan): void => {
  kit.setFont('bold', 16);
  kit.drawAligned(DOCUMENT_LIST_TITLE, kit.left, kit.width, kit.y, 'center');
  kit.y += mm(9);
  kit.setFont('regular', 9.5);
  const reads = plan.documents.filter((d) => d.attached).length;
  kit.drawLine(
    kit.fit(`業者：${input.visit.companyName}\u3000\u3000商品類別：${input.visit.productCategory}\u3000\u3000共 ${input.documents.length} 份，附上 ${reads} 份`, kit.width),
    kit.left,
    kit.y,
  );
  kit.y += mm(6);

  const fixed = COLUMNS_MM.reduce((s, c) => s + mm(c.width), 0);
  const columns: ColumnSpec[] = COLUMNS_MM.map((c) => ({
    header: c.header,
    width: c.width > 0 ? mm(c.width) : kit.width - fixed,
    align: c.align ?? 'left',
  }));
  const rows = input.documents.map((d, i) => {
    const outcome = plan.documents[i];
    const where = !outcome
      ? ''
      : outcome.attached
        ? `${pageSpan(outcome.firstPage, outcome.pageCount)}\n（共 ${outcome.pageCount} 頁）`
        : `${UNAVAILABLE}：\n${outcome.reason}`;
    return [String(i + 1), KIND_LABELS[d.kind] ?? '', d.title, d.number, d.version, shortRocDay(d.effectiveDay), where];
  });
  if (rows.length === 0) rows.push(['', '', '（本次未附法規或技術規範）', '', '', '', '']);
  kit.beginFrame();
  kit.table(columns, rows, 9);
  kit.endFrame();

  drawNotes(kit, '說明：', [
    '日期均為民國紀年。所附法規及技術規範為列印時法規資料庫之版本，使用前請確認是否已有修正。',
    `標示「${UNAVAILABLE}」者，檔案無法合併於本資料，請另行列印或由系統法規資料庫下載。`,
  ]);
};
