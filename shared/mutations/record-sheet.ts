import { z } from 'zod';
import { newDraftSheet, signDeputySchema, signingKeySchema } from '../domain/record-sheet';
import type { RecordSheet } from '../domain/record-sheet';
import { idSchema, isoTimeSchema } from '../domain/reference';
import { staffAbsenceSchema } from '../domain/escort';
import type { MutationContext, MutationTx } from './define';
import { defineMutation, MutationRejected } from './define';
import { escortSheetContentSchema } from './escort-sheet';
import { missingVisitSheetFields, visitSheetContentSchema } from './visit-sheet';

/** Sign-off (陳核) of any record sheet. See shared/domain/record-sheet.ts for the life cycle. */

const CONTENT_SCHEMAS = { escort: escortSheetContentSchema, visit: visitSheetContentSchema } as const;

/**
 * What a kind needs filled before it is submitted, beyond a valid shape (a draft may leave these empty).
 * Refused as RECORD_INCOMPLETE with details.fields naming them.
 */
const missingFields = (r: RecordSheet): string[] => {
  if (r.kind !== 'visit') return [];
  const parsed = visitSheetContentSchema.safeParse(r.content);
  return parsed.success ? missingVisitSheetFields(parsed.data) : [];
};

/** Submitting a factory visit's 附件1 means the service was given: a scheduled visit is then done. */
const markServiceDone = (tx: MutationTx, r: RecordSheet, at: string): void => {
  if (r.kind !== 'visit') return;
  const visit = tx.get('factory_visits', r.subjectId);
  if (visit && (visit.status === 'scheduled' || visit.status === 'waiting')) {
    tx.put('factory_visits', { ...visit, status: 'done', updatedAt: at });
  }
};
const AUTHOR_ROLES = ['counter', 'inspector', 'chief', 'admin'] as const;

const requireRecord = (tx: MutationTx, id: string): RecordSheet => {
  const r = tx.get('record_sheets', id);
  if (!r) throw new MutationRejected('UNKNOWN_RECORD', 'record does not exist');
  if (r.status === 'signed') throw new MutationRejected('RECORD_SIGNED', 'a signed record never changes');
  return r;
};

const requireAuthor = (r: RecordSheet, ctx: MutationContext): string => {
  const me = ctx.actor.staffId;
  if (!me || (me !== r.createdBy && !ctx.actor.roles.includes('admin'))) {
    throw new MutationRejected('NOT_AUTHOR', 'only the author may edit or submit');
  }
  return me;
};

/** Taiwan day of an ISO time, for deputy spans (kept here: shared/mutations has no clock of its own). */
const dayOf = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Who may sign or return a record: a chief of the record's unit, or a deputy the admin configured for
 * that unit on that day (who then signs "as deputy of" the chief).
 */
export const signAuthority = (
  tx: MutationTx,
  r: RecordSheet,
  ctx: MutationContext,
): { deputyOf: string | null } => {
  const me = ctx.actor.staffId ? tx.get('staff', ctx.actor.staffId) : undefined;
  if (!me?.active) throw new MutationRejected('NOT_SIGNER', 'only a chief of the unit may sign');
  if (me.roles.includes('chief') && me.unitId === r.unitId) return { deputyOf: null };
  const day = dayOf(ctx.now);
  const deputy = tx
    .findBy('sign_deputies', 'deputyId', me.id)
    .find((d) => d.unitId === r.unitId && d.fromDay <= day && day <= d.toDay);
  if (deputy) return { deputyOf: deputy.chiefId };
  throw new MutationRejected('NOT_SIGNER', 'only a chief of the unit (or its deputy) may sign');
};

export const updateRecord = defineMutation({
  name: 'record.update',
  args: z.strictObject({ recordId: idSchema, content: z.json() }),
  roles: AUTHOR_ROLES,
  run(tx, a, ctx) {
    const r = requireRecord(tx, a.recordId);
    requireAuthor(r, ctx);
    if (r.status === 'submitted') throw new MutationRejected('RECORD_SUBMITTED', 'withdrawn only by return');
    const parsed = CONTENT_SCHEMAS[r.kind].safeParse(a.content);
    if (!parsed.success) throw new MutationRejected('CONTENT_INVALID', 'the sheet has missing or invalid fields');
    tx.put('record_sheets', { ...r, content: parsed.data, updatedAt: ctx.now });
  },
  audit: (a) => ({ entity: 'record_sheets', entityId: a.recordId, summary: 'record edited' }),
});

