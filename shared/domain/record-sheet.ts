import { z } from 'zod';
import { idSchema, isoTimeSchema } from './reference';

/**
 * 紀錄表 and their sign-off (陳核), the same for every kind of record sheet:
 * draft → submitted → signed, or submitted → returned (with a reason) → edited → submitted again.
 * A signed sheet never changes; a correction is a new sheet whose `correctionOf` names the old one.
 */
export const RECORD_KINDS = ['escort', 'visit'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_STATUSES = ['draft', 'submitted', 'returned', 'signed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const recordSheetSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(RECORD_KINDS),
  /** The unit whose chief signs it. */
  unitId: idSchema,
  /** What the sheet records (escort sheets: the escort visit; visit sheets 附件1: the factory visit). */
  subjectId: idSchema,
  status: z.enum(RECORD_STATUSES),
  /** The form's fields as filled; its shape depends on the kind. */
  content: z.json(),
  createdBy: idSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  submittedBy: idSchema.nullable(),
  submittedAt: isoTimeSchema.nullable(),
  returnedBy: idSchema.nullable(),
  returnedAt: isoTimeSchema.nullable(),
  returnReason: z.string().max(500).nullable(),
  signedBy: idSchema.nullable(),
  signedAt: isoTimeSchema.nullable(),
  /** When a deputy signs: the chief they stand in for (recorded as such on the sheet). */
  signedAsDeputyOf: idSchema.nullable(),
  signerKeyId: idSchema.nullable(),
  /** Ed25519 signature (base64) over the canonical JSON of `signedPayload(sheet)`. */
  signature: z.string().max(200).nullable(),
  correctionOf: idSchema.nullable(),
});
export type RecordSheet = z.infer<typeof recordSheetSchema>;

/** A staff member's public signing key; the private half never leaves their device unencrypted. */
export const signingKeySchema = z.strictObject({
  id: idSchema,
  staffId: idSchema,
  /** Ed25519 public key, raw 32 bytes in base64. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  createdAt: isoTimeSchema,
});
export type SigningKey = z.infer<typeof signingKeySchema>;

/** An admin-configured deputy who may sign for a unit's chief over a span of days (代理人). */
export const signDeputySchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  deputyId: idSchema,
  chiefId: idSchema,
  fromDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  toDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type SignDeputy = z.infer<typeof signDeputySchema>;

/**
 * Exactly what a signature covers: the record's identity, content, authorship and the signing facts.
 * Canonical JSON of this (RFC 8785 style) is the signed message; key order never matters.
 */
export const signedPayload = (r: RecordSheet) => ({
  v: 1,
  id: r.id,
  kind: r.kind,
  unitId: r.unitId,
  subjectId: r.subjectId,
  content: r.content,
  createdBy: r.createdBy,
  submittedBy: r.submittedBy,
  submittedAt: r.submittedAt,
  signedBy: r.signedBy,
  signedAt: r.signedAt,
  signedAsDeputyOf: r.signedAsDeputyOf,
  signerKeyId: r.signerKeyId,
  correctionOf: r.correctionOf,
});

/** A new draft sheet: authored now, nothing submitted, returned or signed yet. */
export const newDraftSheet = (
  f: Pick<RecordSheet, 'id' | 'kind' | 'unitId' | 'subjectId' | 'content' | 'createdBy' | 'correctionOf'> & { at: string },
): RecordSheet => ({
  id: f.id,
  kind: f.kind,
  unitId: f.unitId,
  subjectId: f.subjectId,
  status: 'draft',
  content: f.content,
  createdBy: f.createdBy,
  createdAt: f.at,
  updatedAt: f.at,
  submittedBy: null,
  submittedAt: null,
  returnedBy: null,
  returnedAt: null,
  returnReason: null,
  signedBy: null,
  signedAt: null,
  signedAsDeputyOf: null,
  signerKeyId: null,
  signature: null,
  correctionOf: f.correctionOf,
});
