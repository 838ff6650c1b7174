import { z } from 'zod';
import { dayKeySchema, ubnSchema } from '../domain/escort';
import { idSchema, isoTimeSchema, nameSchema } from '../domain/reference';
import { RECORD_STATUSES } from '../domain/record-sheet';
import { VEHICLE_REQUEST_STATUSES, vehicleRequestSchema, vehicleSchema } from '../domain/vehicle';
import {
  ANSWER_MODES,
  FACTORY_VISIT_STATUSES,
  productCategorySchema,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  timeOfDaySchema,
  VISIT_OCCASIONS,
  VISIT_SERVICE_MODES,
} from '../domain/visit';
import { visitSheetContentSchema } from '../mutations/visit-sheet';

/**
 * IPC schemas of factory visits (主動到府關心行動服務): requests, scheduling and the calendar, visit kits,
 * vehicle requests (使用汽車申請單) and the fleet, the regulations library, and the 附件1 visit record
 * (whose sign-off is the generic record:* channels).
 *
 * Refusals arrive as `rejected` with a stable `reason`: VISIT_IN_PAST, ENDS_BEFORE_START, INSPECTOR_ABSENT
 * (details.staffId), VEHICLE_OVERLAP (details.requestId), VEHICLE_INACTIVE, VEHICLE_TOO_SMALL,
 * REGULATION_NOT_PDF, RECORD_INCOMPLETE (details.fields: comma-separated names of VISIT_SHEET_REQUIRED),
 * VISIT_NOT_OPEN, REQUEST_NOT_OPEN, VEHICLE_REQUEST_NOT_PENDING, UBN_TAKEN, UNKNOWN_*.
 */

/** Who schedules, serves and records visits. */
const VISITING = ['inspector', 'chief', 'admin'] as const;
/** Who sees the calendar (the secretariat plans cars from it). */
const CALENDAR = ['inspector', 'chief', 'secretariat', 'admin'] as const;
/** Anyone working may ask for a car. */
const ANY_STAFF = ['counter', 'inspector', 'chief', 'secretariat', 'admin'] as const;
const SECRETARIAT = ['secretariat'] as const;
const ADMIN = ['admin'] as const;

const visitRef = z.strictObject({ visitId: idSchema });
const requestRef = z.strictObject({ requestId: idSchema });
const fileOut = z.strictObject({ path: z.string(), bytes: z.number().int() });

export const visitCompanyInputSchema = z.strictObject({ name: nameSchema, ubn: ubnSchema.nullable() });

const contactFields = {
  contactName: z.string().trim().max(50),
  /** Digits, spaces, + ( ) - #, or empty. */
  contactPhone: z.string().trim().max(20),
  address: z.string().trim().max(200),
  category: productCategorySchema,
};

export const visitRequestInputSchema = z.strictObject({
  unitId: idSchema,
  channel: z.enum(REQUEST_CHANNELS),
  company: visitCompanyInputSchema,
  ...contactFields,
  question: z.string().trim().min(1).max(1000),
});
export type VisitRequestInput = z.infer<typeof visitRequestInputSchema>;

export const visitRequestSummarySchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  channel: z.enum(REQUEST_CHANNELS),
  companyId: idSchema,
  companyName: z.string(),
  companyUbn: z.string().nullable(),
  contactName: z.string(),
  contactPhone: z.string(),
  address: z.string(),
  category: productCategorySchema,
  question: z.string(),
  receivedAt: isoTimeSchema,
  createdByName: z.string(),
  status: z.enum(REQUEST_STATUSES),
  visitId: idSchema.nullable(),
});
export type VisitRequestSummary = z.infer<typeof visitRequestSummarySchema>;

/** An agreed date: day (YYYY-MM-DD, Taiwan) with start and end times (HH:MM). */
export const visitSlotSchema = z.strictObject({ dayKey: dayKeySchema, startTime: timeOfDaySchema, endTime: timeOfDaySchema });
export type VisitSlot = z.infer<typeof visitSlotSchema>;

