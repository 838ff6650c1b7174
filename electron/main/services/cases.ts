import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { base32, caseUrl, parseScan } from '../../../shared/domain/inspection-case';
import type { InspectionCase } from '../../../shared/domain/inspection-case';
import type { Staff } from '../../../shared/domain/reference';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { AppFailure } from '../../../shared/ipc/errors';
import type { MutationArgs } from '../../../shared/mutations/registry';
import type { Executor } from '../db/executor';
import { caseSearchQueries } from '../db/queries/case-search';
import type { CaseSummaryRow } from '../db/queries/case-search';
import { actorOf } from './actor';
import { failOnMutation } from './mutation-errors';

export interface CaseDeps {
  db: Database;
  executor: Executor;
  now: () => Date;
  newId: () => string;
}

/** A fresh QR token: 128 random bits, upper-case base32. */
export const newQrToken = (): string => base32(randomBytes(16));

export const toCaseSummary = (r: CaseSummaryRow) => ({
  id: r.id,
  caseNumber: r.case_number,
  companyName: r.company_name,
  companyUbn: r.company_ubn,
  productName: r.product_name,
  productModel: r.product_model,
  category: r.category,
  status: r.status,
  unitId: r.unit_id,
  officerName: r.officer_name,
  receivedAt: r.received_at,
});

const LIMIT = 50;

/** Companies and products a batch (an import) creates, by 統一編號 or name, so rows share them. */
export interface BatchNames {
  companies: Map<string, { id: string; name: string; ubn: string | null }>;
  products: Map<string, { id: string; name: string }>;
}
export const newBatchNames = (): BatchNames => ({ companies: new Map(), products: new Map() });

/** Which search a counter query means: 8 digits → 統一編號; ASCII → case number; else a name. */
export const searchKindOf = (q: string): 'ubn' | 'number' | 'name' =>
  /^\d{8}$/.test(q) ? 'ubn' : /^[A-Za-z0-9-]+$/.test(q) ? 'number' : 'name';

