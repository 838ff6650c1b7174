import { z } from 'zod';
import { dayKeySchema } from './escort';
import { PRODUCT_CATEGORIES } from './inspection-case';
import { idSchema, isoTimeSchema } from './reference';

/**
 * 主動到府關心行動服務: a business asks (電話/書面/到場/其他) or an occasion arises (違規訪查, 驗證登錄取樣查核,
 * ISO/驗證系統追查, 事故後續); an inspector answers by phone or in writing, or agrees a date and visits the
 * factory; every service — a visit or an answer without one — is recorded on 附件1 and signed off.
 */

/** How a request reached the office: 電話 / 書面 / 到場 / 其他. */
export const REQUEST_CHANNELS = ['phone', 'letter', 'walk_in', 'other'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** 時機: 業者請求 / 違規訪查 / 驗證登錄取樣查核 / ISO·驗證系統追查 / 事故後續. */
export const VISIT_OCCASIONS = ['business_request', 'violation', 'sampling', 'certification', 'accident'] as const;
export type VisitOccasion = (typeof VISIT_OCCASIONS)[number];

/** 服務方式: 到廠 / 電話 / 書面. A request answered without a visit is still a service (電話咨詢/書面答覆). */
export const VISIT_SERVICE_MODES = ['on_site', 'phone', 'letter'] as const;
export type VisitServiceMode = (typeof VISIT_SERVICE_MODES)[number];
export const ANSWER_MODES = ['phone', 'letter'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

/** 服務類別: 法規咨詢 / 技術咨詢 / 線上申辦輔導 / 事故調查 / 查核封存 / 其他. */
export const SERVICE_CATEGORIES = ['regulation', 'technical', 'online_application', 'accident', 'seal', 'other'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** open: logged, not handled yet; visit: a visit was made of it; answered: by phone or letter; cancelled. */
export const REQUEST_STATUSES = ['open', 'visit', 'answered', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** waiting: no date agreed yet (待約定); scheduled; done (its 附件1 submitted, or answered without a visit); cancelled. */
export const FACTORY_VISIT_STATUSES = ['waiting', 'scheduled', 'done', 'cancelled'] as const;
export type FactoryVisitStatus = (typeof FACTORY_VISIT_STATUSES)[number];

/** HH:MM, 24 h, Taiwan time. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time: HH:MM');
export const addressSchema = z.string().trim().min(1).max(200);
const contactNameSchema = z.string().trim().max(50);
/** As typed: an extension or a mobile, or nothing. */
const contactPhoneSchema = z.string().trim().max(20);
export const productCategorySchema = z.enum(PRODUCT_CATEGORIES);

/** A request for guidance (電話或書面咨詢, or a walk-in asking for a visit). */
export const visitRequestSchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  channel: z.enum(REQUEST_CHANNELS),
  companyId: idSchema,
  contactName: contactNameSchema,
  contactPhone: contactPhoneSchema,
  address: z.string().trim().max(200),
  category: productCategorySchema,
  question: z.string().trim().min(1).max(1000),
  receivedAt: isoTimeSchema,
  createdBy: idSchema,
  status: z.enum(REQUEST_STATUSES),
  /** The visit (or the recorded answer, itself a visit row with mode phone/letter) made of it. */
  visitId: idSchema.nullable(),
});
export type VisitRequest = z.infer<typeof visitRequestSchema>;

/**
 * A factory visit (到廠服務), or a service without one (mode phone/letter, created done). Company facts are
 * kept by id; address and contact are the visit's own (a company may have several sites).
 */
export const factoryVisitSchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  requestId: idSchema.nullable(),
  occasion: z.enum(VISIT_OCCASIONS),
  mode: z.enum(VISIT_SERVICE_MODES),
  companyId: idSchema,
  contactName: contactNameSchema,
  contactPhone: contactPhoneSchema,
  address: z.string().trim().max(200),
  category: productCategorySchema,
  purpose: z.string().trim().max(1000),
  inspectorIds: z.array(idSchema).min(1).max(10),
  /** Agreed day and times; null while the visit waits for a date. */
  dayKey: dayKeySchema.nullable(),
  startTime: timeOfDaySchema.nullable(),
  endTime: timeOfDaySchema.nullable(),
  status: z.enum(FACTORY_VISIT_STATUSES),
  cancelReason: z.string().max(200).nullable(),
  createdBy: idSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type FactoryVisit = z.infer<typeof factoryVisitSchema>;

/** A regulation or technical specification in the library an admin maintains; its PDF lives on disk. */
export const regulationSchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(1).max(200),
  /** 法規/標準編號, e.g. CNS 15663. */
  number: z.string().trim().min(1).max(60),
  version: z.string().trim().max(40),
  effectiveDate: dayKeySchema,
  category: productCategorySchema,
  fileName: z.string().trim().min(1).max(200),
  mediaType: z.string().max(100),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileBytes: z.number().int().min(1),
  updatedAt: isoTimeSchema,
  updatedBy: idSchema,
});
export type Regulation = z.infer<typeof regulationSchema>;

