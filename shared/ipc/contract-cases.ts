import { z } from 'zod';
import {
  caseCompanyInputSchema,
  caseMilestoneSchema,
  caseNumberSchema,
  MILESTONE_KINDS,
  PRODUCT_CATEGORIES,
} from '../domain/inspection-case';
import { idSchema, isoTimeSchema, nameSchema } from '../domain/reference';

/** IPC schemas of inspection cases (檢驗案件): registry, search, scans, QR tokens, import. */

const CASE_ROLES = ['counter', 'inspector', 'chief', 'admin'] as const;
const caseRef = z.strictObject({ caseId: idSchema });

export const caseSummarySchema = z.strictObject({
  id: idSchema,
  caseNumber: z.string(),
  companyName: z.string(),
  companyUbn: z.string().nullable(),
  productName: z.string(),
  productModel: z.string(),
  category: z.enum(PRODUCT_CATEGORIES),
  status: z.enum(MILESTONE_KINDS),
  unitId: idSchema,
  officerName: z.string().nullable(),
  receivedAt: isoTimeSchema,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

const caseFields = {
  contactName: z.string().trim().max(50),
  contactPhone: z.string().trim().max(20),
  productModel: z.string().trim().max(60),
  unitId: idSchema,
  officerId: idSchema.nullable(),
};

export const importErrorSchema = z.strictObject({
  row: z.number().int(),
  column: z.string().nullable(),
  code: z.string(),
  value: z.string(),
});

export const caseContract = {
  'case:search': {
    input: z.strictObject({
      q: z.string().trim().min(2).max(50),
      kind: z.enum(['auto', 'number', 'company', 'ubn', 'product']),
    }),
    output: z.strictObject({ kind: z.string(), results: z.array(caseSummarySchema) }),
    roles: CASE_ROLES,
  },
  'case:recent': { input: z.strictObject({}), output: z.array(caseSummarySchema), roles: CASE_ROLES },
  'case:get': {
    input: caseRef,
    output: z.strictObject({
      summary: caseSummarySchema,
      contactName: z.string(),
      contactPhone: z.string(),
      officerId: idSchema.nullable(),
      milestones: z.array(caseMilestoneSchema),
      token: z.strictObject({ token: z.string(), issuedAt: isoTimeSchema, url: z.string().nullable() }).nullable(),
      revokedTokens: z.number().int(),
    }),
    roles: CASE_ROLES,
  },
  'case:create': {
    input: z.strictObject({
      caseNumber: caseNumberSchema,
      company: caseCompanyInputSchema,
      category: z.enum(PRODUCT_CATEGORIES),
      productName: nameSchema,
      receivedAt: isoTimeSchema.optional(),
      ...caseFields,
    }),
    output: caseRef,
    roles: CASE_ROLES,
  },
  'case:update': { input: z.strictObject({ caseId: idSchema, ...caseFields }), output: caseRef, roles: CASE_ROLES },
  'case:addMilestone': {
    input: z.strictObject({
      caseId: idSchema,
      kind: z.enum(MILESTONE_KINDS).exclude(['received']),
      at: isoTimeSchema.optional(),
      note: z.string().trim().max(200),
    }),
    output: caseRef,
    roles: CASE_ROLES,
  },
  'case:reissueToken': {
    input: caseRef,
    output: z.strictObject({ token: z.string(), url: z.string().nullable() }),
    roles: CASE_ROLES,
  },
  /** Text from a keyboard-wedge scanner: our label's URL or a case number. */
  'case:resolveScan': {
    input: z.strictObject({ text: z.string().max(300) }),
    output: z.strictObject({ caseId: idSchema, revokedLabel: z.boolean() }),
    roles: CASE_ROLES,
  },
  /** Checks (commit false) or imports (commit true) a CSV/XLSX export, all rows or none. */
  'case:import': {
    input: z.strictObject({
      fileName: z.string().min(1).max(200),
      contentBase64: z.string().max(30 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/),
      commit: z.boolean(),
    }),
    output: z.strictObject({
      fileName: z.string(),
      format: z.string(),
      rows: z.number().int(),
      toCreate: z.number().int(),
      unchanged: z.number().int(),
      created: z.number().int(),
      errorCount: z.number().int(),
      errors: z.array(importErrorSchema),
      committed: z.boolean(),
    }),
    roles: CASE_ROLES,
  },
  'settings:publicUrl': {
    input: z.strictObject({}),
    output: z.strictObject({ url: z.string().nullable() }),
    roles: ['counter', 'inspector', 'chief', 'secretariat', 'admin'],
  },
  'settings:setPublicUrl': {
    input: z.strictObject({ url: z.url({ protocol: /^https?$/ }).max(200) }),
    output: z.strictObject({ url: z.string() }),
    roles: ['admin'],
  },
} as const;
