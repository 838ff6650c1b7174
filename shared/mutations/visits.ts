import { z } from 'zod';
import { companySchema, dayKeySchema } from '../domain/escort';
import type { Company } from '../domain/escort';
import { idSchema } from '../domain/reference';
import { newDraftSheet } from '../domain/record-sheet';
import {
  addressSchema,
  ANSWER_MODES,
  productCategorySchema,
  REQUEST_CHANNELS,
  taipeiDayOf,
  timeOfDaySchema,
  VISIT_OCCASIONS,
} from '../domain/visit';
import type { FactoryVisit, VisitRequest } from '../domain/visit';
import type { MutationContext, MutationTx } from './define';
import { defineMutation, MutationRejected } from './define';
import { visitSheetContent, visitSheetContentSchema } from './visit-sheet';
import type { VisitSheetContent } from './visit-sheet';

/**
 * Requests, visits and their schedule (主動到府關心行動服務). See shared/domain/visit.ts. The refusals the issue
 * names: VISIT_IN_PAST (the agreed day is before the mutation's day, Taiwan time), ENDS_BEFORE_START,
 * INSPECTOR_ABSENT (an inspector has a staff_absences entry that day).
 */

export const VISIT_ROLES = ['inspector', 'chief', 'admin'] as const;

const slotSchema = z.strictObject({ dayKey: dayKeySchema, startTime: timeOfDaySchema, endTime: timeOfDaySchema });
type Slot = z.infer<typeof slotSchema>;
const contactPhoneSchema = z.string().trim().max(20);
const contactFields = {
  contactName: z.string().trim().max(50),
  contactPhone: contactPhoneSchema,
  address: z.string().trim().max(200),
  category: productCategorySchema,
};

const requireActor = (ctx: MutationContext): string => {
  if (!ctx.actor.staffId) throw new MutationRejected('NO_ACTOR', 'a signed-in person is needed');
  return ctx.actor.staffId;
};

const requireUnit = (tx: MutationTx, unitId: string): void => {
  if (!tx.get('units', unitId)?.active) throw new MutationRejected('UNKNOWN_UNIT', 'unit does not exist or is inactive');
};

/** Writes a company that is new or changed; a 統一編號 belongs to one company only. */
const putCompany = (tx: MutationTx, company: Company): void => {
  const sameUbn = company.ubn ? tx.findBy('companies', 'ubn', company.ubn).find((c) => c.id !== company.id) : undefined;
  if (sameUbn) throw new MutationRejected('UBN_TAKEN', 'another company has this 統一編號', { companyId: sameUbn.id });
  const known = tx.get('companies', company.id);
  if (!known || known.name !== company.name || known.ubn !== company.ubn) tx.put('companies', company);
};

const requireVisit = (tx: MutationTx, id: string): FactoryVisit => {
  const v = tx.get('factory_visits', id);
  if (!v) throw new MutationRejected('UNKNOWN_VISIT', 'visit does not exist');
  return v;
};

const requireOpenRequest = (tx: MutationTx, id: string): VisitRequest => {
  const r = tx.get('visit_requests', id);
  if (!r) throw new MutationRejected('UNKNOWN_REQUEST', 'request does not exist');
  if (r.status !== 'open') throw new MutationRejected('REQUEST_NOT_OPEN', 'request was already handled', { status: r.status });
  return r;
};

/**
 * The checks every agreed date passes: not a day already gone (by the mutation's clock, Taiwan day), an
 * end after the start, and every inspector an active staff member not away that day.
 */
export const checkSlot = (tx: MutationTx, slot: Slot, inspectorIds: readonly string[], ctx: MutationContext): void => {
  if (slot.dayKey < taipeiDayOf(ctx.now)) {
    throw new MutationRejected('VISIT_IN_PAST', 'the visit date has already passed', { dayKey: slot.dayKey });
  }
  if (slot.endTime <= slot.startTime) throw new MutationRejected('ENDS_BEFORE_START', 'the visit ends before it starts');
  for (const id of inspectorIds) {
    if (tx.findBy('staff_absences', 'staffId', id).some((a) => a.dayKey === slot.dayKey)) {
      throw new MutationRejected('INSPECTOR_ABSENT', 'an inspector is away that day', { staffId: id, dayKey: slot.dayKey });
    }
  }
};

/** A visit's 附件1 as a new draft, signed off by its unit's chief. */
const putDraftSheet = (tx: MutationTx, visit: FactoryVisit, recordId: string, content: VisitSheetContent, by: string, at: string) =>
  tx.put(
    'record_sheets',
    newDraftSheet({ id: recordId, kind: 'visit', unitId: visit.unitId, subjectId: visit.id, content, createdBy: by, correctionOf: null, at }),
  );

const checkInspectors = (tx: MutationTx, inspectorIds: readonly string[]): void => {
  if (new Set(inspectorIds).size !== inspectorIds.length) throw new MutationRejected('DUPLICATE_INSPECTOR', 'an inspector repeats');
  for (const id of inspectorIds) {
    if (!tx.get('staff', id)?.active) throw new MutationRejected('UNKNOWN_STAFF', 'inspector does not exist or is inactive', { staffId: id });
  }
};