export const visitCreateInputSchema = z.strictObject({
  /** The request it answers; null for a visit made from an occasion. */
  requestId: idSchema.nullable(),
  occasion: z.enum(VISIT_OCCASIONS),
  unitId: idSchema,
  /** Ignored (taken from the request) when requestId is given. */
  company: visitCompanyInputSchema,
  ...contactFields,
  purpose: z.string().trim().max(1000),
  inspectorIds: z.array(idSchema).min(1).max(10),
  /** The agreed date, or null: the visit waits for a date. */
  slot: visitSlotSchema.nullable(),
});
export type VisitCreateInput = z.infer<typeof visitCreateInputSchema>;

export const visitInspectorSchema = z.strictObject({ staffId: idSchema, name: z.string() });

export const calendarVisitSchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  status: z.enum(FACTORY_VISIT_STATUSES),
  occasion: z.enum(VISIT_OCCASIONS),
  mode: z.enum(VISIT_SERVICE_MODES),
  companyName: z.string(),
  address: z.string(),
  /** 縣市 of the address (see areaOf), null when it names none. */
  area: z.string().nullable(),
  dayKey: dayKeySchema.nullable(),
  startTime: timeOfDaySchema.nullable(),
  endTime: timeOfDaySchema.nullable(),
  inspectors: z.array(visitInspectorSchema),
});
export type CalendarVisit = z.infer<typeof calendarVisitSchema>;

/**
 * double_booked: the inspector is on two visits whose times overlap that day. far_apart: the inspector has
 * visits in two or more 縣市 that day (by the addresses' county/city; see shared/domain/visit.ts areaOf).
 */
export const scheduleWarningSchema = z.strictObject({
  kind: z.enum(['double_booked', 'far_apart']),
  dayKey: dayKeySchema,
  staffId: idSchema,
  staffName: z.string(),
  visitIds: z.array(idSchema),
});
export type ScheduleWarningOut = z.infer<typeof scheduleWarningSchema>;

const scheduledOut = z.strictObject({ visitId: idSchema, warnings: z.array(scheduleWarningSchema) });

/** What the applicant fills in: the request's own fields (shared/domain/vehicle.ts), nothing decided yet. */
export const vehicleRequestInputSchema = vehicleRequestSchema.pick({
  visitId: true,
  unitId: true,
  startAt: true,
  endAt: true,
  destination: true,
  purpose: true,
  passengers: true,
  driverNeeded: true,
  preferredVehicleId: true,
});
export type VehicleRequestInput = z.infer<typeof vehicleRequestInputSchema>;

export const vehicleRequestSummarySchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  applicantId: idSchema,
  applicantName: z.string(),
  visitId: idSchema.nullable(),
  startAt: isoTimeSchema,
  endAt: isoTimeSchema,
  destination: z.string(),
  purpose: z.string(),
  passengers: z.array(z.string()),
  driverNeeded: z.boolean(),
  preferredVehicleId: idSchema.nullable(),
  status: z.enum(VEHICLE_REQUEST_STATUSES),
  vehicleId: idSchema.nullable(),
  vehiclePlate: z.string().nullable(),
  driverName: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: isoTimeSchema.nullable(),
  returnReason: z.string().nullable(),
  odometerOut: z.number().int().nullable(),
  odometerIn: z.number().int().nullable(),
});
export type VehicleRequestSummary = z.infer<typeof vehicleRequestSummarySchema>;

export const regulationOutSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  number: z.string(),
  version: z.string(),
  effectiveDate: dayKeySchema,
  category: productCategorySchema,
  fileName: z.string(),
  fileSha256: z.string(),
  fileBytes: z.number().int(),
  /** The file is on this device (a regulation synced from elsewhere may not have its PDF here yet). */
  fileAvailable: z.boolean(),
  updatedAt: isoTimeSchema,
});
export type RegulationOut = z.infer<typeof regulationOutSchema>;

export const regulationInputSchema = z.strictObject({
  id: idSchema.optional(),
  title: z.string().trim().min(1).max(200),
  number: z.string().trim().min(1).max(60),
  version: z.string().trim().max(40),
  effectiveDate: dayKeySchema,
  category: productCategorySchema,
  /** A PDF on this computer (from regulation:pickFile); main reads it. Required for a new entry. */
  filePath: z.string().min(1).max(1000).optional(),
});
export type RegulationInput = z.infer<typeof regulationInputSchema>;

