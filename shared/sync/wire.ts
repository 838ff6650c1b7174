import { z } from 'zod';

/**
 * The sync wire format between a desktop and the hub (architecture.md, "Sync"). Both ends parse
 * with these schemas; every object is strict, so an unknown field is a 400, never silently dropped.
 */

/** Bounds of one push: a desktop with a longer outbox sends several pushes, in order. */
export const MAX_PUSH_MUTATIONS = 500;
/** Bytes of one push body. Import mutations carry 250 cases (~150 KB); this leaves room for many. */
export const MAX_PUSH_BYTES = 4 * 1024 * 1024;
/** Rows per pull page, and the default when the client names none. */
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;
/** A pull page stops growing once its rows reach this many bytes of JSON (always at least one row). */
export const MAX_PULL_PAGE_BYTES = 2 * 1024 * 1024;

const deviceIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const uuidv7Schema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a lower-case UUIDv7');
/** Per-device sequence numbers start at 1 and never skip. */
const seqSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const pushMutationSchema = z.strictObject({
  id: uuidv7Schema,
  seq: seqSchema,
  name: z.string().min(1).max(64),
  /** Parsed by the mutator's own schema on the hub; the wire only requires it to be JSON. */
  args: z.unknown(),
  /** The staff member who ran it on the desktop; null for the app itself (first-run seeding). */
  actorId: z.string().min(1).max(64).nullable(),
  /** The desktop's clock when it ran: display and audit only, never used for decisions. */
  deviceTime: z.iso.datetime({ offset: true }),
});
export type PushMutation = z.infer<typeof pushMutationSchema>;

