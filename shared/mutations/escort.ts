import { z } from 'zod';
import {
  companySchema,
  dayKeySchema,
  escortStopSchema,
  noteSchema,
  serviceModeFor,
  unitsForItems,
  visitorSchema,
} from '../domain/escort';
import type { EscortVisit } from '../domain/escort';
import { idSchema } from '../domain/reference';
import { newDraftSheet } from '../domain/record-sheet';
import type { MutationContext, MutationTx } from './define';
import { defineMutation, MutationRejected } from './define';
import { escortSheetContent } from './escort-sheet';

/** Counter work: intake, escort assignment, stops, finishing. See shared/domain/escort.ts. */

const COUNTER_ROLES = ['counter', 'admin'] as const;
const ESCORT_ROLES = ['counter', 'inspector', 'chief', 'admin'] as const;

const requireVisit = (tx: MutationTx, id: string): EscortVisit => {
  const v = tx.get('escort_visits', id);
  if (!v) throw new MutationRejected('UNKNOWN_VISIT', 'visit does not exist');
  return v;
};

/** The escort's active visit, if any: the invariant is at most one. */
export const activeVisitOf = (tx: MutationTx, staffId: string): EscortVisit | undefined =>
  tx.findBy('escort_visits', 'escortId', staffId).find((v) => v.status === 'in_service');

const requireFreeEscort = (tx: MutationTx, visit: EscortVisit, staffId: string, dayKey: string): void => {
  const staff = tx.get('staff', staffId);
  if (!staff?.active) throw new MutationRejected('UNKNOWN_STAFF', 'staff does not exist or is inactive');
  if (!staff.roles.some((r) => r === 'counter' || r === 'inspector' || r === 'chief')) {
    throw new MutationRejected('ESCORT_NOT_ELIGIBLE', 'only counter staff, inspectors and chiefs escort visitors');
  }
  if (staff.unitId !== visit.receivingUnitId) {
    throw new MutationRejected('ESCORT_NOT_IN_UNIT', 'escort must belong to the receiving unit');
  }
  if (tx.findBy('staff_absences', 'staffId', staffId).some((a) => a.dayKey === dayKey)) {
    throw new MutationRejected('ESCORT_ABSENT', 'staff is away today');
  }
  const busy = activeVisitOf(tx, staffId);
  if (busy) throw new MutationRejected('ESCORT_BUSY', 'staff is already escorting another visitor', { visitId: busy.id });
};

/** A visit's stops and finish are the escort's to record (or the counter's, or the admin's). */
const requireServing = (visit: EscortVisit, ctx: MutationContext): void => {
  const counterOrAdmin = ctx.actor.roles.includes('counter') || ctx.actor.roles.includes('admin');
  if (visit.escortId && visit.escortId !== ctx.actor.staffId && !counterOrAdmin) {
    throw new MutationRejected('NOT_VISIT_ESCORT', 'only this visit’s escort or the counter records it');
  }
};

const requireActor = (ctx: MutationContext): string => {
  if (!ctx.actor.staffId) throw new MutationRejected('NO_ACTOR', 'a signed-in person is needed');
  return ctx.actor.staffId;
};

