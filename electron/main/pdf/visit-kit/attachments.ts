import { inflateSync } from 'node:zlib';
import type { PDFPage } from 'pdf-lib';
import { PDFArray, PDFName, ParseSpeeds, PDFDocument, PDFRawStream } from 'pdf-lib';
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
  badContent: 'PDF 檔案頁面內容損毀',
  damaged: 'PDF 檔案損毀，無法讀取',
} as const;

/** A PDF starts with %PDF- within its first 1024 bytes (readers tolerate a little junk before it). */
const looksLikePdf = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).includes('%PDF-', 0, 'latin1');

/**
 * Whether a page's compressed content streams inflate: a file damaged in the middle often still
 * parses, and would otherwise print blank or broken pages without a word. (Other filters are left to
 * the reader; almost every producer writes page content with FlateDecode.)
 */
const contentInflates = (page: PDFPage): boolean => {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  return streams.every((s) => {
    if (!(s instanceof PDFRawStream)) return true;
    const filter = s.dict.get(PDFName.of('Filter'));
    const flate = filter === PDFName.of('FlateDecode') || (filter instanceof PDFArray && filter.size() === 1 && filter.get(0) === PDFName.of('FlateDecode'));
    if (!flate) return true;
    try {
      inflateSync(s.contents);
      return true;
    } catch {
      return false;
    }
  });
};

export const readAttachment = async (doc: KitDocument): Promise<ReadAttachment> => {
  const bytes = doc.file;
  if (bytes === null) return { ok: false, reason: doc.unavailableReason?.trim() || ATTACHMENT_REASONS.missing };
  if (bytes.length === 0) return { ok: false, reason: ATTACHMENT_REASONS.empty };
  if (!looksLikePdf(bytes)) return { ok: false, reason: ATTACHMENT_REASONS.notPdf };
  try {
    // Encrypted files are loaded only to be recognised (pdf-lib's own error class cannot be told
    // apart: its subclasses of Error lose their identity), never merged: their pages would be garbage.
    const pdf = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      throwOnInvalidObject: true,
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
    if (pdf.isEncrypted) return { ok: false, reason: ATTACHMENT_REASONS.encrypted };
    // Walking the page tree here makes a broken tree fail now, not halfway through the merge.
    const pages = pdf.getPages();
    if (pages.length === 0) return { ok: false, reason: ATTACHMENT_REASONS.noPages };
    if (!pages.every(contentInflates)) return { ok: false, reason: ATTACHMENT_REASONS.badContent };
    return { ok: true, pdf, pageCount: pages.length };
  } catch {
    return { ok: false, reason: ATTACHMENT_REASONS.damaged };
  }
};
