import { z } from 'zod';
import { idSchema, isoTimeSchema, nameSchema } from './reference';
import { ubnSchema } from './escort';

/**
 * 檢驗案件: an inspection case and its progress (milestones). Every case carries a QR label whose
 * token lets the business follow it on a phone (e點通); a reprint may issue a new token and revoke
 * the old one.
 */

/** 報驗號碼 as the bureau writes them: letters, digits and dashes. Stored upper-case. */
export const caseNumberSchema = z
  .string()
  .trim()
  .min(4)
  .max(30)
  .regex(/^[A-Za-z0-9-]+$/)
  .transform((s) => s.toUpperCase());

export const PRODUCT_CATEGORIES = ['electrical', 'mechanical', 'chemical', 'food', 'metrology', 'other'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** 受理 → 取樣/送樣 → 檢驗中 → 審核中 → 發證/結案, plus 補件, 退件, 撤件. */
export const MILESTONE_KINDS = [
  'received',
  'sampling',
  'testing',
  'reviewing',
  'completed',
  'supplement',
  'rejected',
  'withdrawn',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
/** After these the case is closed: no further milestone. */
export const TERMINAL_MILESTONES: readonly MilestoneKind[] = ['completed', 'rejected', 'withdrawn'];

export const inspectionCaseSchema = z.strictObject({
  id: idSchema,
  caseNumber: z.string().min(4).max(30).regex(/^[A-Z0-9-]+$/),
  companyId: idSchema,
  contactName: z.string().trim().max(50),
  contactPhone: z.string().trim().max(20),
  category: z.enum(PRODUCT_CATEGORIES),
  productId: idSchema,
  productModel: z.string().trim().max(60),
  unitId: idSchema,
  officerId: idSchema.nullable(),
  status: z.enum(MILESTONE_KINDS),
  receivedAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  createdBy: idSchema,
});
export type InspectionCase = z.infer<typeof inspectionCaseSchema>;

/** Distinct product names (商品名稱), so a search by name looks at names, not at every case. */
export const productSchema = z.strictObject({ id: idSchema, name: nameSchema });
export type Product = z.infer<typeof productSchema>;

export const caseMilestoneSchema = z.strictObject({
  id: idSchema,
  caseId: idSchema,
  kind: z.enum(MILESTONE_KINDS),
  at: isoTimeSchema,
  recordedBy: idSchema,
  note: z.string().trim().max(200),
});
export type CaseMilestone = z.infer<typeof caseMilestoneSchema>;

/** 128 random bits in upper-case base32 (RFC 4648, no padding): 26 characters. */
export const qrTokenSchema = z.string().regex(/^[A-Z2-7]{26}$/);

export const caseTokenSchema = z.strictObject({
  token: qrTokenSchema,
  caseId: idSchema,
  issuedAt: isoTimeSchema,
  revokedAt: isoTimeSchema.nullable(),
});
export type CaseToken = z.infer<typeof caseTokenSchema>;

/** The company of a case, as typed at the counter or imported. */
export const caseCompanyInputSchema = z.strictObject({ name: nameSchema, ubn: ubnSchema.nullable() });

/** Base32 (RFC 4648) of bytes, upper-case, no padding. */
export const base32 = (bytes: Uint8Array): string => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
};

/** The public page a label points to: the hub's public address + /C/<TOKEN>. */
export const caseUrl = (publicBaseUrl: string, token: string): string => `${publicBaseUrl.replace(/\/+$/, '')}/C/${token}`;

/** What a scanned label or barcode says: a token from one of our URLs, a case number, or nothing of ours. */
export const parseScan = (text: string, publicBaseUrl: string | null): { token: string } | { caseNumber: string } | null => {
  const t = text.trim();
  const url = /^https?:\/\/[^\s/]+(?:\/[^\s]*)?\/C\/([A-Za-z2-7]{26})\/?$/.exec(t);
  if (url?.[1]) {
    if (publicBaseUrl && !t.toLowerCase().startsWith(publicBaseUrl.replace(/\/+$/, '').toLowerCase())) return null;
    return { token: url[1].toUpperCase() };
  }
  if (/^[A-Za-z0-9-]{4,30}$/.test(t)) return { caseNumber: t.toUpperCase() };
  return null;
};