export const visitRecordViewSchema = z.strictObject({
  /** Null until a draft exists (the first visitRecord:update creates it). */
  recordId: idSchema.nullable(),
  status: z.enum(RECORD_STATUSES).nullable(),
  /** The draft as saved, or prefilled from the visit when there is none yet. */
  content: visitSheetContentSchema,
  returnReason: z.string().nullable(),
  /** Required fields still empty (names from VISIT_SHEET_REQUIRED). */
  missing: z.array(z.string()),
  can: z.strictObject({ edit: z.boolean(), submit: z.boolean() }),
});
export type VisitRecordView = z.infer<typeof visitRecordViewSchema>;

export const visitDetailOutSchema = z.strictObject({
  visit: calendarVisitSchema.extend({
    requestId: idSchema.nullable(),
    companyId: idSchema,
    companyUbn: z.string().nullable(),
    contactName: z.string(),
    contactPhone: z.string(),
    category: productCategorySchema,
    purpose: z.string(),
    cancelReason: z.string().nullable(),
    createdByName: z.string(),
    updatedAt: isoTimeSchema,
  }),
  request: visitRequestSummarySchema.nullable(),
  vehicleRequests: z.array(vehicleRequestSummarySchema),
  record: z.strictObject({ id: idSchema, status: z.enum(RECORD_STATUSES) }).nullable(),
  /** Warnings on the visit's day that involve this visit. */
  warnings: z.array(scheduleWarningSchema),
  /** The path of the last kit saved for it on this device, if any. */
  kitPath: z.string().nullable(),
});
export type VisitDetailOut = z.infer<typeof visitDetailOutSchema>;

