import { formatRocDateTime } from './form-dates';
import type { FormKit } from './form-kit';
import { A4, mm } from './form-kit';
import { wrapText } from './print-text';

/** The recurring pieces of a printed form around its body: heading, status marks, notes, footer. */

const ALERT = '#b3261e';
const MUTED = '#555555';

export interface TitleBlock {
  /** 附件2 etc.: the attachment number the plan gives the form, printed top left ('' for none). */
  attachment: string;
  /** The office, e.g. 經濟部標準檢驗局臺南分局. */
  agency: string;
  title: string;
  /** A status stamp at the top right (草稿, 陳核中, …); none on a signed form. */
  badge?: string | null;
}

export const drawTitleBlock = (kit: FormKit, t: TitleBlock): void => {
  const { doc } = kit;
  const top = kit.y;
  if (t.attachment !== '') {
    kit.setFont('regular', 10);
    const aw = kit.measure(t.attachment) + mm(4);
    doc.lineWidth(0.8).rect(kit.left, top, aw, mm(6.5)).stroke('#000000');
    kit.drawAligned(t.attachment, kit.left, aw, top + mm(0.9), 'center');
  }

  if (t.badge) {
    kit.setFont('bold', 13);
    const bw = kit.measure(t.badge, 2) + mm(7);
    const bx = kit.right - bw;
    doc.lineWidth(1.6).rect(bx, top - mm(1), bw, mm(9)).stroke(ALERT);
    doc.lineWidth(0.5).rect(bx + 2, top - mm(1) + 2, bw - 4, mm(9) - 4).stroke(ALERT);
    kit.drawLine(t.badge, bx + mm(3.5), top + mm(0.6), ALERT, 2);
  }

  // The corners hold 附件 and the status stamp; the centred lines keep clear of both.
  const centre = kit.width - mm(70);
  kit.setFont('bold', 15);
  kit.drawAligned(kit.fit(t.agency, centre), kit.left, kit.width, top + mm(1), 'center');
  kit.setFont('bold', 20);
  const spacing = 6;
  const tw = kit.measure(t.title, spacing);
  kit.drawLine(t.title, kit.left + (kit.width - tw) / 2, top + mm(9), '#000000', spacing);
  kit.y = top + mm(20);
};

/** A one-line warning under the title (an unsigned sheet says so in words, not only by a stamp). */
export const drawNotice = (kit: FormKit, text: string): void => {
  kit.setFont('bold', 10);
  // Clear of the title's descenders above and the frame below.
  kit.drawAligned(text, kit.left, kit.width, kit.y + mm(0.3), 'center', ALERT);
  kit.y += mm(6.5);
};

/** A line of small print above the body, e.g. the record number on the right. */
export const drawMetaLine = (kit: FormKit, left: string, right: string): void => {
  kit.setFont('regular', 9);
  kit.drawAligned(left, kit.left, kit.width, kit.y, 'left', MUTED);
  kit.drawAligned(right, kit.left, kit.width, kit.y, 'right', MUTED);
  kit.y += mm(5.5);
};

/** 說明 under the body: numbered notes in small type, each wrapped to the page width. */
export const drawNotes = (kit: FormKit, heading: string, notes: readonly string[]): void => {
  const size = 8.5;
  const pitch = size * 1.55;
  kit.setFont('regular', size);
  const indent = kit.measure(heading) + mm(0.5);
  const numbered = notes.map((n, i) => `${i + 1}. ${n}`);
  kit.ensureSpace(numbered.length * pitch * 2 + mm(3));
  kit.y += mm(2);
  kit.drawLine(heading, kit.left, kit.y, MUTED);
  for (const note of numbered) {
    for (const line of wrapText(note, kit.width - indent, kit.measure)) {
      kit.drawLine(line, kit.left + indent, kit.y, MUTED);
      kit.y += pitch;
    }
  }
};

/**
 * A large, faint, diagonal word across the page (草稿, 陳核中…), drawn over the content so it can
 * be neither hidden by a filled cell nor cropped off by a printer's margins.
 */
export const stampWatermark = (kit: FormKit, text: string): void => {
  const { doc } = kit;
  const cx = A4.width / 2;
  const cy = A4.height / 2;
  doc.save();
  doc.rotate(-35, { origin: [cx, cy] });
  doc.fillOpacity(0.1);
  const size = 120;
  kit.setFont('bold', size);
  const spacing = size / 5;
  const tw = kit.measure(text, spacing);
  // pdfkit places a line by its top; a CJK em box is centred about 0.78 em below that top.
  kit.drawLine(text, cx - tw / 2, cy - 0.78 * size, ALERT, spacing);
  doc.restore();
};

export interface FooterFacts {
  pageIndex: number;
  pageCount: number;
  printedAt: Date;
  recordId: string;
  /** What the id is, printed before it; 紀錄編號 when absent. */
  idLabel?: string;
}

/** 列印時間 left, 第 N 頁／共 M 頁 centred, the record id right in small type. */
export const stampFooter = (kit: FormKit, f: FooterFacts): void => {
  const y = A4.height - mm(14);
  kit.doc.lineWidth(0.4).moveTo(kit.left, y - mm(1.5)).lineTo(kit.right, y - mm(1.5)).stroke(MUTED);
  kit.setFont('regular', 8.5);
  kit.drawAligned(`列印時間：${formatRocDateTime(f.printedAt)}`, kit.left, kit.width, y, 'left', MUTED);
  kit.drawAligned(`第 ${f.pageIndex + 1} 頁／共 ${f.pageCount} 頁`, kit.left, kit.width, y, 'center', MUTED);
  kit.setFont('regular', 7);
  kit.drawAligned(`${f.idLabel ?? '紀錄編號'}：${f.recordId}`, kit.left, kit.width, y + 1, 'right', MUTED);
};
