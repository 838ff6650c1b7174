import { z } from 'zod';
import { RECORD_KINDS, recordSheetSchema, RECORD_STATUSES, signDeputySchema } from '../domain/record-sheet';
import { staffAbsenceSchema } from '../domain/escort';
import { idSchema, isoTimeSchema } from '../domain/reference';

/** IPC schemas of record sheets and their sign-off (陳核), the same for every kind of sheet. */

const ANYONE_WORKING = ['counter', 'inspector', 'chief', 'secretariat', 'admin'] as const;
const recordRef = z.strictObject({ recordId: idSchema });

export const recordSummarySchema = z.strictObject({
  id: idSchema,
  kind: z.enum(RECORD_KINDS),
  status: z.enum(RECORD_STATUSES),
  unitId: idSchema,
  title: z.string(),
  authorName: z.string(),
  submittedAt: isoTimeSchema.nullable(),
  updatedAt: isoTimeSchema,
  returnReason: z.string().nullable(),
  /** The day the sheet is about (YYYY-MM-DD), when its content says. */
  subjectDay: z.string().nullable(),
  signedAt: isoTimeSchema.nullable(),
});
export type RecordSummary = z.infer<typeof recordSummarySchema>;

export const recordDetailSchema = z.strictObject({
  record: recordSheetSchema,
  authorName: z.string(),
  signerName: z.string().nullable(),
  deputyOfName: z.string().nullable(),
  /** What the current person may do with it now. */
  can: z.strictObject({ edit: z.boolean(), submit: z.boolean(), sign: z.boolean(), correct: z.boolean() }),
});
export type RecordDetail = z.infer<typeof recordDetailSchema>;

export const verifyResultSchema = z.strictObject({
  valid: z.boolean(),
  /** NOT_SIGNED, KEY_UNKNOWN, BAD_SIGNATURE, or null when valid. */
  problem: z.enum(['NOT_SIGNED', 'KEY_UNKNOWN', 'BAD_SIGNATURE']).nullable(),
  signerName: z.string().nullable(),
  signedAt: isoTimeSchema.nullable(),
  keyId: z.string().nullable(),
});

export const recordContract = {
  'record:queue': {
    input: z.strictObject({}),
    output: z.strictObject({
      toSign: z.array(recordSummarySchema),
      mine: z.array(recordSummarySchema),
      /** Recently signed sheets of the units this person signs for, or that they wrote. */
      signed: z.array(recordSummarySchema),
    }),
    roles: ANYONE_WORKING,
  },
  'record:get': { input: recordRef, output: recordDetailSchema, roles: ANYONE_WORKING },
  'record:update': { input: z.strictObject({ recordId: idSchema, content: z.json() }), output: recordRef, roles: ANYONE_WORKING },
  'record:submit': { input: recordRef, output: recordRef, roles: ANYONE_WORKING },
  'record:return': {
    input: z.strictObject({ recordId: idSchema, reason: z.string().trim().min(2).max(500) }),
    output: recordRef,
    roles: ANYONE_WORKING,
  },
  /** Signing asks for the signer's password again: it unlocks their signing key for this one signature. */
  'record:sign': {
    input: z.strictObject({ recordId: idSchema, password: z.string().min(1).max(256) }),
    output: recordRef,
    roles: ANYONE_WORKING,
  },
  'record:verify': { input: recordRef, output: verifyResultSchema, roles: ANYONE_WORKING },
  'record:correct': { input: recordRef, output: recordRef, roles: ANYONE_WORKING },
  /** Renders the sheet as an A4 PDF and keeps it in the data folder (records/). */
  'record:pdf': {
    input: recordRef,
    output: z.strictObject({ path: z.string(), bytes: z.number().int() }),
    roles: ANYONE_WORKING,
  },
  /** Renders the sheet and opens it in the system's PDF viewer (to read or print). */
  'record:openPdf': { input: recordRef, output: z.strictObject({ path: z.string() }), roles: ANYONE_WORKING },
} as const;

/** Admin-configured signing deputies (代理人) and staff absences (請假/公出). */
export const staffingContract = {
  'deputy:list': {
    input: z.strictObject({}),
    output: z.array(signDeputySchema),
    roles: ['admin', 'chief'],
  },
  'deputy:save': {
    input: signDeputySchema.omit({ id: true }).extend({ id: idSchema.optional() }),
    output: z.strictObject({ id: idSchema }),
    roles: ['admin'],
  },
  'deputy:remove': {
    input: z.strictObject({ deputyId: idSchema }),
    output: z.strictObject({ done: z.literal(true) }),
    roles: ['admin'],
  },
  'absence:list': {
    input: z.strictObject({ dayKey: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    output: z.array(staffAbsenceSchema),
    roles: ['admin', 'chief', 'counter'],
  },
  'absence:save': {
    input: staffAbsenceSchema.omit({ id: true }).extend({ id: idSchema.optional() }),
    output: z.strictObject({ id: idSchema }),
    roles: ['admin', 'chief', 'counter'],
  },
  'absence:remove': {
    input: z.strictObject({ absenceId: idSchema }),
    output: z.strictObject({ done: z.literal(true) }),
    roles: ['admin', 'chief', 'counter'],
  },
} as const;
