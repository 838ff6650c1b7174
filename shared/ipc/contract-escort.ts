import { z } from 'zod';
import {
  escortReassignmentSchema,
  escortStopSchema,
  escortVisitSchema,
  noteSchema,
  phoneSchema,
  STOP_OUTCOMES,
  ubnSchema,
} from '../domain/escort';
import { idSchema, isoTimeSchema, nameSchema } from '../domain/reference';
import { RECORD_STATUSES } from '../domain/record-sheet';

/** IPC schemas of the counter's escort service (專人全程服務). */

const COUNTER = ['counter', 'admin'] as const;
const ESCORTING = ['counter', 'inspector', 'chief', 'admin'] as const;

export const lookupResultSchema = z.strictObject({
  visitors: z.array(
    z.strictObject({
      id: idSchema,
      name: z.string(),
      phone: z.string(),
      companyId: idSchema.nullable(),
      companyName: z.string().nullable(),
      companyUbn: z.string().nullable(),
    }),
  ),
  companies: z.array(z.strictObject({ id: idSchema, name: z.string(), ubn: z.string().nullable() })),
});

export const intakeInputSchema = z.strictObject({
  visitor: z.strictObject({ id: idSchema.optional(), name: nameSchema, phone: phoneSchema }),
  company: z.strictObject({ id: idSchema.optional(), name: nameSchema, ubn: ubnSchema.nullable() }).nullable(),
  itemIds: z.array(idSchema).min(1).max(20),
  escortRequested: z.boolean(),
});
export type IntakeInput = z.infer<typeof intakeInputSchema>;

const boardVisitSchema = z.strictObject({
  id: idSchema,
  visitorName: z.string(),
  companyName: z.string().nullable(),
  mode: z.enum(['escort', 'direct']),
  receivingUnitId: idSchema,
  unitIds: z.array(idSchema),
  itemIds: z.array(idSchema),
  arrivedAt: isoTimeSchema,
});

export const counterBoardSchema = z.strictObject({
  dayKey: z.string(),
  asOf: isoTimeSchema,
  waiting: z.array(boardVisitSchema),
  active: z.array(
    boardVisitSchema.extend({
      escortId: idSchema.nullable(),
      escortName: z.string().nullable(),
      serviceStartedAt: isoTimeSchema,
      stopCount: z.number().int(),
      currentStop: z
        .strictObject({ unitId: idSchema, itemId: idSchema, startedAt: isoTimeSchema, open: z.boolean() })
        .nullable(),
    }),
  ),
  figures: z.strictObject({
    visitors: z.number().int(),
    escorted: z.number().int(),
    finished: z.number().int(),
    avgWaitMinutes: z.number().nullable(),
    avgServiceMinutes: z.number().nullable(),
  }),
});
export type CounterBoard = z.infer<typeof counterBoardSchema>;

export const visitDetailSchema = z.strictObject({
  visit: escortVisitSchema,
  visitor: z.strictObject({ id: idSchema, name: z.string(), phone: z.string() }),
  company: z.strictObject({ id: idSchema, name: z.string(), ubn: z.string().nullable() }).nullable(),
  escortName: z.string().nullable(),
  stops: z.array(escortStopSchema),
  reassignments: z.array(escortReassignmentSchema.extend({ fromName: z.string(), toName: z.string() })),
  record: z.strictObject({ id: idSchema, status: z.enum(RECORD_STATUSES) }).nullable(),
});
export type VisitDetail = z.infer<typeof visitDetailSchema>;

export const suggestionSchema = z.strictObject({
  staffId: idSchema,
  name: z.string(),
  escortsToday: z.number().int(),
  busy: z.boolean(),
  absent: z.boolean(),
});

const visitRef = z.strictObject({ visitId: idSchema });

export const escortContract = {
  'escort:lookup': { input: z.strictObject({ q: z.string().trim().min(1).max(50) }), output: lookupResultSchema, roles: COUNTER },
  'escort:intake': {
    input: intakeInputSchema,
    output: z.strictObject({ visitId: idSchema, mode: z.enum(['escort', 'direct']) }),
    roles: COUNTER,
  },
  'escort:board': { input: z.strictObject({}), output: counterBoardSchema, roles: ESCORTING },
  'escort:visit': { input: visitRef, output: visitDetailSchema, roles: ESCORTING },
  'escort:suggest': { input: visitRef, output: z.array(suggestionSchema), roles: COUNTER },
  'escort:assign': { input: z.strictObject({ visitId: idSchema, staffId: idSchema }), output: visitRef, roles: COUNTER },
  'escort:reassign': {
    input: z.strictObject({ visitId: idSchema, staffId: idSchema, reason: z.string().trim().min(2).max(200) }),
    output: visitRef,
    roles: COUNTER,
  },
  'escort:startDirect': { input: visitRef, output: visitRef, roles: ESCORTING },
  'escort:recordStop': {
    input: z.strictObject({
      visitId: idSchema,
      stopId: idSchema.optional(),
      unitId: idSchema,
      itemId: idSchema,
      startedAt: isoTimeSchema,
      endedAt: isoTimeSchema.nullable(),
      outcome: z.enum(STOP_OUTCOMES).nullable(),
      note: noteSchema,
    }),
    output: z.strictObject({ stopId: idSchema }),
    roles: ESCORTING,
  },
  'escort:finish': {
    input: z.strictObject({ visitId: idSchema, satisfaction: z.number().int().min(1).max(5).nullable(), remarks: noteSchema }),
    output: z.strictObject({ visitId: idSchema, recordId: idSchema.nullable() }),
    roles: ESCORTING,
  },
  'escort:cancel': {
    input: z.strictObject({ visitId: idSchema, reason: z.string().trim().min(2).max(200) }),
    output: visitRef,
    roles: COUNTER,
  },
} as const;
