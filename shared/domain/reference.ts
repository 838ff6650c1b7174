import { z } from 'zod';
import { roleSchema } from './roles';

/**
 * Reference data (基本資料): the branch, its units, staff, business items and parameters.
 * All of it is data seeded on first run and editable by an admin, never hard-coded in logic.
 */

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
/** A human-entered name: trimmed, non-empty, bounded. */
export const nameSchema = z.string().trim().min(1).max(100);
export const codeSchema = z.string().trim().min(1).max(20).regex(/^[A-Za-z0-9_-]+$/);
export const isoTimeSchema = z.iso.datetime({ offset: true });

export const branchSchema = z.strictObject({
  id: idSchema,
  code: codeSchema,
  name: nameSchema,
});
export type Branch = z.infer<typeof branchSchema>;

/** 單位: a section (課), a satellite office (辦事處) or the secretariat (秘書室). */
export const UNIT_KINDS = ['section', 'office', 'secretariat'] as const;
export const unitSchema = z.strictObject({
  id: idSchema,
  branchId: idSchema,
  code: codeSchema,
  name: nameSchema,
  kind: z.enum(UNIT_KINDS),
  sortOrder: z.number().int().min(0).max(9999),
  active: z.boolean(),
});
export type Unit = z.infer<typeof unitSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[a-z0-9._-]+$/, 'username: lower-case letters, digits, dot, dash, underscore');

/** 人員. Login verifiers live apart, in credentials, so staff rows never carry them. */
export const staffSchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  name: nameSchema,
  username: usernameSchema,
  roles: z.array(roleSchema).min(1).max(5),
  active: z.boolean(),
  /** Demo rows are marked so they can never be mistaken for real staff. */
  demo: z.boolean(),
});
export type Staff = z.infer<typeof staffSchema>;

/** 洽辦業務: a business item a unit handles at the counter. */
export const businessItemSchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  code: codeSchema,
  name: nameSchema,
  active: z.boolean(),
  demo: z.boolean(),
});
export type BusinessItem = z.infer<typeof businessItemSchema>;

/** Numeric parameters of the plan's formulas and of the app, with the plan's values as defaults. */
export const PARAMETER_KEYS = [
  'citizen.hourlyWage',
  'citizen.hoursPerTrip',
  'citizen.farePerTrip',
  'seal.hoursSavedPerBatch',
  'session.idleLockMinutes',
  'vehicle.bufferMinutes',
] as const;
export type ParameterKey = (typeof PARAMETER_KEYS)[number];
export const parameterKeySchema = z.enum(PARAMETER_KEYS);

/** Allowed range per parameter: an absurd value is refused, not stored. */
export const PARAMETER_RANGES: Record<ParameterKey, { min: number; max: number; unit: string }> = {
  'citizen.hourlyWage': { min: 1, max: 100000, unit: 'NTD/h' },
  'citizen.hoursPerTrip': { min: 0.1, max: 48, unit: 'h' },
  'citizen.farePerTrip': { min: 0, max: 100000, unit: 'NTD' },
  'seal.hoursSavedPerBatch': { min: 0.1, max: 720, unit: 'h' },
  'session.idleLockMinutes': { min: 1, max: 240, unit: 'min' },
  /** Minutes a car stays held after a booking ends (cleaning, refuelling, the drive back). */
  'vehicle.bufferMinutes': { min: 0, max: 240, unit: 'min' },
};

export const parameterSchema = z.strictObject({
  key: parameterKeySchema,
  value: z.number().finite(),
});
export type Parameter = z.infer<typeof parameterSchema>;

/** A password verifier for one staff member (scrypt string, see electron/main/services/passwords). */
export const credentialSchema = z.strictObject({
  staffId: idSchema,
  verifier: z.string().min(20).max(400),
  updatedAt: isoTimeSchema,
});
export type Credential = z.infer<typeof credentialSchema>;

/** Small key/value facts about the branch's data set (e.g. that first-run set-up is done). */
export const settingSchema = z.strictObject({
  key: z.string().min(1).max(64),
  value: z.json(),
});
export type Setting = z.infer<typeof settingSchema>;