export const submitRecord = defineMutation({
  name: 'record.submit',
  args: z.strictObject({ recordId: idSchema }),
  roles: AUTHOR_ROLES,
  run(tx, a, ctx) {
    const r = requireRecord(tx, a.recordId);
    const me = requireAuthor(r, ctx);
    if (r.status === 'submitted') throw new MutationRejected('RECORD_SUBMITTED', 'already submitted');
    if (!CONTENT_SCHEMAS[r.kind].safeParse(r.content).success) {
      throw new MutationRejected('CONTENT_INVALID', 'the sheet has missing or invalid fields');
    }
    const missing = missingFields(r);
    if (missing.length > 0) {
      throw new MutationRejected('RECORD_INCOMPLETE', 'required fields are empty', { fields: missing.join(',') });
    }
    tx.put('record_sheets', { ...r, status: 'submitted', submittedBy: me, submittedAt: ctx.now, updatedAt: ctx.now });
    markServiceDone(tx, r, ctx.now);
  },
  audit: (a) => ({ entity: 'record_sheets', entityId: a.recordId, summary: 'submitted for sign-off' }),
});

export const returnRecord = defineMutation({
  name: 'record.return',
  args: z.strictObject({ recordId: idSchema, reason: z.string().trim().min(2).max(500) }),
  roles: ['chief', 'inspector', 'counter', 'admin'],
  run(tx, a, ctx) {
    const r = requireRecord(tx, a.recordId);
    if (r.status !== 'submitted') throw new MutationRejected('RECORD_NOT_SUBMITTED', 'only a submitted record can be returned');
    signAuthority(tx, r, ctx);
    tx.put('record_sheets', {
      ...r,
      status: 'returned',
      returnedBy: ctx.actor.staffId,
      returnedAt: ctx.now,
      returnReason: a.reason,
      updatedAt: ctx.now,
    });
  },
  audit: (a) => ({ entity: 'record_sheets', entityId: a.recordId, summary: `returned: ${a.reason}` }),
});

/**
 * Signs a submitted record. The signature is made by the signer's device over `signedPayload` of the
 * signed record (signedAt included), so it arrives as an argument; the hub verifies it before it runs
 * this, and `record:verify` re-checks it on demand. Mutators stay free of crypto and clocks.
 */
export const signRecord = defineMutation({
  name: 'record.sign',
  args: z.strictObject({
    recordId: idSchema,
    signedAt: isoTimeSchema,
    signerKeyId: idSchema,
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  }),
  roles: ['chief', 'inspector', 'counter', 'admin'],
  run(tx, a, ctx) {
    const r = requireRecord(tx, a.recordId);
    if (r.status !== 'submitted') throw new MutationRejected('RECORD_NOT_SUBMITTED', 'only a submitted record can be signed');
    const { deputyOf } = signAuthority(tx, r, ctx);
    const key = tx.get('signing_keys', a.signerKeyId);
    if (!key || key.staffId !== ctx.actor.staffId) throw new MutationRejected('KEY_NOT_OWNED', 'signing key is not the signer’s');
    tx.put('record_sheets', {
      ...r,
      status: 'signed',
      signedBy: ctx.actor.staffId,
      signedAt: a.signedAt,
      signedAsDeputyOf: deputyOf,
      signerKeyId: a.signerKeyId,
      signature: a.signature,
      updatedAt: ctx.now,
    });
  },
  audit: (a) => ({ entity: 'record_sheets', entityId: a.recordId, summary: `signed with key ${a.signerKeyId}` }),
});

