import { z } from 'zod';
import { companySchema } from '../domain/escort';
import {
  caseMilestoneSchema,
  inspectionCaseSchema,
  MILESTONE_KINDS,
  productSchema,
  qrTokenSchema,
  TERMINAL_MILESTONES,
} from '../domain/inspection-case';
import type { InspectionCase } from '../domain/inspection-case';
import { idSchema } from '../domain/reference';
import type { MutationContext, MutationTx } from './define';
import { defineMutation, MutationRejected } from './define';

/** Inspection cases: created at the counter or imported, progressed by officers, labelled with a QR. */

const CASE_ROLES = ['counter', 'inspector', 'chief', 'admin'] as const;

const requireCase = (tx: MutationTx, id: string): InspectionCase => {
  const c = tx.get('inspection_cases', id);
  if (!c) throw new MutationRejected('UNKNOWN_CASE', 'case does not exist');
  return c;
};

const requireOfficer = (tx: MutationTx, officerId: string | null): void => {
  if (officerId && !tx.get('staff', officerId)?.active) throw new MutationRejected('UNKNOWN_STAFF', 'officer does not exist');
};

const actorId = (ctx: MutationContext): string => {
  if (!ctx.actor.staffId) throw new MutationRejected('NO_ACTOR', 'a signed-in person is needed');
  return ctx.actor.staffId;
};

export const newCaseArgsSchema = z.strictObject({
  case: inspectionCaseSchema.omit({ status: true, updatedAt: true, createdBy: true }),
  company: companySchema,
  product: productSchema,
  milestoneId: idSchema,
  /** The first QR token, issued with the case so a new case always has a label to print. */
  token: qrTokenSchema,
});

/** The row a new case writes; the same checks whether typed at the counter or imported. */
const createCase = (tx: MutationTx, a: z.infer<typeof newCaseArgsSchema>, ctx: MutationContext): void => {
  const by = actorId(ctx);
  if (tx.findBy('inspection_cases', 'caseNumber', a.case.caseNumber).length > 0) {
    throw new MutationRejected('CASE_NUMBER_TAKEN', 'case number already exists', { caseNumber: a.case.caseNumber });
  }
  if (a.case.companyId !== a.company.id || a.case.productId !== a.product.id) {
    throw new MutationRejected('MISMATCH', 'case must name the company and product it carries');
  }
  if (!tx.get('units', a.case.unitId)) throw new MutationRejected('UNKNOWN_UNIT', 'unit does not exist');
  requireOfficer(tx, a.case.officerId);
  const sameUbn = a.company.ubn ? tx.findBy('companies', 'ubn', a.company.ubn).find((c) => c.id !== a.company.id) : undefined;
  if (sameUbn) throw new MutationRejected('UBN_TAKEN', 'another company has this 統一編號', { companyId: sameUbn.id });
  const sameName = tx.findBy('products', 'name', a.product.name).find((p) => p.id !== a.product.id);
  if (sameName) throw new MutationRejected('PRODUCT_TAKEN', 'product name belongs to another id', { productId: sameName.id });
  // Most imported cases name a company and product already known: write them only when new or changed.
  const company = tx.get('companies', a.company.id);
  if (!company || company.name !== a.company.name || company.ubn !== a.company.ubn) tx.put('companies', a.company);
  if (!tx.get('products', a.product.id)) tx.put('products', a.product);
  tx.put('inspection_cases', { ...a.case, status: 'received', updatedAt: ctx.now, createdBy: by });
  tx.put('case_milestones', {
    id: a.milestoneId,
    caseId: a.case.id,
    kind: 'received',
    at: a.case.receivedAt,
    recordedBy: by,
    note: '',
  });
  if (tx.get('case_tokens', a.token)) throw new MutationRejected('TOKEN_TAKEN', 'token exists');
  tx.put('case_tokens', { token: a.token, caseId: a.case.id, issuedAt: ctx.now, revokedAt: null });
};

export const createInspectionCase = defineMutation({
  name: 'case.create',
  args: newCaseArgsSchema,
  roles: CASE_ROLES,
  run: createCase,
  audit: (a) => ({ entity: 'inspection_cases', entityId: a.case.id, summary: `case ${a.case.caseNumber}` }),
});

/** Up to this many cases per import mutation: small enough for one sync request, large enough to be quick. */
export const IMPORT_CHUNK = 250;

