import { z } from 'zod';
import { isoTimeSchema } from '../domain/reference';
import { SYNC_PROBLEM_CODES } from '../sync/problems';
import { deviceInfoSchema, enrollmentCodeSchema, revokeDeviceRequestSchema } from '../sync/wire';

/** IPC schemas of the desktop's sync with the hub (sync:*). */
const none = z.strictObject({});
const done = z.strictObject({ done: z.literal(true) });

/** What the renderer may send as a hub address; main normalises and checks it again. */
export const hubUrlInputSchema = z.string().trim().min(8).max(300);
export const deviceNameSchema = z.string().trim().min(1).max(60);
export const SYNC_INTERVAL_SECONDS = { min: 5, max: 3600, default: 30 } as const;

export const syncStatusSchema = z.strictObject({
  /** A hub address and a device token are set; false is pure local use (未設定同步). */
  configured: z.boolean(),
  /** The last run reached the hub (true), could not (false), or none has run yet (null). */
  online: z.boolean().nullable(),
  syncing: z.boolean(),
  lastSyncAt: isoTimeSchema.nullable(),
  lastAttemptAt: isoTimeSchema.nullable(),
  /** Local changes the hub has not yet answered for. */
  pending: z.number().int().min(0),
  /** Refusals from the hub nobody has dismissed yet. */
  rejected: z.number().int().min(0),
  problem: z.strictObject({ code: z.enum(SYNC_PROBLEM_CODES), message: z.string() }).nullable(),
  /** Enrolled, but the first full copy of the branch's data has not arrived yet. */
  awaitingSnapshot: z.boolean(),
});
export type SyncStatusValue = z.infer<typeof syncStatusSchema>;

export const syncRejectionSchema = z.strictObject({
  mutationId: z.string(),
  seq: z.number().int(),
  /** The mutation's name (escort.assign, ...); the UI names it from its audit-action wording. */
  name: z.string(),
  /** What it was about, as the audit log words it (ids, not personal data). */
  summary: z.string(),
  code: z.string(),
  message: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  deviceTime: isoTimeSchema,
  receivedAt: isoTimeSchema,
});
export type SyncRejection = z.infer<typeof syncRejectionSchema>;

export const syncSettingsSchema = z.strictObject({
  hubUrl: z.string().nullable(),
  deviceId: z.string(),
  deviceName: z.string().nullable(),
  branchId: z.string().nullable(),
  intervalSeconds: z.number().int(),
  /** The OS can seal the device token (without it, sync cannot be set up on this computer). */
  secretStoreAvailable: z.boolean(),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

/** One desktop of the branch as the hub lists it; `self` marks this desktop. */
export const syncDeviceSchema = deviceInfoSchema.extend({ self: z.boolean() });
export type SyncDevice = z.infer<typeof syncDeviceSchema>;

const enrollInputSchema = z.strictObject({
  hubUrl: hubUrlInputSchema,
  code: enrollmentCodeSchema,
  deviceName: deviceNameSchema,
});

export const syncContract = {
  /** Public: the first-run screen shows a join in progress before anyone can sign in. */
  'sync:status': { input: none, output: syncStatusSchema, roles: 'public' },
  /** Public too: the first-run screen retries a join whose snapshot the network cut off. */
  'sync:now': { input: none, output: syncStatusSchema, roles: 'public' },
  'sync:rejections': { input: none, output: z.array(syncRejectionSchema), roles: 'any' },
  'sync:dismiss': { input: z.strictObject({ mutationId: z.string().min(1).max(64) }), output: done, roles: 'any' },
  'sync:settings': { input: none, output: syncSettingsSchema, roles: ['admin'] },
  'sync:saveSettings': {
    input: z.strictObject({
      /** A new address of the same hub (the device keeps its token); omit to keep. */
      hubUrl: hubUrlInputSchema.optional(),
      intervalSeconds: z.number().int().min(SYNC_INTERVAL_SECONDS.min).max(SYNC_INTERVAL_SECONDS.max).optional(),
    }),
    output: syncSettingsSchema,
    roles: ['admin'],
  },
  /** An admin connects this (set-up) desktop to a hub with a one-time code. */
  'sync:enroll': { input: enrollInputSchema, output: syncStatusSchema, roles: ['admin'] },
  /** An admin asks the hub for a one-time code for another desktop. */
  'sync:issueCode': {
    input: none,
    output: z.strictObject({ code: z.string(), expiresAt: isoTimeSchema }),
    roles: ['admin'],
  },
  /** First run, before any account exists here: join an existing branch and copy its data. */
  'sync:join': { input: enrollInputSchema, output: syncStatusSchema, roles: 'public' },
  /** An admin sees the branch's enrolled desktops (asks the hub). */
  'sync:devices': { input: none, output: z.array(syncDeviceSchema), roles: ['admin'] },
  /** An admin revokes another desktop of the branch (a lost laptop); this desktop itself is refused. */
  'sync:revokeDevice': {
    input: z.strictObject({ deviceId: revokeDeviceRequestSchema.shape.targetDeviceId }),
    output: done,
    roles: ['admin'],
  },
} as const;