export const createVisitRequest = defineMutation({
  name: 'visitRequest.create',
  args: z.strictObject({
    requestId: idSchema,
    unitId: idSchema,
    channel: z.enum(REQUEST_CHANNELS),
    company: companySchema,
    ...contactFields,
    question: z.string().trim().min(1).max(1000),
  }),
  roles: VISIT_ROLES,
  run(tx, a, ctx) {
    const by = requireActor(ctx);
    if (tx.get('visit_requests', a.requestId)) throw new MutationRejected('DUPLICATE_ID', 'request already exists');
    requireUnit(tx, a.unitId);
    putCompany(tx, a.company);
    tx.put('visit_requests', {
      id: a.requestId,
      unitId: a.unitId,
      channel: a.channel,
      companyId: a.company.id,
      contactName: a.contactName,
      contactPhone: a.contactPhone,
      address: a.address,
      category: a.category,
      question: a.question,
      receivedAt: ctx.now,
      createdBy: by,
      status: 'open',
      visitId: null,
    });
  },
  audit: (a) => ({ entity: 'visit_requests', entityId: a.requestId, summary: `request by ${a.channel} from ${a.company.name}` }),
});

/**
 * Answers a request by phone or in writing, without a visit: recorded as a done service (a visit row of
 * that mode, today, the answerer as its inspector) with a drafted 附件1 carrying the answer.
 */