/** Start instant of a scheduled day and time (Taiwan, UTC+8, no daylight saving). */
export const taipeiInstant = (dayKey: string, time: string): number => Date.parse(`${dayKey}T${time}:00+08:00`);

/** Taiwan day of an ISO time. */
export const taipeiDayOf = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

/** Whether two time windows of one day overlap (touching ends do not). */
export const timesOverlap = (
  a: { startTime: string; endTime: string },
  b: { startTime: string; endTime: string },
): boolean => a.startTime < b.endTime && b.startTime < a.endTime;

/**
 * The area (縣市) an address lies in: its first 縣 or 市 (台/臺 folded), e.g. 臺北市 → 台北市, 新竹縣竹北市 → 新竹縣.
 * Null when the address names none. Two visits of one inspector on one day in different areas are
 * "far apart": a Taiwanese county or city is the scale at which a day's travel needs planning (within one,
 * a chain of visits is the normal day; across two, an hour or more of driving is common).
 */
export const areaOf = (address: string): string | null => {
  const folded = address.replace(/\s/g, '').replace(/^\d{3,6}/, '').replace(/臺/g, '台');
  const m = /^(?:台灣省?)?(.{2}[縣市])/.exec(folded);
  return m?.[1] ?? null;
};

export type ScheduleWarningKind = 'double_booked' | 'far_apart';
export interface ScheduleWarning {
  kind: ScheduleWarningKind;
  dayKey: string;
  staffId: string;
  visitIds: string[];
}

type Placed = Pick<FactoryVisit, 'id' | 'inspectorIds' | 'address' | 'status'> & {
  dayKey: string;
  startTime: string;
  endTime: string;
};

/**
 * Warnings over a set of scheduled visits: an inspector on two visits whose times overlap on one day
 * (double_booked), and an inspector with visits in two or more areas (縣市) on one day (far_apart).
 * Cancelled visits never count. Deterministic order: by day, staff, kind.
 */
export const scheduleWarnings = (visits: readonly Placed[]): ScheduleWarning[] => {
  const byStaffDay = new Map<string, Placed[]>();
  for (const v of visits) {
    if (v.status === 'cancelled') continue;
    for (const s of v.inspectorIds) {
      const key = `${v.dayKey}\u0000${s}`;
      const list = byStaffDay.get(key);
      if (list) list.push(v);
      else byStaffDay.set(key, [v]);
    }
  }
  const out: ScheduleWarning[] = [];
  // Plain code-unit order (not localeCompare): day keys, times and ids are ASCII, and it is far cheaper.
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const [key, list] of [...byStaffDay].sort(([a], [b]) => byText(a, b))) {
    if (list.length < 2) continue;
    const [dayKey = '', staffId = ''] = key.split('\u0000');
    const sorted = [...list].sort((a, b) => byText(a.startTime, b.startTime) || byText(a.id, b.id));
    const clashing = new Set<string>();
    // Sorted by start: a visit can only overlap the ones starting before it ends.
    sorted.forEach((a, i) => {
      for (let j = i + 1; j < sorted.length && sorted[j]!.startTime < a.endTime; j++) {
        const b = sorted[j]!;
        if (timesOverlap(a, b)) clashing.add(a.id).add(b.id);
      }
    });
    if (clashing.size > 0) {
      out.push({ kind: 'double_booked', dayKey, staffId, visitIds: sorted.filter((v) => clashing.has(v.id)).map((v) => v.id) });
    }
    const areas = new Set(sorted.map((v) => areaOf(v.address)).filter((a): a is string => a !== null));
    if (areas.size > 1) out.push({ kind: 'far_apart', dayKey, staffId, visitIds: sorted.map((v) => v.id) });
  }
  return out;
};