export const visitContract = {
  'visitRequest:list': {
    input: z.strictObject({ status: z.enum([...REQUEST_STATUSES, 'all']), unitId: idSchema.optional() }),
    output: z.array(visitRequestSummarySchema),
    roles: VISITING,
  },
  'visitRequest:create': { input: visitRequestInputSchema, output: requestRef, roles: VISITING },
  /** Answers without a visit (電話咨詢/書面答覆): recorded as a done service with a drafted 附件1. */
  'visitRequest:answer': {
    input: z.strictObject({ requestId: idSchema, mode: z.enum(ANSWER_MODES), summary: z.string().trim().min(1).max(2000) }),
    output: z.strictObject({ requestId: idSchema, visitId: idSchema, recordId: idSchema }),
    roles: VISITING,
  },
  'visit:create': { input: visitCreateInputSchema, output: scheduledOut, roles: VISITING },
  /** Agrees a date for a visit waiting for one (and may change who goes). */
  'visit:schedule': {
    input: z.strictObject({ visitId: idSchema, slot: visitSlotSchema, inspectorIds: z.array(idSchema).min(1).max(10) }),
    output: scheduledOut,
    roles: VISITING,
  },
  /** Moves a scheduled visit (drag on the calendar); inspectors stay. */
  'visit:reschedule': { input: z.strictObject({ visitId: idSchema, slot: visitSlotSchema }), output: scheduledOut, roles: VISITING },
  'visit:cancel': {
    input: z.strictObject({ visitId: idSchema, reason: z.string().trim().min(2).max(200) }),
    output: visitRef,
    roles: VISITING,
  },
  'visit:get': { input: visitRef, output: visitDetailOutSchema, roles: CALENDAR },
  /** Scheduled and done visits in a day range (at most 62 days), optionally of one inspector or unit. */
  'visit:calendar': {
    input: z.strictObject({
      fromDay: dayKeySchema,
      toDay: dayKeySchema,
      inspectorId: idSchema.optional(),
      unitId: idSchema.optional(),
    }),
    output: z.strictObject({ visits: z.array(calendarVisitSchema), warnings: z.array(scheduleWarningSchema) }),
    roles: CALENDAR,
  },
  'visit:waiting': {
    input: z.strictObject({ unitId: idSchema.optional(), inspectorId: idSchema.optional() }),
    output: z.array(calendarVisitSchema),
    roles: CALENDAR,
  },
  /** Builds the visit kit (準備到廠服務資料) PDF, keeps it under the data folder (kits/) and opens it unless open is false. */
  'visit:kit': {
    input: z.strictObject({ visitId: idSchema, open: z.boolean() }),
    output: fileOut.extend({ pages: z.number().int(), missingFiles: z.array(z.string()) }),
    roles: VISITING,
  },
  /** The 附件1 of a visit: the saved draft, or a prefill from the visit when there is none. */
  'visitRecord:get': { input: visitRef, output: visitRecordViewSchema, roles: CALENDAR },
  /** Saves the draft (creating it on first save). */
  'visitRecord:update': {
    input: z.strictObject({ visitId: idSchema, content: visitSheetContentSchema }),
    output: z.strictObject({ recordId: idSchema }),
    roles: VISITING,
  },
  /** Submits for sign-off (refused with RECORD_INCOMPLETE when required fields are empty); the visit is then done. */
  'visitRecord:submit': { input: visitRef, output: z.strictObject({ recordId: idSchema }), roles: VISITING },

  /** The form's fields prefilled from a visit (unit, times, destination, passengers). */
  'vehicleRequest:prefill': { input: visitRef, output: vehicleRequestInputSchema, roles: ANY_STAFF },
  'vehicleRequest:create': { input: vehicleRequestInputSchema, output: requestRef, roles: ANY_STAFF },
  /** The caller's own requests (newest first), or a visit's. */
  'vehicleRequest:list': {
    input: z.strictObject({ visitId: idSchema.optional() }),
    output: z.array(vehicleRequestSummarySchema),
    roles: ANY_STAFF,
  },
  /** The secretariat's queue: pending requests, and approved ones not yet back (odometer in missing). */
  'vehicleRequest:queue': {
    input: z.strictObject({}),
    output: z.strictObject({ pending: z.array(vehicleRequestSummarySchema), approved: z.array(vehicleRequestSummarySchema) }),
    roles: SECRETARIAT,
  },
  'vehicleRequest:approve': {
    input: z.strictObject({ requestId: idSchema, vehicleId: idSchema, driverName: z.string().trim().max(50) }),
    output: requestRef,
    roles: SECRETARIAT,
  },
  'vehicleRequest:return': {
    input: z.strictObject({ requestId: idSchema, reason: z.string().trim().min(2).max(200) }),
    output: requestRef,
    roles: SECRETARIAT,
  },
  /** The applicant withdraws a request not yet used. */
  'vehicleRequest:cancel': { input: requestRef, output: requestRef, roles: ANY_STAFF },
  /** 出發/返回里程 of an approved request (applicant or secretariat). */
  'vehicleRequest:odometer': {
    input: z.strictObject({
      requestId: idSchema,
      odometerOut: z.number().int().min(0).max(9_999_999).nullable(),
      odometerIn: z.number().int().min(0).max(9_999_999).nullable(),
    }),
    output: requestRef,
    roles: ANY_STAFF,
  },
  /** The 使用汽車申請單 as an A4 PDF under the data folder (forms/); opened unless open is false. */
  'vehicleRequest:pdf': {
    input: z.strictObject({ requestId: idSchema, open: z.boolean() }),
    output: fileOut,
    roles: ANY_STAFF,
  },
  'vehicle:list': { input: z.strictObject({}), output: z.array(vehicleSchema), roles: ANY_STAFF },
  'vehicle:save': {
    input: vehicleSchema.omit({ id: true }).extend({ id: idSchema.optional() }),
    output: z.strictObject({ id: idSchema }),
    roles: ADMIN,
  },
  'regulation:list': {
    input: z.strictObject({ category: productCategorySchema.optional() }),
    output: z.array(regulationOutSchema),
    roles: CALENDAR,
  },
  /** Opens the system's file dialog (PDF filter) in main; null when the admin cancels. */
  'regulation:pickFile': { input: z.strictObject({}), output: z.strictObject({ path: z.string().nullable() }), roles: ADMIN },
  /** Saves an entry; a new file is read by main, refused with REGULATION_NOT_PDF unless it is a PDF. */
  'regulation:save': { input: regulationInputSchema, output: z.strictObject({ id: idSchema }), roles: ADMIN },
  'regulation:remove': {
    input: z.strictObject({ regulationId: idSchema }),
    output: z.strictObject({ done: z.literal(true) }),
    roles: ADMIN,
  },
} as const;
