import type { FormSignOff, RecordSheetStatus } from './form-kit-sign-off';

/**
 * What the 附件1 主動到府關心行動服務紀錄表 renderer needs: plain, already-resolved values (names, not
 * ids), so the renderer never reads the database and a signed sheet prints exactly what was signed.
 *
 * Render with `renderVisitRecordSheet(input): Promise<Buffer>` from ./visit-record-sheet.
 *
 * Every field the inspector fills on site may be empty (null / '' / []): a "prefilled" sheet for the
 * visit kit carries only what is known before the visit, and its empty boxes are left for handwriting.
 */

/** 服務方式: printed as □到廠 □電話 □書面 with the chosen one ticked. */
export const VISIT_SERVICE_MODES = ['onsite', 'phone', 'written'] as const;
export type VisitServiceMode = (typeof VISIT_SERVICE_MODES)[number];
export const VISIT_SERVICE_MODE_LABELS: Record<VisitServiceMode, string> = {
  onsite: '到廠服務',
  phone: '電話咨詢',
  written: '書面答覆',
};

/** 服務類別 (several may apply to one visit). */
export const VISIT_SERVICE_CATEGORIES = ['regulation', 'technical', 'online_application', 'accident', 'seal', 'other'] as const;
export type VisitServiceCategory = (typeof VISIT_SERVICE_CATEGORIES)[number];
export const VISIT_SERVICE_CATEGORY_LABELS: Record<VisitServiceCategory, string> = {
  regulation: '法規咨詢',
  technical: '技術咨詢',
  online_application: '線上申辦輔導',
  accident: '事故調查',
  seal: '查核封存',
  other: '其他',
};

/**
 * 服務時機: why the visit happens (plan §三(一)(二) and the accident follow-up of §三(五)). Short labels
 * as domain.md gives them: 取樣查核 is 驗證登錄取樣查核, 驗證追查 is ISO／驗證系統追查.
 */
export const VISIT_OCCASIONS = [
  'business_request',
  'violation_inspection',
  'sampling_check',
  'certification_followup',
  'accident_followup',
  'other',
] as const;
export type VisitOccasion = (typeof VISIT_OCCASIONS)[number];
export const VISIT_OCCASION_LABELS: Record<VisitOccasion, string> = {
  business_request: '業者請求',
  violation_inspection: '違規訪查',
  sampling_check: '取樣查核',
  certification_followup: '驗證追查',
  accident_followup: '事故關心',
  other: '其他',
};

/** The fields of the sheet as filled in. */
export interface VisitRecordContent {
  /** Service day as a Taiwan day key, YYYY-MM-DD (printed 民國115年11月26日); null = blank. */
  serviceDay: string | null;
  /** ISO times of the service, printed as 09:30 至 11:00; either may be null (blank). */
  startedAt: string | null;
  endedAt: string | null;
  /** 服務單位, e.g. 第二課. */
  serviceUnitName: string;
  /** 服務人員, in order; the first is the 承辦人 who signs. */
  inspectorNames: string[];
  companyName: string;
  /** 統一編號 (8 digits when known; printed as given). */
  companyUbn: string;
  address: string;
  contactName: string;
  contactPhone: string;
  /** 商品類別, e.g. 電器商品 / 衡器. */
  productCategory: string;
  serviceMode: VisitServiceMode | null;
  categories: VisitServiceCategory[];
  /** Words after 其他 when `categories` includes 'other'. */
  categoryOther: string;
  occasion: VisitOccasion | null;
  /** Words after 其他 when the occasion is 'other'. */
  occasionOther: string;
  /** 業者詢問事項: the question the business asked (from the request), if any. */
  inquiry: string;
  /** 服務內容摘要. */
  summary: string;
  /** 是否推廣 e點通: true 是, false 否, null not yet answered (both boxes empty). */
  eServiceTaught: boolean | null;
  /** 服務人次 (people served); null = blank. */
  personTrips: number | null;
  /** 業者意見. */
  businessComments: string;
}

/**
 * `prefilled` is the blank-for-handwriting copy in the visit kit: a 預填 stamp, no watermark (so it
 * can be filled on paper), a sentence saying it is not the record. The others are the record's states.
 */
export type VisitRecordSheetStatus = RecordSheetStatus | 'prefilled';

export interface VisitRecordSheetInput {
  /** The office, e.g. 經濟部標準檢驗局臺南分局. */
  branchName: string;
  content: VisitRecordContent;
  status: VisitRecordSheetStatus;
  /** Present exactly when the status is signed. */
  signOff: FormSignOff | null;
  /** Printed in the footer (紀錄編號); for a prefilled sheet the visit id. */
  recordId: string;
  /** Print time: footer and PDF dates, so the same input gives the same bytes. */
  printedAt: Date;
  /** Where to read the TTFs from instead of node_modules (the packaged app's resources/fonts). */
  fontDir?: string;
}
