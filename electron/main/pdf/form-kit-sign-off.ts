import { formatRocDateTime } from './form-dates';
import type { FormKit, Rect } from './form-kit';
import { mm } from './form-kit';
import { stampFooter, stampWatermark } from './form-parts';

/**
 * The sign-off (陳核) facts every record sheet prints, what an unsigned sheet says about itself, and
 * how both are drawn. Shared by 附件1 and 附件2 so both forms word and draw their status the same way.
 */

export type RecordSheetStatus = 'draft' | 'submitted' | 'returned' | 'signed';
export type UnsignedStatus = Exclude<RecordSheetStatus, 'signed'>;

/** What an unsigned sheet says about itself, in a stamp, a sentence and a watermark on every page. */
export const UNSIGNED_MARKS: Record<UnsignedStatus, { mark: string; notice: string }> = {
  draft: { mark: '草稿', notice: '本表為草稿，尚未送陳核，亦未經主管核章，不得作為正式紀錄。' },
  submitted: { mark: '陳核中', notice: '本表已送陳核，尚未經主管核章，不得作為正式紀錄。' },
  returned: { mark: '退回修改', notice: '本表經主管退回修改，尚未核章，不得作為正式紀錄。' },
};

/** A chief's (or deputy's) electronic sign-off as printed in the 主管核章 box. */
export interface FormSignOff {
  signerName: string;
  /** ISO time of the signature. */
  signedAt: string;
  /** The chief's name when a deputy signed (printed as 代理 <name>). */
  asDeputyOf: string | null;
  keyId: string;
  /** A short hex digest of the signature, so a paper copy can be matched to the stored record. */
  signatureFingerprint: string;
}

/** A signed sheet carries its sign-off and an unsigned one none; anything else is a caller's bug. */
export const checkSignOffConsistent = (what: string, status: string, signOff: FormSignOff | null): void => {
  if (status === 'signed' && !signOff) throw new Error(`a signed ${what} needs its sign-off`);
  if (status !== 'signed' && signOff) throw new Error(`an unsigned ${what} cannot carry a sign-off`);
};

const SEAL_RED = '#b3261e';

/** The author's name, centred in their signature box (the sheet is theirs, so it is printed). */
export const drawSignerName = (kit: FormKit, box: Rect, name: string): void => {
  kit.setFont('bold', 14);
  kit.drawAligned(kit.fit(name, box.w - mm(4)), box.x, box.w, box.y + box.h / 2 - mm(3), 'center');
};

/** The chief's block: the signer in a red seal-like frame, then deputy, time, key and fingerprint. */
export const drawChiefSignOff = (kit: FormKit, box: Rect, s: FormSignOff): void => {
  const inner = box.w - mm(4);
  kit.setFont('regular', 7.5);
  kit.drawLine('電子核章', box.x + mm(1.5), box.y + mm(1.2), '#555555');
  kit.setFont('bold', 14);
  const name = kit.fit(s.signerName, inner - mm(6));
  const nw = kit.measure(name) + mm(6);
  const nx = box.x + (box.w - nw) / 2;
  const ny = box.y + mm(3.5);
  kit.doc.lineWidth(1.2).roundedRect(nx, ny, nw, mm(9), 3).stroke(SEAL_RED);
  kit.drawAligned(name, nx, nw, ny + mm(1.6), 'center', SEAL_RED);
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

/**
 * Ends a record sheet: every page gets the footer, and an unsigned sheet (watermark given) its
 * diagonal mark as well. Resolves with the PDF bytes.
 */
export const finishRecordSheet = (
  kit: FormKit,
  f: { watermark: string | null; printedAt: Date; recordId: string },
): Promise<Buffer> =>
  kit.finish((pageIndex, pageCount) => {
    if (f.watermark) stampWatermark(kit, f.watermark);
    stampFooter(kit, { pageIndex, pageCount, printedAt: f.printedAt, recordId: f.recordId });
  });
