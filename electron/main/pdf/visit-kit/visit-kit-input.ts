import type { VisitOccasion, VisitRecordSheetInput } from '../visit-record-sheet-input';

/**
 * What the visit kit (準備到廠服務資料) renderer needs. Everything is resolved by the caller (names,
 * not ids; regulation files as bytes), so the renderer never reads the database or the disk.
 *
 * The bundle, in order: a cover, the list of included regulations and specifications, each attached
 * PDF as it is, the prefilled 附件1 sheet, and a one-page e點通 guide with a QR code for the business.
 *
 * Render with `renderVisitKit(input): Promise<VisitKitResult>` from ./visit-kit (throws only on a
 * caller's bug, e.g. a signed record sheet without its sign-off; broken attachments never throw).
 */

/** A regulation or technical specification from the regulations library. */
export interface KitDocument {
  /** 法規 (regulation) or 技術規範 (technical specification). */
  kind: 'regulation' | 'specification';
  title: string;
  /** 文號 / 標準號碼, e.g. CNS 3765 or 經標字第11400000000號; '' when none. */
  number: string;
  /** 版次, e.g. 2024年版 / 第3版; '' when none. */
  version: string;
  /** Effective day as YYYY-MM-DD (printed in ROC); null when unknown. */
  effectiveDay: string | null;
  /**
   * The attached file as read from the library. null when there is none or it could not be read; the
   * kit then lists the document as 無法附上 with `unavailableReason`. A file that is not a readable
   * PDF is also listed as 無法附上 (with the renderer's own reason) and never breaks the kit.
   */
  file: Uint8Array | null;
  /** Why `file` is null, in Traditional Chinese (e.g. 檔案遺失); a default is printed when absent. */
  unavailableReason?: string;
}

export interface KitInspector {
  name: string;
  /** Unit name, e.g. 第二課. */
  unitName: string;
  /** Office phone or extension, printed on the cover and the e點通 guide; '' when none. */
  phone: string;
}

/** The official car booked for the visit, if any (from an approved 使用汽車申請單). */
export interface KitVehicle {
  plate: string;
  /** '' when the inspectors drive themselves. */
  driverName: string;
}

export interface KitVisit {
  /** The visit id (footer). */
  id: string;
  /** Agreed start and end (ISO); end may be null. */
  startAt: string;
  endAt: string | null;
  companyName: string;
  companyUbn: string;
  address: string;
  contactName: string;
  contactPhone: string;
  /** 服務單位, e.g. 第二課. */
  unitName: string;
  inspectors: KitInspector[];
  occasion: VisitOccasion;
  /** 服務目的: what the visit is for, in a sentence or two. */
  purpose: string;
  /** 業者詢問事項 from the request; '' when the visit comes from an occasion. */
  inquiry: string;
  /** 商品類別, e.g. 電器商品. */
  productCategory: string;
  vehicle: KitVehicle | null;
}

/** Where the e點通 QR code points. */
export interface KitEService {
  /**
   * The exact text of the QR code: the public site (`<publicBaseUrl>/`) or, when the visit has an
   * inspection case, its case URL (`caseUrl(publicBaseUrl, token)`). Printed under the code too.
   */
  url: string;
  /** The case number when `url` is a case URL (the guide then names the case); null otherwise. */
  caseNumber: string | null;
}

export interface VisitKitInput {
  /** The office, e.g. 經濟部標準檢驗局臺南分局. */
  branchName: string;
  /** The office's phone for questions, printed on the guide; '' when none. */
  branchPhone: string;
  visit: KitVisit;
  /** Regulations and specifications for the company's product category, in the order to print. */
  documents: KitDocument[];
  /** Other things to bring, appended to the fixed checklist (識別證, 法規, 技術規範, 紀錄表格). */
  extraChecklist: string[];
  /**
   * The prefilled 附件1 sheet (normally status 'prefilled'); its printedAt and fontDir are taken from
   * this input, so they need not match.
   */
  recordSheet: Omit<VisitRecordSheetInput, 'printedAt' | 'fontDir'>;
  eService: KitEService;
  /** Who printed the kit (cover, small print). */
  preparedBy: string;
  printedAt: Date;
  fontDir?: string;
}

/** How each document ended up in the bundle, returned with the bytes so the caller can tell the user. */
export type KitDocumentOutcome =
  | { title: string; attached: true; firstPage: number; pageCount: number }
  | { title: string; attached: false; reason: string };

export interface VisitKitResult {
  pdf: Buffer;
  pageCount: number;
  documents: KitDocumentOutcome[];
}