/** A correction of a signed record: a new draft with the same content, linked to the old one. */
export const correctRecord = defineMutation({
  name: 'record.correct',
  args: z.strictObject({ recordId: idSchema, newRecordId: idSchema }),
  roles: AUTHOR_ROLES,
  run(tx, a, ctx) {
    const old = tx.get('record_sheets', a.recordId);
    if (!old) throw new MutationRejected('UNKNOWN_RECORD', 'record does not exist');
    if (old.status !== 'signed') throw new MutationRejected('RECORD_NOT_SIGNED', 'edit the record itself until it is signed');
    if (tx.get('record_sheets', a.newRecordId)) throw new MutationRejected('DUPLICATE_ID', 'record already exists');
    const me = ctx.actor.staffId;
    if (!me) throw new MutationRejected('NO_ACTOR', 'a signed-in person is needed');
    // The author corrects their own sheet; so may whoever may sign for its unit, and the admin.
    if (me !== old.createdBy && !ctx.actor.roles.includes('admin')) signAuthority(tx, old, ctx);
    tx.put(
      'record_sheets',
      newDraftSheet({
        id: a.newRecordId,
        kind: old.kind,
        unitId: old.unitId,
        subjectId: old.subjectId,
        content: old.content,
        createdBy: me,
        correctionOf: old.id,
        at: ctx.now,
      }),
    );
  },
  audit: (a) => ({ entity: 'record_sheets', entityId: a.newRecordId, summary: `correction of ${a.recordId}` }),
});

export const registerSigningKey = defineMutation({
  name: 'signingKey.register',
  args: z.strictObject({ key: signingKeySchema }),
  roles: ['chief', 'inspector', 'counter', 'secretariat', 'admin'],
  run(tx, { key }, ctx) {
    if (key.staffId !== ctx.actor.staffId) throw new MutationRejected('KEY_NOT_OWNED', 'a key is registered by its owner');
    if (tx.get('signing_keys', key.id)) throw new MutationRejected('DUPLICATE_ID', 'key already registered');
    tx.put('signing_keys', key);
  },
  audit: ({ key }) => ({ entity: 'signing_keys', entityId: key.id, summary: `key for ${key.staffId}` }),
});

export const saveDeputy = defineMutation({
  name: 'deputy.save',
  args: z.strictObject({ deputy: signDeputySchema }),
  roles: ['admin'],
  run(tx, { deputy }) {
    const chief = tx.get('staff', deputy.chiefId);
    if (!chief?.roles.includes('chief') || chief.unitId !== deputy.unitId) {
      throw new MutationRejected('NOT_A_CHIEF', 'the deputy stands in for a chief of that unit');
    }
    if (!tx.get('staff', deputy.deputyId)?.active) throw new MutationRejected('UNKNOWN_STAFF', 'deputy does not exist');
    if (deputy.toDay < deputy.fromDay) throw new MutationRejected('ENDS_BEFORE_START', 'span ends before it starts');
    tx.put('sign_deputies', deputy);
  },
  audit: ({ deputy }) => ({
    entity: 'sign_deputies',
    entityId: deputy.id,
    summary: `${deputy.deputyId} for ${deputy.chiefId} ${deputy.fromDay}..${deputy.toDay}`,
  }),
});

export const removeDeputy = defineMutation({
  name: 'deputy.remove',
  args: z.strictObject({ deputyId: idSchema }),
  roles: ['admin'],
  run(tx, a) {
    if (!tx.get('sign_deputies', a.deputyId)) throw new MutationRejected('UNKNOWN_DEPUTY', 'no such deputy entry');
    tx.delete('sign_deputies', a.deputyId);
  },
  audit: (a) => ({ entity: 'sign_deputies', entityId: a.deputyId, summary: 'deputy entry removed' }),
});

export const removeAbsence = defineMutation({
  name: 'absence.remove',
  args: z.strictObject({ absenceId: idSchema }),
  roles: ['admin', 'chief', 'counter'],
  run(tx, a) {
    if (!tx.get('staff_absences', a.absenceId)) throw new MutationRejected('UNKNOWN_ABSENCE', 'no such absence');
    tx.delete('staff_absences', a.absenceId);
  },
  audit: (a) => ({ entity: 'staff_absences', entityId: a.absenceId, summary: 'absence removed' }),
});

export const saveAbsence = defineMutation({
  name: 'absence.save',
  args: z.strictObject({ absence: staffAbsenceSchema }),
  roles: ['admin', 'chief', 'counter'],
  run(tx, { absence }) {
    if (!tx.get('staff', absence.staffId)) throw new MutationRejected('UNKNOWN_STAFF', 'staff does not exist');
    tx.put('staff_absences', absence);
  },
  audit: ({ absence }) => ({ entity: 'staff_absences', entityId: absence.id, summary: `${absence.staffId} away ${absence.dayKey}` }),
});