export const intakeVisitor = defineMutation({
  name: 'visit.intake',
  args: z.strictObject({
    visitId: idSchema,
    dayKey: dayKeySchema,
    visitor: visitorSchema,
    /** A new or updated company; null for a citizen with none. */
    company: companySchema.nullable(),
    itemIds: z.array(idSchema).min(1).max(20),
    escortRequested: z.boolean(),
  }),
  roles: COUNTER_ROLES,
  run(tx, a, ctx) {
    const by = requireActor(ctx);
    if (tx.get('escort_visits', a.visitId)) throw new MutationRejected('DUPLICATE_ID', 'visit already exists');
    if (a.company) {
      if (a.visitor.companyId !== a.company.id) throw new MutationRejected('COMPANY_MISMATCH', 'visitor company differs');
      const sameUbn = a.company.ubn ? tx.findBy('companies', 'ubn', a.company.ubn).find((c) => c.id !== a.company?.id) : undefined;
      if (sameUbn) throw new MutationRejected('UBN_TAKEN', 'another company has this 統一編號', { companyId: sameUbn.id });
      tx.put('companies', a.company);
    } else if (a.visitor.companyId && !tx.get('companies', a.visitor.companyId)) {
      throw new MutationRejected('UNKNOWN_COMPANY', 'company does not exist');
    }
    const items = a.itemIds.map((id) => tx.get('business_items', id));
    if (items.some((i) => !i?.active) || new Set(a.itemIds).size !== a.itemIds.length) {
      throw new MutationRejected('UNKNOWN_ITEM', 'a business item does not exist, is inactive or repeats');
    }
    const unitIds = unitsForItems(a.itemIds, (id) => tx.get('business_items', id)?.unitId);
    const receivingUnitId = unitIds[0];
    if (!receivingUnitId) throw new MutationRejected('UNKNOWN_ITEM', 'no unit for the items');
    tx.put('visitors', a.visitor);
    tx.put('escort_visits', {
      id: a.visitId,
      dayKey: a.dayKey,
      visitorId: a.visitor.id,
      companyId: a.visitor.companyId,
      itemIds: a.itemIds,
      unitIds,
      receivingUnitId,
      mode: serviceModeFor(unitIds.length, a.escortRequested),
      escortRequested: a.escortRequested,
      status: 'waiting',
      escortId: null,
      arrivedAt: ctx.now,
      serviceStartedAt: null,
      finishedAt: null,
      satisfaction: null,
      remarks: '',
      createdBy: by,
    });
  },
  audit: (a) => ({ entity: 'escort_visits', entityId: a.visitId, summary: `intake ${a.itemIds.length} items` }),
});

export const assignEscort = defineMutation({
  name: 'escort.assign',
  args: z.strictObject({ visitId: idSchema, staffId: idSchema }),
  roles: COUNTER_ROLES,
  run(tx, a, ctx) {
    const visit = requireVisit(tx, a.visitId);
    if (visit.status !== 'waiting') throw new MutationRejected('VISIT_NOT_WAITING', 'visit is not waiting');
    if (visit.mode !== 'escort') throw new MutationRejected('NO_ESCORT_NEEDED', 'visit is served directly');
    requireFreeEscort(tx, visit, a.staffId, visit.dayKey);
    tx.put('escort_visits', { ...visit, escortId: a.staffId, status: 'in_service', serviceStartedAt: ctx.now });
  },
  audit: (a) => ({ entity: 'escort_visits', entityId: a.visitId, summary: `assign escort ${a.staffId}` }),
});

export const reassignEscort = defineMutation({
  name: 'escort.reassign',
  args: z.strictObject({
    visitId: idSchema,
    reassignmentId: idSchema,
    staffId: idSchema,
    reason: z.string().trim().min(2).max(200),
  }),
  roles: COUNTER_ROLES,
  run(tx, a, ctx) {
    const visit = requireVisit(tx, a.visitId);
    if (visit.status !== 'in_service' || !visit.escortId) throw new MutationRejected('VISIT_NOT_ACTIVE', 'visit has no escort now');
    if (visit.escortId === a.staffId) throw new MutationRejected('SAME_ESCORT', 'already the escort');
    requireFreeEscort(tx, visit, a.staffId, visit.dayKey);
    tx.put('escort_reassignments', {
      id: a.reassignmentId,
      visitId: visit.id,
      fromStaffId: visit.escortId,
      toStaffId: a.staffId,
      reason: a.reason,
      at: ctx.now,
      by: requireActor(ctx),
    });
    tx.put('escort_visits', { ...visit, escortId: a.staffId });
  },
  audit: (a) => ({ entity: 'escort_visits', entityId: a.visitId, summary: `reassign to ${a.staffId}: ${a.reason}` }),
});

export const startDirectService = defineMutation({
  name: 'visit.startDirect',
  args: z.strictObject({ visitId: idSchema }),
  roles: ESCORT_ROLES,
  run(tx, a, ctx) {
    const visit = requireVisit(tx, a.visitId);
    if (visit.status !== 'waiting') throw new MutationRejected('VISIT_NOT_WAITING', 'visit is not waiting');
    if (visit.mode !== 'direct') throw new MutationRejected('ESCORT_REQUIRED', 'this visit needs an escort');
    tx.put('escort_visits', { ...visit, status: 'in_service', serviceStartedAt: ctx.now });
  },
  audit: (a) => ({ entity: 'escort_visits', entityId: a.visitId, summary: 'direct service started' }),
});