export const pushRequestSchema = z.strictObject({
  deviceId: deviceIdSchema,
  schemaVersion: z.number().int().min(1),
  mutations: z.array(pushMutationSchema).min(1).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const OUTCOMES = ['applied', 'rejected'] as const;
export const mutationResultSchema = z.strictObject({
  id: uuidv7Schema,
  seq: seqSchema,
  outcome: z.enum(OUTCOMES),
  /** The mutator's rejection code (ESCORT_BUSY, ...) or the hub's (FORBIDDEN, INVALID_ARGS, ...). */
  code: z.string().optional(),
  message: z.string().optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.strictObject({
  results: z.array(mutationResultSchema),
  /** The device's last processed sequence after this push: its outbox may drop rows up to it once pulled. */
  lastSeq: z.number().int().min(0),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** A server version: the hub's change counter. Never a client clock. 0 means "from the beginning". */
export const cursorSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const pullRequestSchema = z.strictObject({
  deviceId: deviceIdSchema,
  cursor: cursorSchema,
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const rowChangeSchema = z.strictObject({
  table: z.string(),
  key: z.string(),
  /** The row as it is now; null is a tombstone (the row was deleted). Absence never means deletion. */
  row: z.record(z.string(), z.unknown()).nullable(),
  version: z.number().int().min(1),
});
export type RowChange = z.infer<typeof rowChangeSchema>;

export const pullResponseSchema = z.strictObject({
  /** In increasing version order; one entry per row (its latest state). */
  changes: z.array(rowChangeSchema),
  lastProcessedSeq: z.number().int().min(0),
  nextCursor: cursorSchema,
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** Stable error codes of the sync endpoints; the desktop maps each to what the user should do. */
export const SYNC_ERROR_CODES = [
  'INVALID_JSON',
  'INVALID_BODY',
  'BODY_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'DEVICE_MISMATCH',
  'SCHEMA_MISMATCH',
  'SEQ_GAP',
  'SEQ_REUSED',
  'MUST_RESYNC',
  'WRONG_BRANCH',
  'ENROLLMENT_CODE_INVALID',
  'FORBIDDEN',
  'DEVICE_REVOKED',
  'RATE_LIMITED',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'BLOB_HASH_MISMATCH',
  'BAD_REQUEST',
  'INTERNAL',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export const syncErrorSchema = z.strictObject({
  ok: z.literal(false),
  error: z.strictObject({
    code: z.enum(SYNC_ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
});
export type SyncError = z.infer<typeof syncErrorSchema>;

/**
 * Enrollment. An admin's enrolled desktop asks the hub for a one-time code (short expiry, single
 * use; stored hashed); a new desktop trades the code for a device token. The desktop proposes its
 * own device id (the id its outbox is numbered under); enrolling an id again with a fresh code
 * re-keys that device (the old token stops working) and keeps its sequence.
 */
export const ENROLLMENT_CODE_TTL_MINUTES = 15;
/** Eight characters of Crockford-style base32 shown as XXXX-XXXX; case and the dash are ignored. */
export const enrollmentCodeSchema = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{8}$/, 'eight characters, like 7K3M-Q9TX'));

export const issueCodeRequestSchema = z.strictObject({
  deviceId: deviceIdSchema,
  /** The signed-in admin on the asking desktop; the hub checks the role against its own staff rows. */
  actorId: z.string().min(1).max(64),
});
export type IssueCodeRequest = z.infer<typeof issueCodeRequestSchema>;

export const issueCodeResponseSchema = z.strictObject({
  code: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type IssueCodeResponse = z.infer<typeof issueCodeResponseSchema>;

export const enrollRequestSchema = z.strictObject({
  code: enrollmentCodeSchema,
  deviceId: deviceIdSchema,
  /** A name people recognise in the hub's device list (e.g. 「櫃台一」). */
  deviceName: z.string().trim().min(1).max(60),
});
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

export const enrollResponseSchema = z.strictObject({
  deviceId: deviceIdSchema,
  /** The bearer token for /sync/*: shown once, stored hashed on the hub. */
  token: z.string().min(24).max(512),
  branchId: z.string(),
  /** The device's last processed sequence on the hub (0 for a new device). */
  lastSeq: z.number().int().min(0),
});
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;

/** An admin's view of the branch's enrolled devices, and revoking one (a lost laptop). */
export const deviceListRequestSchema = issueCodeRequestSchema;
export type DeviceListRequest = z.infer<typeof deviceListRequestSchema>;
export const deviceInfoSchema = z.strictObject({
  deviceId: deviceIdSchema,
  name: z.string(),
  enrolledAt: z.string(),
  lastSeq: z.number().int().min(0),
  revoked: z.boolean(),
});
export type DeviceInfo = z.infer<typeof deviceInfoSchema>;
export const deviceListResponseSchema = z.strictObject({ devices: z.array(deviceInfoSchema) });
export type DeviceListResponse = z.infer<typeof deviceListResponseSchema>;

export const revokeDeviceRequestSchema = z.strictObject({
  deviceId: deviceIdSchema,
  actorId: z.string().min(1).max(64),
  /** The device to revoke: its token stops working at once; re-enrolling it needs a new code. */
  targetDeviceId: deviceIdSchema,
});
export type RevokeDeviceRequest = z.infer<typeof revokeDeviceRequestSchema>;
export const revokeDeviceResponseSchema = z.strictObject({ ok: z.literal(true) });
export type RevokeDeviceResponse = z.infer<typeof revokeDeviceResponseSchema>;

/**
 * Files a synced row names by SHA-256 (a regulation's PDF). The row travels through push and pull;
 * the bytes through these endpoints, kept per branch on the hub. A desktop asks which of its
 * hashes the hub lacks, uploads those (PUT /blobs/<sha256>, the bytes as application/pdf; the hub
 * checks the hash and the PDF signature) and downloads what it lacks itself (GET /blobs/<sha256>).
 */
export { MAX_REGULATION_BYTES as MAX_BLOB_BYTES } from '../mutations/regulations';
export const BLOB_MEDIA_TYPE = 'application/pdf';
/** Hashes one "which do you lack?" question may name. */
export const MAX_BLOB_QUERY = 500;
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256');

export const blobMissingRequestSchema = z.strictObject({
  deviceId: deviceIdSchema,
  sha256s: z.array(sha256Schema).max(MAX_BLOB_QUERY),
});
export type BlobMissingRequest = z.infer<typeof blobMissingRequestSchema>;
export const blobMissingResponseSchema = z.strictObject({ missing: z.array(sha256Schema) });
export type BlobMissingResponse = z.infer<typeof blobMissingResponseSchema>;

export const blobPutResponseSchema = z.strictObject({
  sha256: sha256Schema,
  /** False when the hub held it already (a repeated upload writes nothing). */
  stored: z.boolean(),
});
export type BlobPutResponse = z.infer<typeof blobPutResponseSchema>;
