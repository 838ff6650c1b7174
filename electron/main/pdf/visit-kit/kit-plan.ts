import type { KitDocumentOutcome } from './visit-kit-input';

/**
 * Where everything lands in the bundle. The kit's own pages are numbered in the bundle's order
 * (cover and list first, then the attached PDFs, the 附件1 sheet, the e點通 guide last), so the cover
 * and the list can say on which page each part starts.
 */

/** An attachment that could be read, or why not; page numbers are filled in by the plan. */
export type AttachmentFacts = { title: string; pageCount: number } | { title: string; reason: string };

export interface KitPlan {
  /** Pages before the first attachment: the cover and the list of documents. */
  frontPages: number;
  documents: KitDocumentOutcome[];
  sheetFirstPage: number;
  sheetPages: number;
  guidePage: number;
  totalPages: number;
}

export const planKit = (frontPages: number, attachments: readonly AttachmentFacts[], sheetPages: number): KitPlan => {
  let next = frontPages + 1;
  const documents = attachments.map((a): KitDocumentOutcome => {
    if ('reason' in a) return { title: a.title, attached: false, reason: a.reason };
    const firstPage = next;
    next += a.pageCount;
    return { title: a.title, attached: true, firstPage, pageCount: a.pageCount };
  });
  const sheetFirstPage = next;
  const guidePage = sheetFirstPage + sheetPages;
  return { frontPages, documents, sheetFirstPage, sheetPages, guidePage, totalPages: guidePage };
};

/** 第 3 頁 or 第 3–7 頁. */
export const pageSpan = (first: number, count: number): string =>
  count <= 1 ? `第 ${first} 頁` : `第 ${first}–${first + count - 1} 頁`;
