import { z } from 'zod';
import { idSchema, isoTimeSchema, nameSchema } from './reference';
import { isValidUbn } from './ubn';

/**
 * 專人全程服務: a walk-in visitor (來洽人) whose business spans two or more units gets one escort
 * (指派專人) from the receiving unit (受理單位) who walks them through every stop (洽辦業務).
 */

export const phoneSchema = z
  .string()
  .trim()
  .min(6)
  .max(20)
  .regex(/^[0-9+()#\- ]+$/, 'phone: digits, spaces, + ( ) - #');
export const ubnSchema = z.string().refine(isValidUbn, { message: 'invalid 統一編號' });
/** Free text typed by staff or visitors: bounded, but any characters (rendered as text everywhere). */
export const noteSchema = z.string().trim().max(500);
/** YYYY-MM-DD in Taiwan time: the counter's day. */
export const dayKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** 公司/單位 a visitor comes for; the 統一編號 is optional (民眾 have none). */
export const companySchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  ubn: ubnSchema.nullable(),
});
export type Company = z.infer<typeof companySchema>;

/** 來洽人: kept so a returning visitor is found as the counter types. */
export const visitorSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  phone: phoneSchema,
  companyId: idSchema.nullable(),
});
export type Visitor = z.infer<typeof visitorSchema>;

/** escort: two or more units (or asked for); direct: one unit serves the visitor itself. */
export const SERVICE_MODES = ['escort', 'direct'] as const;
export const VISIT_STATUSES = ['waiting', 'in_service', 'finished', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const escortVisitSchema = z.strictObject({
  id: idSchema,
  dayKey: dayKeySchema,
  visitorId: idSchema,
  companyId: idSchema.nullable(),
  itemIds: z.array(idSchema).min(1).max(20),
  unitIds: z.array(idSchema).min(1).max(20),
  receivingUnitId: idSchema,
  mode: z.enum(SERVICE_MODES),
  /** The counter asked for an escort although one unit would do. */
  escortRequested: z.boolean(),
  status: z.enum(VISIT_STATUSES),
  escortId: idSchema.nullable(),
  arrivedAt: isoTimeSchema,
  serviceStartedAt: isoTimeSchema.nullable(),
  finishedAt: isoTimeSchema.nullable(),
  /** 1 (very unsatisfied) … 5 (very satisfied). */
  satisfaction: z.number().int().min(1).max(5).nullable(),
  remarks: noteSchema,
  createdBy: idSchema,
});
export type EscortVisit = z.infer<typeof escortVisitSchema>;

/** 辦結 / 待補件 / 轉介 / 其他 */
export const STOP_OUTCOMES = ['done', 'pending_documents', 'referred', 'other'] as const;
export type StopOutcome = (typeof STOP_OUTCOMES)[number];

export const escortStopSchema = z.strictObject({
  id: idSchema,
  visitId: idSchema,
  unitId: idSchema,
  itemId: idSchema,
  startedAt: isoTimeSchema,
  endedAt: isoTimeSchema.nullable(),
  outcome: z.enum(STOP_OUTCOMES).nullable(),
  note: noteSchema,
});
export type EscortStop = z.infer<typeof escortStopSchema>;

/** A change of escort, with the reason the counter gave. */
export const escortReassignmentSchema = z.strictObject({
  id: idSchema,
  visitId: idSchema,
  fromStaffId: idSchema,
  toStaffId: idSchema,
  reason: z.string().trim().min(2).max(200),
  at: isoTimeSchema,
  by: idSchema,
});
export type EscortReassignment = z.infer<typeof escortReassignmentSchema>;

/** A day a staff member is away (請假/公出): not suggested as an escort, not scheduled for visits. */
export const staffAbsenceSchema = z.strictObject({
  id: idSchema,
  staffId: idSchema,
  dayKey: dayKeySchema,
  reason: z.string().trim().max(100),
});
export type StaffAbsence = z.infer<typeof staffAbsenceSchema>;

/** The units a set of business items involves, in first-seen order; the first is the receiving unit. */
export const unitsForItems = (itemIds: readonly string[], unitOfItem: (id: string) => string | undefined): string[] => {
  const units: string[] = [];
  for (const id of itemIds) {
    const u = unitOfItem(id);
    if (u && !units.includes(u)) units.push(u);
  }
  return units;
};

/** The plan's rule: business in two or more units needs an escort; the counter may ask for one anyway. */
export const serviceModeFor = (unitCount: number, escortRequested: boolean): (typeof SERVICE_MODES)[number] =>
  unitCount >= 2 || escortRequested ? 'escort' : 'direct';
