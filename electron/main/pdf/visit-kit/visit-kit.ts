import type { PDFPage } from 'pdf-lib';
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { FormKit } from '../form-kit';
import { stampFooter } from '../form-parts';
import { loadFormFonts } from '../fonts';
import { printLine } from '../print-text';
import { renderVisitRecordSheet } from '../visit-record-sheet';
import { ATTACHMENT_REASONS, readAttachment } from './attachments';
import { VISIT_KIT_TITLE, layoutCover } from './cover';
import { layoutDocumentList } from './document-list';
import { layoutEServiceGuide } from './e-service-guide';
import type { AttachmentFacts, KitPlan } from './kit-plan';
import { planKit } from './kit-plan';
import type { VisitKitInput, VisitKitResult } from './visit-kit-input';

/**
 * The visit kit (準備到廠服務資料) as one PDF: the kit's own pages (cover, list, e點通 guide) are drawn
 * with pdfkit, the 附件1 sheet by its own renderer, and pdf-lib merges them with the attached
 * regulation PDFs, copied page by page as they are. The kit's pages are numbered in the bundle; the
 * attachments and the sheet keep their own page footers.
 */

const LOAD = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;
/** Pages the cover and the list are first assumed to take; corrected by laying out again if wrong. */
const FRONT_GUESS = 2;
const MAX_LAYOUTS = 4;

interface FrontPages {
  pdf: Buffer;
  plan: KitPlan;
}

/**
 * Lays out cover, list and guide. Their page numbers depend on how many pages the cover and the list
 * take, so a wrong first guess is corrected by laying out once more (text lengths barely change).
 */
const renderFront = (input: VisitKitInput, facts: readonly AttachmentFacts[], sheetPages: number): Promise<FrontPages> => {
  const fonts = loadFormFonts(input.fontDir);
  let front = FRONT_GUESS;
  for (let attempt = 1; ; attempt++) {
    const plan = planKit(front, facts, sheetPages);
    const kit = new FormKit({
      fonts,
      title: VISIT_KIT_TITLE,
      author: input.branchName,
      subject: input.visit.id,
      printedAt: input.printedAt,
      continuationNote: printLine(input.visit.companyName).slice(0, 30),
    });
    layoutCover(kit, input, plan);
    kit.startPage();
    layoutDocumentList(kit, input, plan);
    const laidOut = kit.pageCount;
    if (laidOut !== front && attempt < MAX_LAYOUTS) {
      front = laidOut;
      continue;
    }
    const final = laidOut === front ? plan : planKit(laidOut, facts, sheetPages);
    kit.startPage();
    layoutEServiceGuide(kit, input);
    const pdf = kit.finish((pageIndex) => {
      const bundlePage = pageIndex < final.frontPages ? pageIndex + 1 : final.guidePage;
      stampFooter(kit, {
        pageIndex: bundlePage - 1,
        pageCount: final.totalPages,
        printedAt: input.printedAt,
        recordId: input.visit.id,
        idLabel: '訪廠編號',
      });
    });
    return pdf.then((bytes) => ({ pdf: bytes, plan: final }));
  }
};

export const renderVisitKit = async (input: VisitKitInput): Promise<VisitKitResult> => {
  const out = await PDFDocument.create({ updateMetadata: false });

  // Copy the attachments first: one that fails even here is listed as 無法附上 like any other.
  const facts: AttachmentFacts[] = [];
  const attachmentPages: PDFPage[][] = [];
  for (const doc of input.documents) {
    const read = await readAttachment(doc);
    if (!read.ok) {
      facts.push({ title: doc.title, reason: read.reason });
      continue;
    }
    try {
      const pages = await out.copyPages(read.pdf, read.pdf.getPageIndices());
      facts.push({ title: doc.title, pageCount: pages.length });
      attachmentPages.push(pages);
    } catch {
      facts.push({ title: doc.title, reason: ATTACHMENT_REASONS.damaged });
    }
  }

  const sheetBytes = await renderVisitRecordSheet({
    ...input.recordSheet,
    printedAt: input.printedAt,
    ...(input.fontDir !== undefined ? { fontDir: input.fontDir } : {}),
  });
  const sheet = await PDFDocument.load(sheetBytes, LOAD);
  const sheetPages = await out.copyPages(sheet, sheet.getPageIndices());

  const front = await renderFront(input, facts, sheetPages.length);
  const frontDoc = await PDFDocument.load(front.pdf, LOAD);
  const frontPages = await out.copyPages(frontDoc, frontDoc.getPageIndices());

  const ordered = [
    ...frontPages.slice(0, front.plan.frontPages),
    ...attachmentPages.flat(),
    ...sheetPages,
    ...frontPages.slice(front.plan.frontPages),
  ];
  for (const page of ordered) out.addPage(page);

  const title = `${VISIT_KIT_TITLE}－${printLine(input.visit.companyName)}`;
  out.setTitle(title);
  out.setAuthor(printLine(input.branchName));
  out.setSubject(input.visit.id);
  out.setCreator('BranchDesk');
  out.setProducer('BranchDesk (pdfkit, pdf-lib)');
  out.setCreationDate(input.printedAt);
  out.setModificationDate(input.printedAt);
  const bytes = await out.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  return { pdf: Buffer.from(bytes), pageCount: ordered.length, documents: front.plan.documents };
};