/** Records a stop: opened (no end yet) or complete; the same id again updates it until the visit ends. */
export const recordStop = defineMutation({
  name: 'stop.record',
  args: z.strictObject({ stop: escortStopSchema }),
  roles: ESCORT_ROLES,
  run(tx, { stop }, ctx) {
    const visit = requireVisit(tx, stop.visitId);
    if (visit.status !== 'in_service') throw new MutationRejected('VISIT_NOT_ACTIVE', 'visit is not in service');
    requireServing(visit, ctx);
    const item = tx.get('business_items', stop.itemId);
    if (!item || item.unitId !== stop.unitId) throw new MutationRejected('ITEM_NOT_IN_UNIT', 'item does not belong to the unit');
    if (Date.parse(stop.startedAt) < Date.parse(visit.arrivedAt)) throw new MutationRejected('STOP_BEFORE_ARRIVAL', 'stop starts before the visitor arrived');
    if (stop.endedAt !== null) {
      if (Date.parse(stop.endedAt) < Date.parse(stop.startedAt)) {
        throw new MutationRejected('STOP_ENDS_BEFORE_START', 'stop ends before it starts');
      }
      if (stop.outcome === null) throw new MutationRejected('OUTCOME_REQUIRED', 'a finished stop needs an outcome');
    }
    const others = tx.findBy('escort_stops', 'visitId', stop.visitId).filter((s) => s.id !== stop.id);
    if (stop.endedAt === null && others.some((s) => s.endedAt === null)) {
      throw new MutationRejected('STOP_ALREADY_OPEN', 'finish the current stop first');
    }
    tx.put('escort_stops', stop);
  },
  audit: ({ stop }) => ({
    entity: 'escort_stops',
    entityId: stop.id,
    summary: `stop ${stop.unitId}/${stop.itemId} ${stop.endedAt ? `ended ${stop.outcome}` : 'started'}`,
  }),
});

/** Ends the visit; an escorted visit's record sheet (附件2) is drafted from it in the same change. */
export const finishVisit = defineMutation({
  name: 'visit.finish',
  args: z.strictObject({
    visitId: idSchema,
    recordId: idSchema,
    satisfaction: z.number().int().min(1).max(5).nullable(),
    remarks: noteSchema,
  }),
  roles: ESCORT_ROLES,
  run(tx, a, ctx) {
    const visit = requireVisit(tx, a.visitId);
    if (visit.status !== 'in_service') throw new MutationRejected('VISIT_NOT_ACTIVE', 'visit is not in service');
    requireServing(visit, ctx);
    const stops = tx.findBy('escort_stops', 'visitId', visit.id);
    if (stops.some((s) => s.endedAt === null)) throw new MutationRejected('OPEN_STOP', 'a stop is still open');
    if (visit.mode === 'escort' && stops.length === 0) throw new MutationRejected('NO_STOPS', 'record at least one stop');
    const finished: EscortVisit = { ...visit, status: 'finished', finishedAt: ctx.now, satisfaction: a.satisfaction, remarks: a.remarks };
    tx.put('escort_visits', finished);
    if (visit.mode === 'escort') {
      const by = requireActor(ctx);
      tx.put(
        'record_sheets',
        newDraftSheet({
          id: a.recordId,
          kind: 'escort',
          unitId: visit.receivingUnitId,
          subjectId: visit.id,
          content: escortSheetContent(tx, finished, stops),
          createdBy: visit.escortId ?? by,
          correctionOf: null,
          at: ctx.now,
        }),
      );
    }
  },
  audit: (a) => ({ entity: 'escort_visits', entityId: a.visitId, summary: 'visit finished' }),
});

export const cancelVisit = defineMutation({
  name: 'visit.cancel',
  args: z.strictObject({ visitId: idSchema, reason: z.string().trim().min(2).max(200) }),
  roles: COUNTER_ROLES,
  run(tx, a) {
    const visit = requireVisit(tx, a.visitId);
    if (visit.status === 'finished' || visit.status === 'cancelled') {
      throw new MutationRejected('VISIT_CLOSED', 'visit is already closed');
    }
    tx.put('escort_visits', { ...visit, status: 'cancelled', remarks: a.reason });
  },
  audit: (a) => ({ entity: 'escort_visits', entityId: a.visitId, summary: `cancelled: ${a.reason}` }),
});