/** Inspection cases at the counter: create, progress, search, scan, QR tokens. */
export const createCaseService = ({ db, executor, now, newId }: CaseDeps) => {
  const { stores } = executor;
  const search = caseSearchQueries(db);
  const companyWithoutUbn = db.prepare<[string], { id: string }>('SELECT id FROM companies WHERE name = ? AND ubn IS NULL LIMIT 1');

  const publicBaseUrl = (): string | null => {
    const v = stores.settings.get('public.baseUrl')?.value;
    return typeof v === 'string' ? v : null;
  };

  /**
   * An existing company by 統一編號 (or, with none, by exact name), else a new one. `batch` remembers
   * the ones a batch is about to create, so two rows of one import name one company, not two.
   */
  const companyFor = (name: string, ubn: string | null, batch?: BatchNames) => {
    const key = ubn ?? `name:${name}`;
    const pending = batch?.companies.get(key);
    if (pending) return pending;
    const known = ubn ? stores.companies.findBy('ubn', ubn)[0] : undefined;
    const sameName = !ubn ? companyWithoutUbn.get(name) : undefined;
    const company = known ?? (sameName ? { id: sameName.id, name, ubn: null } : { id: newId(), name, ubn });
    batch?.companies.set(key, company);
    return company;
  };
  const productFor = (name: string, batch?: BatchNames) => {
    const product = batch?.products.get(name) ?? stores.products.findBy('name', name)[0] ?? { id: newId(), name };
    batch?.products.set(name, product);
    return product;
  };

  /** The arguments of case.create for one case (and its first QR token). */
  const createArgs = (
    c: Omit<InspectionCase, 'id' | 'companyId' | 'productId' | 'status' | 'updatedAt' | 'createdBy'> & {
      companyName: string;
      ubn: string | null;
      productName: string;
    },
    batch?: BatchNames,
  ): MutationArgs<'case.create'> => {
    const company = companyFor(c.companyName, c.ubn, batch);
    const product = productFor(c.productName, batch);
    const { companyName: _n, ubn: _u, productName: _p, ...rest } = c;
    return {
      case: { ...rest, id: newId(), companyId: company.id, productId: product.id },
      company,
      product,
      milestoneId: newId(),
      token: newQrToken(),
    };
  };

  const currentToken = (caseId: string) => stores.case_tokens.findBy('caseId', caseId).filter((t) => !t.revokedAt).at(-1);

  return {
    publicBaseUrl,
    createArgs,

    create(me: Staff, i: ChannelInput<'case:create'>): ChannelOutput<'case:create'> {
      const { company, receivedAt, ...rest } = i;
      const args = createArgs({ ...rest, companyName: company.name, ubn: company.ubn, receivedAt: receivedAt ?? now().toISOString() });
      failOnMutation(executor.apply('case.create', args, actorOf(me)));
      return { caseId: args.case.id };
    },

    update(me: Staff, i: ChannelInput<'case:update'>) {
      failOnMutation(executor.apply('case.update', i, actorOf(me)));
      return { caseId: i.caseId };
    },

    addMilestone(me: Staff, i: ChannelInput<'case:addMilestone'>) {
      const milestone = { id: newId(), caseId: i.caseId, kind: i.kind, at: i.at ?? now().toISOString(), note: i.note };
      failOnMutation(executor.apply('case.addMilestone', { milestone }, actorOf(me)));
      return { caseId: i.caseId };
    },

    /** A new token for a reprint; the old labels stop working. */
    reissueToken(me: Staff, caseId: string): ChannelOutput<'case:reissueToken'> {
      const token = newQrToken();
      failOnMutation(executor.apply('case.issueToken', { caseId, token, revokeOthers: true }, actorOf(me)));
      const base = publicBaseUrl();
      return { token, url: base ? caseUrl(base, token) : null };
    },

    get(caseId: string): ChannelOutput<'case:get'> {
      const summary = search.summary(caseId);
      const c = stores.inspection_cases.get(caseId);
      if (!summary || !c) throw new AppFailure('not_found', 'case not found');
      const token = currentToken(caseId);
      const base = publicBaseUrl();
      return {
        summary: toCaseSummary(summary),
        contactName: c.contactName,
        contactPhone: c.contactPhone,
        officerId: c.officerId,
        milestones: stores.case_milestones.findBy('caseId', caseId),
        token: token ? { token: token.token, issuedAt: token.issuedAt, url: base ? caseUrl(base, token.token) : null } : null,
        revokedTokens: stores.case_tokens.findBy('caseId', caseId).filter((t) => t.revokedAt).length,
      };
    },

    search(q: string, kind: ChannelInput<'case:search'>['kind']): ChannelOutput<'case:search'> {
      const k = kind === 'auto' ? searchKindOf(q) : kind;
      const rows =
        k === 'number'
          ? search.byNumberPrefix(q.toUpperCase(), LIMIT)
          : k === 'ubn'
            ? search.byUbn(q, LIMIT)
            : k === 'company'
              ? search.byCompanyName(q, LIMIT)
              : k === 'product'
                ? search.byProduct(q, LIMIT)
                : [...search.byCompanyName(q, LIMIT), ...search.byProduct(q, LIMIT)].slice(0, LIMIT);
      return { kind: k, results: rows.map(toCaseSummary) };
    },

    recent: () => search.recent(LIMIT).map(toCaseSummary),

    /** A scanned label or barcode: our QR URL (current or revoked token) or a case number. */
    resolveScan(textIn: string): ChannelOutput<'case:resolveScan'> {
      const parsed = parseScan(textIn, publicBaseUrl());
      if (parsed && 'token' in parsed) {
        const t = stores.case_tokens.get(parsed.token);
        if (t) return { caseId: t.caseId, revokedLabel: t.revokedAt !== null };
      } else if (parsed) {
        const c = stores.inspection_cases.findBy('caseNumber', parsed.caseNumber)[0];
        if (c) return { caseId: c.id, revokedLabel: false };
      }
      throw new AppFailure('not_found', 'not one of our labels', { reason: 'NOT_OURS' });
    },

    setPublicBaseUrl(me: Staff, url: string) {
      failOnMutation(executor.apply('setting.publicBaseUrl', { url }, actorOf(me)));
      return { url: publicBaseUrl() ?? url };
    },
  };
};
export type CaseService = ReturnType<typeof createCaseService>;
