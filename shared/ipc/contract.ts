import { z } from 'zod';
import {
  branchSchema,
  businessItemSchema,
  codeSchema,
  idSchema,
  isoTimeSchema,
  nameSchema,
  parameterKeySchema,
  parameterSchema,
  staffSchema,
  unitSchema,
  usernameSchema,
  UNIT_KINDS,
} from '../domain/reference';
import { roleSchema } from '../domain/roles';
import type { Role } from '../domain/roles';
import type { ChannelName } from './channels';
import { escortContract } from './contract-escort';
import { recordContract, staffingContract } from './contract-records';
import { caseContract } from './contract-cases';
import { printContract } from './contract-print';
import { syncContract } from './contract-sync';
import { visitContract } from './contract-visits';

/** `public`: no session needed. `any`: any signed-in, unlocked person. Otherwise: one of the roles. */
export type ChannelRoles = 'public' | 'any' | readonly Role[];

export interface ChannelDef<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  roles: ChannelRoles;
}

const channel = <I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> => def;

const none = z.strictObject({});
const done = z.strictObject({ done: z.literal(true) });

/** A new password: long enough to resist guessing, bounded so scrypt input stays small. */
export const newPasswordSchema = z.string().min(10).max(128);
const passwordSchema = z.string().min(1).max(256);

export const sessionInfoSchema = z.strictObject({
  staffId: idSchema,
  name: z.string(),
  username: z.string(),
  roles: z.array(roleSchema),
  unitId: idSchema,
  unitName: z.string(),
  branchName: z.string(),
  idleLockMinutes: z.number(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const appStatusSchema = z.strictObject({
  state: z.enum(['ready', 'needs_setup', 'db_error']),
  /** When state is db_error: db_too_new | db_corrupt | db_unopenable. */
  dbError: z.enum(['db_too_new', 'db_corrupt', 'db_unopenable']).optional(),
  dbPath: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  branchName: z.string().nullable(),
  /** Units offered on the set-up screen (the admin's own unit). */
  setupUnits: z.array(z.strictObject({ id: idSchema, name: z.string() })),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

const staffInputSchema = staffSchema.omit({ id: true, demo: true }).extend({ id: idSchema.optional() });
const unitInputSchema = unitSchema.omit({ id: true }).extend({ id: idSchema.optional() });
const businessItemInputSchema = businessItemSchema.omit({ id: true, demo: true }).extend({ id: idSchema.optional() });

export const auditEntrySchema = z.strictObject({
  seq: z.number().int(),
  at: isoTimeSchema,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  summary: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const contract = {
  'app:status': channel({ input: none, output: appStatusSchema, roles: 'public' }),
  'auth:setup': channel({
    input: z.strictObject({ name: nameSchema, username: usernameSchema, password: newPasswordSchema, unitId: idSchema }),
    output: sessionInfoSchema,
    roles: 'public',
  }),
  'auth:login': channel({
    input: z.strictObject({ username: z.string().trim().min(1).max(64), password: passwordSchema }),
    output: sessionInfoSchema,
    roles: 'public',
  }),
  'auth:logout': channel({ input: none, output: done, roles: 'public' }),
  'auth:session': channel({
    input: none,
    output: z.strictObject({ session: sessionInfoSchema.nullable(), locked: z.boolean() }),
    roles: 'public',
  }),
  'auth:lock': channel({ input: none, output: done, roles: 'any' }),
  /** The person is active in the window (typing, clicking): keeps main's idle lock from firing. */
  'auth:touch': channel({ input: none, output: done, roles: 'any' }),
  'auth:unlock': channel({ input: z.strictObject({ password: passwordSchema }), output: sessionInfoSchema, roles: 'public' }),
  'auth:changePassword': channel({
    input: z.strictObject({ currentPassword: passwordSchema, newPassword: newPasswordSchema }),
    output: done,
    roles: 'any',
  }),
  'reference:get': channel({
    input: none,
    output: z.strictObject({
      branch: branchSchema.nullable(),
      units: z.array(unitSchema),
      businessItems: z.array(businessItemSchema),
      parameters: z.array(parameterSchema),
    }),
    roles: 'any',
  }),
  'staff:list': channel({
    input: none,
    output: z.array(staffSchema.extend({ hasPassword: z.boolean() })),
    roles: 'any',
  }),
  'staff:save': channel({ input: staffInputSchema, output: z.strictObject({ id: idSchema }), roles: ['admin'] }),
  'staff:setPassword': channel({
    input: z.strictObject({ staffId: idSchema, newPassword: newPasswordSchema }),
    output: done,
    roles: ['admin'],
  }),
  'unit:save': channel({ input: unitInputSchema, output: z.strictObject({ id: idSchema }), roles: ['admin'] }),
  'businessItem:save': channel({
    input: businessItemInputSchema,
    output: z.strictObject({ id: idSchema }),
    roles: ['admin'],
  }),
  'parameter:set': channel({
    input: z.strictObject({ key: parameterKeySchema, value: z.number().finite() }),
    output: done,
    roles: ['admin'],
  }),
  'demo:load': channel({
    input: none,
    output: z.strictObject({ staff: z.number().int(), businessItems: z.number().int() }),
    roles: ['admin'],
  }),
  'audit:list': channel({
    input: z.strictObject({
      beforeSeq: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(500),
    }),
    output: z.array(auditEntrySchema),
    roles: ['admin'],
  }),
  'audit:verify': channel({
    input: none,
    output: z.strictObject({ ok: z.boolean(), checked: z.number().int(), firstBadSeq: z.number().int().nullable() }),
    roles: ['admin'],
  }),
  ...escortContract,
  ...recordContract,
  ...staffingContract,
  ...caseContract,
  ...printContract,
  ...syncContract,
  ...visitContract,
} satisfies { [C in ChannelName]: ChannelDef<z.ZodType, z.ZodType> };

// Every name in CHANNELS is declared above (via `satisfies`), and nothing else is.
type ExtraChannels = Exclude<keyof typeof contract, ChannelName>;
export const noExtraChannels: ExtraChannels extends never ? true : never = true;

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.infer<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.infer<Contract[C]['output']>;

export { codeSchema, UNIT_KINDS };