export const answerVisitRequest = defineMutation({
  name: 'visitRequest.answer',
  args: z.strictObject({
    requestId: idSchema,
    visitId: idSchema,
    recordId: idSchema,
    mode: z.enum(ANSWER_MODES),
    summary: z.string().trim().min(1).max(2000),
  }),
  roles: VISIT_ROLES,
  run(tx, a, ctx) {
    const by = requireActor(ctx);
    const request = requireOpenRequest(tx, a.requestId);
    if (tx.get('factory_visits', a.visitId) || tx.get('record_sheets', a.recordId)) {
      throw new MutationRejected('DUPLICATE_ID', 'visit or record already exists');
    }
    const visit: FactoryVisit = {
      id: a.visitId,
      unitId: request.unitId,
      requestId: request.id,
      occasion: 'business_request',
      mode: a.mode,
      companyId: request.companyId,
      contactName: request.contactName,
      contactPhone: request.contactPhone,
      address: request.address,
      category: request.category,
      purpose: request.question,
      inspectorIds: [by],
      dayKey: taipeiDayOf(ctx.now),
      startTime: null,
      endTime: null,
      status: 'done',
      cancelReason: null,
      createdBy: by,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    tx.put('factory_visits', visit);
    tx.put('visit_requests', { ...request, status: 'answered', visitId: visit.id });
    putDraftSheet(tx, visit, a.recordId, visitSheetContent(tx, visit, { summary: a.summary, personTrips: 1 }), by, ctx.now);
  },
  audit: (a) => ({ entity: 'visit_requests', entityId: a.requestId, summary: `answered by ${a.mode}` }),
});

export const createVisit = defineMutation({
  name: 'factoryVisit.create',
  args: z.strictObject({
    visitId: idSchema,
    requestId: idSchema.nullable(),
    occasion: z.enum(VISIT_OCCASIONS),
    unitId: idSchema,
    /** The company visited; for a request, the request's (checked). */
    company: companySchema,
    contactName: z.string().trim().max(50),
    contactPhone: contactPhoneSchema,
    address: addressSchema,
    category: productCategorySchema,
    purpose: z.string().trim().max(1000),
    inspectorIds: z.array(idSchema).min(1).max(10),
    slot: slotSchema.nullable(),
  }),
  roles: VISIT_ROLES,
  run(tx, a, ctx) {
    const by = requireActor(ctx);
    if (tx.get('factory_visits', a.visitId)) throw new MutationRejected('DUPLICATE_ID', 'visit already exists');
    requireUnit(tx, a.unitId);
    checkInspectors(tx, a.inspectorIds);
    if (a.slot) checkSlot(tx, a.slot, a.inspectorIds, ctx);
    if (a.requestId) {
      const request = requireOpenRequest(tx, a.requestId);
      if (request.companyId !== a.company.id) throw new MutationRejected('COMPANY_MISMATCH', 'visit is for the request’s company');
      tx.put('visit_requests', { ...request, status: 'visit', visitId: a.visitId });
    }
    putCompany(tx, a.company);
    tx.put('factory_visits', {
      id: a.visitId,
      unitId: a.unitId,
      requestId: a.requestId,
      occasion: a.occasion,
      mode: 'on_site',
      companyId: a.company.id,
      contactName: a.contactName,
      contactPhone: a.contactPhone,
      address: a.address,
      category: a.category,
      purpose: a.purpose,
      inspectorIds: a.inspectorIds,
      dayKey: a.slot?.dayKey ?? null,
      startTime: a.slot?.startTime ?? null,
      endTime: a.slot?.endTime ?? null,
      status: a.slot ? 'scheduled' : 'waiting',
      cancelReason: null,
      createdBy: by,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  },
  audit: (a) => ({
    entity: 'factory_visits',
    entityId: a.visitId,
    summary: `visit (${a.occasion}) ${a.slot ? `${a.slot.dayKey} ${a.slot.startTime}-${a.slot.endTime}` : 'waiting for a date'}`,
  }),
});

/** Agrees a date for a visit waiting for one, or changes date and people of a scheduled one. */
export const scheduleVisit = defineMutation({
  name: 'factoryVisit.schedule',
  args: z.strictObject({ visitId: idSchema, slot: slotSchema, inspectorIds: z.array(idSchema).min(1).max(10) }),
  roles: VISIT_ROLES,
  run(tx, a, ctx) {
    const visit = requireVisit(tx, a.visitId);
    if (visit.status !== 'waiting' && visit.status !== 'scheduled') {
      throw new MutationRejected('VISIT_NOT_OPEN', 'a done or cancelled visit is not scheduled again', { status: visit.status });
    }
    checkInspectors(tx, a.inspectorIds);
    checkSlot(tx, a.slot, a.inspectorIds, ctx);
    tx.put('factory_visits', { ...visit, ...a.slot, inspectorIds: a.inspectorIds, status: 'scheduled', updatedAt: ctx.now });
  },
  audit: (a) => ({
    entity: 'factory_visits',
    entityId: a.visitId,
    summary: `scheduled ${a.slot.dayKey} ${a.slot.startTime}-${a.slot.endTime} with ${a.inspectorIds.join(',')}`,
  }),
});

/** Moves a scheduled visit to another date or time (the calendar's drag); its inspectors stay. */
export const rescheduleVisit = defineMutation({
  name: 'factoryVisit.reschedule',
  args: z.strictObject({ visitId: idSchema, slot: slotSchema }),
  roles: VISIT_ROLES,
  run(tx, a, ctx) {
    const visit = requireVisit(tx, a.visitId);
    if (visit.status !== 'scheduled') {
      throw new MutationRejected('VISIT_NOT_SCHEDULED', 'only a scheduled visit is moved', { status: visit.status });
    }
    checkSlot(tx, a.slot, visit.inspectorIds, ctx);
    tx.put('factory_visits', { ...visit, ...a.slot, updatedAt: ctx.now });
  },
  audit: (a) => ({
    entity: 'factory_visits',
    entityId: a.visitId,
    summary: `moved to ${a.slot.dayKey} ${a.slot.startTime}-${a.slot.endTime}`,
  }),
});

/** Cancels a visit; its car requests not yet on the road are cancelled with it, so the car is free again. */
export const cancelFactoryVisit = defineMutation({
  name: 'factoryVisit.cancel',
  args: z.strictObject({ visitId: idSchema, reason: z.string().trim().min(2).max(200) }),
  roles: VISIT_ROLES,
  run(tx, a, ctx) {
    const visit = requireVisit(tx, a.visitId);
    if (visit.status !== 'waiting' && visit.status !== 'scheduled') {
      throw new MutationRejected('VISIT_NOT_OPEN', 'a done or cancelled visit is not cancelled', { status: visit.status });
    }
    tx.put('factory_visits', { ...visit, status: 'cancelled', cancelReason: a.reason, updatedAt: ctx.now });
    for (const r of tx.findBy('vehicle_requests', 'visitId', visit.id)) {
      if ((r.status === 'pending' || r.status === 'approved') && r.odometerOut === null) {
        tx.put('vehicle_requests', { ...r, status: 'cancelled' });
      }
    }
  },
  audit: (a) => ({ entity: 'factory_visits', entityId: a.visitId, summary: `cancelled: ${a.reason}` }),
});

/** Drafts a visit's 附件1 (the first save of it); later saves are record.update, submitting record.submit. */
export const draftVisitRecord = defineMutation({
  name: 'visitRecord.draft',
  args: z.strictObject({ visitId: idSchema, recordId: idSchema, content: visitSheetContentSchema }),
  roles: VISIT_ROLES,
  run(tx, a, ctx) {
    const by = requireActor(ctx);
    const visit = requireVisit(tx, a.visitId);
    if (visit.status === 'cancelled') throw new MutationRejected('VISIT_NOT_OPEN', 'a cancelled visit has no record');
    if (tx.get('record_sheets', a.recordId)) throw new MutationRejected('DUPLICATE_ID', 'record already exists');
    if (tx.findBy('record_sheets', 'subjectId', visit.id).some((r) => r.kind === 'visit')) {
      throw new MutationRejected('RECORD_EXISTS', 'the visit already has its record', { visitId: visit.id });
    }
    putDraftSheet(tx, visit, a.recordId, a.content, by, ctx.now);
  },
  audit: (a) => ({ entity: 'record_sheets', entityId: a.recordId, summary: `附件1 drafted for visit ${a.visitId}` }),
});
