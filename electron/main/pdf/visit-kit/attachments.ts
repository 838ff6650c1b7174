import { EncryptedPDFError, ParseSpeeds, PDFDocument } from 'pdf-lib';
import type { KitDocument } from './visit-kit-input';

/**
 * Reads an attached regulation PDF for merging, or says in words why it cannot be attached. A file
 * that is missing, empty, not a PDF, encrypted, damaged or without pages never breaks the kit: it
 * is listed as 無法附上 with the reason.
 */

export type ReadAttachment = { ok: true; pdf: PDFDocument; pageCount: number } | { ok: false; reason: string };

export const ATTACHMENT_REASONS = {
  missing: '未提供檔案',
  empty: '檔案是空的',
  notPdf: '檔案不是 PDF 格式',
  encrypted: '檔案已加密或設有權限保護，無法合併',
  noPages: 'PDF 檔案沒有任何頁面',
  damaged: 'PDF 檔案損毀，無法讀取',
} as const;

/** A PDF starts with %PDF- within its first 1024 bytes (readers tolerate a little junk before it). */
const looksLikePdf = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).includes('%PDF-', 0, 'latin1');

export const readAttachment = async (doc: KitDocument): Promise<ReadAttachment> => {
  const bytes = doc.file;
  if (bytes === null) return { ok: false, reason: doc.unavailableReason?.trim() || ATTACHMENT_REASONS.missing };
  if (bytes.length === 0) return { ok: false, reason: ATTACHMENT_REASONS.empty };
  if (!looksLikePdf(bytes)) return { ok: false, reason: ATTACHMENT_REASONS.notPdf };
  try {
    const pdf = await PDFDocument.load(bytes, {
      throwOnInvalidObject: true,
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
    // Walking the page tree here makes a broken tree fail now, not halfway through the merge.
    const pageCount = pdf.getPages().length;
    if (pageCount === 0) return { ok: false, reason: ATTACHMENT_REASONS.noPages };
    return { ok: true, pdf, pageCount };
  } catch (e) {
    if (e instanceof EncryptedPDFError) return { ok: false, reason: ATTACHMENT_REASONS.encrypted };
    return { ok: false, reason: ATTACHMENT_REASONS.damaged };
  }
};