/** A chunk of an import: the same checks as one case each; any refusal refuses the chunk. */
export const importInspectionCases = defineMutation({
  name: 'case.import',
  args: z.strictObject({ fileName: z.string().min(1).max(200), cases: z.array(newCaseArgsSchema).min(1).max(IMPORT_CHUNK) }),
  roles: CASE_ROLES,
  run(tx, a, ctx) {
    for (const c of a.cases) createCase(tx, c, ctx);
  },
  audit: (a) => ({
    entity: 'inspection_cases',
    entityId: a.cases[0]?.case.id ?? '-',
    summary: `import ${a.cases.length} cases from ${a.fileName}: ${a.cases[0]?.case.caseNumber}…${a.cases.at(-1)?.case.caseNumber}`,
  }),
});

export const updateInspectionCase = defineMutation({
  name: 'case.update',
  args: z.strictObject({
    caseId: idSchema,
    contactName: z.string().trim().max(50),
    contactPhone: z.string().trim().max(20),
    productModel: z.string().trim().max(60),
    unitId: idSchema,
    officerId: idSchema.nullable(),
  }),
  roles: CASE_ROLES,
  run(tx, a, ctx) {
    const c = requireCase(tx, a.caseId);
    if (!tx.get('units', a.unitId)) throw new MutationRejected('UNKNOWN_UNIT', 'unit does not exist');
    requireOfficer(tx, a.officerId);
    const { caseId: _caseId, ...fields } = a;
    tx.put('inspection_cases', { ...c, ...fields, updatedAt: ctx.now });
  },
  audit: (a) => ({ entity: 'inspection_cases', entityId: a.caseId, summary: 'case details updated' }),
});

export const addCaseMilestone = defineMutation({
  name: 'case.addMilestone',
  args: z.strictObject({
    milestone: caseMilestoneSchema.omit({ recordedBy: true }).extend({ kind: z.enum(MILESTONE_KINDS).exclude(['received']) }),
  }),
  roles: CASE_ROLES,
  run(tx, { milestone }, ctx) {
    const c = requireCase(tx, milestone.caseId);
    if (TERMINAL_MILESTONES.includes(c.status)) throw new MutationRejected('CASE_CLOSED', 'the case is closed');
    const last = tx.findBy('case_milestones', 'caseId', c.id).reduce((m, x) => (Date.parse(x.at) > m ? Date.parse(x.at) : m), 0);
    if (Date.parse(milestone.at) < last) throw new MutationRejected('MILESTONE_BEFORE_PREVIOUS', 'earlier than the last milestone');
    if (tx.get('case_milestones', milestone.id)) throw new MutationRejected('DUPLICATE_ID', 'milestone exists');
    tx.put('case_milestones', { ...milestone, recordedBy: actorId(ctx) });
    tx.put('inspection_cases', { ...c, status: milestone.kind, updatedAt: ctx.now });
  },
  audit: ({ milestone }) => ({ entity: 'inspection_cases', entityId: milestone.caseId, summary: `milestone ${milestone.kind}` }),
});

/** Issues a QR token for a case; a reprint may revoke the earlier ones so old labels stop working. */
export const issueCaseToken = defineMutation({
  name: 'case.issueToken',
  args: z.strictObject({ caseId: idSchema, token: qrTokenSchema, revokeOthers: z.boolean() }),
  roles: CASE_ROLES,
  run(tx, a, ctx) {
    requireCase(tx, a.caseId);
    if (tx.get('case_tokens', a.token)) throw new MutationRejected('TOKEN_TAKEN', 'token exists');
    if (a.revokeOthers) {
      for (const t of tx.findBy('case_tokens', 'caseId', a.caseId)) {
        if (!t.revokedAt) tx.put('case_tokens', { ...t, revokedAt: ctx.now });
      }
    }
    tx.put('case_tokens', { token: a.token, caseId: a.caseId, issuedAt: ctx.now, revokedAt: null });
  },
  // The token itself stays out of the audit log: it is the key to the public page.
  audit: (a) => ({ entity: 'case_tokens', entityId: a.caseId, summary: a.revokeOthers ? 'token reissued' : 'token issued' }),
});

export const setPublicBaseUrl = defineMutation({
  name: 'setting.publicBaseUrl',
  args: z.strictObject({ url: z.url({ protocol: /^https?$/ }).max(200) }),
  roles: ['admin'],
  run(tx, a) {
    tx.put('settings', { key: 'public.baseUrl', value: a.url.replace(/\/+$/, '') });
  },
  audit: (a) => ({ entity: 'settings', entityId: 'public.baseUrl', summary: a.url }),
});

