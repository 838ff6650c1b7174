import type { Database } from 'better-sqlite3';
import type { InspectionCase } from '../../../../shared/domain/inspection-case';

/**
 * The counter's case searches over ~1M cases. Company and product names repeat across cases, so a
 * name search first finds the (few thousand) matching names, any 2+ characters anywhere in them,
 * then the newest cases of those through an index; case numbers and models are prefix ranges.
 */
export interface CaseSummaryRow {
  id: string;
  case_number: string;
  company_name: string;
  company_ubn: string | null;
  product_name: string;
  product_model: string;
  category: InspectionCase['category'];
  status: InspectionCase['status'];
  unit_id: string;
  officer_name: string | null;
  received_at: string;
}

const SUMMARY = `SELECT c.id, c.case_number, co.name AS company_name, co.ubn AS company_ubn, p.name AS product_name,
    c.product_model, c.category, c.status, c.unit_id, s.name AS officer_name, c.received_at
  FROM inspection_cases c
  JOIN companies co ON co.id = c.company_id
  JOIN products p ON p.id = c.product_id
  LEFT JOIN staff s ON s.id = c.officer_id`;

/** Upper bound of a prefix range over upper-case ASCII keys. */
const upper = (prefix: string) => `${prefix}\u007f`;
const MAX_NAMES = 500;

export const caseSearchQueries = (db: Database) => {
  const byNumber = db.prepare<{ lo: string; hi: string; limit: number }, CaseSummaryRow>(
    `${SUMMARY} WHERE c.case_number >= @lo AND c.case_number < @hi ORDER BY c.case_number LIMIT @limit`,
  );
  const companiesNamed = db.prepare<{ q: string; max: number }, { id: string }>(
    'SELECT id FROM companies WHERE instr(name, @q) > 0 LIMIT @max',
  );
  const companiesByUbn = db.prepare<{ lo: string; hi: string; max: number }, { id: string }>(
    'SELECT id FROM companies WHERE ubn >= @lo AND ubn < @hi LIMIT @max',
  );
  const productsNamed = db.prepare<{ q: string; max: number }, { id: string }>(
    'SELECT id FROM products WHERE instr(name, @q) > 0 LIMIT @max',
  );
  // Two plans for "newest cases of these names": through each name's own index entries (best for a
  // few names), or down the newest-first index keeping matches until the page is full (best when
  // the names cover a good share of all cases). The cheaper one is picked per query.
  const byCompanies = db.prepare<{ ids: string; limit: number }, CaseSummaryRow>(
    `${SUMMARY} WHERE c.company_id IN (SELECT value FROM json_each(@ids)) ORDER BY c.received_at DESC LIMIT @limit`,
  );
  const byCompaniesNewestFirst = db.prepare<{ ids: string; limit: number }, CaseSummaryRow>(
    `${SUMMARY.replace('FROM inspection_cases c', 'FROM inspection_cases c INDEXED BY cases_by_received')}
     WHERE c.company_id IN (SELECT value FROM json_each(@ids)) ORDER BY c.received_at DESC LIMIT @limit`,
  );
  const byProducts = db.prepare<{ ids: string; limit: number }, CaseSummaryRow>(
    `${SUMMARY} WHERE c.product_id IN (SELECT value FROM json_each(@ids)) ORDER BY c.received_at DESC LIMIT @limit`,
  );
  const byProductsNewestFirst = db.prepare<{ ids: string; limit: number }, CaseSummaryRow>(
    `${SUMMARY.replace('FROM inspection_cases c', 'FROM inspection_cases c INDEXED BY cases_by_received')}
     WHERE c.product_id IN (SELECT value FROM json_each(@ids)) ORDER BY c.received_at DESC LIMIT @limit`,
  );
  // Row counts from the rowid high-water marks: O(1), and close enough to choose a plan.
  const sizes = db.prepare<[], { cases: number | null; companies: number | null; products: number | null }>(
    `SELECT (SELECT max(rowid) FROM inspection_cases) AS cases, (SELECT max(rowid) FROM companies) AS companies,
            (SELECT max(rowid) FROM products) AS products`,
  );
  /** True when scanning newest-first is expected to touch fewer rows than fetching every match. */
  const scanIsCheaper = (matched: number, distinct: number | null, limit: number): boolean => {
    const total = sizes.get()?.cases ?? 0;
    const names = Math.max(1, distinct ?? 1);
    const perName = total / names;
    return (limit * names) / matched < matched * perName;
  };
  const byModel = db.prepare<{ lo: string; hi: string; limit: number }, CaseSummaryRow>(
    `${SUMMARY} WHERE c.product_model >= @lo AND c.product_model < @hi ORDER BY c.product_model, c.received_at DESC LIMIT @limit`,
  );
  const recent = db.prepare<{ limit: number }, CaseSummaryRow>(`${SUMMARY} ORDER BY c.received_at DESC LIMIT @limit`);
  const one = db.prepare<[string], CaseSummaryRow>(`${SUMMARY} WHERE c.id = ?`);
  const ids = (rows: { id: string }[]) => JSON.stringify(rows.map((r) => r.id));

  return {
    byNumberPrefix: (prefix: string, limit: number) => byNumber.all({ lo: prefix, hi: upper(prefix), limit }),
    byCompanyName: (q: string, limit: number) => {
      const found = companiesNamed.all({ q, max: MAX_NAMES });
      if (found.length === 0) return [];
      const plan = scanIsCheaper(found.length, sizes.get()?.companies ?? null, limit) ? byCompaniesNewestFirst : byCompanies;
      return plan.all({ ids: ids(found), limit });
    },
    byUbn: (prefix: string, limit: number) => {
      const found = companiesByUbn.all({ lo: prefix, hi: upper(prefix), max: MAX_NAMES });
      return found.length === 0 ? [] : byCompanies.all({ ids: ids(found), limit });
    },
    byProduct: (q: string, limit: number) => {
      const found = productsNamed.all({ q, max: MAX_NAMES });
      const plan = scanIsCheaper(found.length, sizes.get()?.products ?? null, limit) ? byProductsNewestFirst : byProducts;
      const named = found.length === 0 ? [] : plan.all({ ids: ids(found), limit });
      const models = /^[\x21-\x7e]+$/.test(q) ? byModel.all({ lo: q, hi: upper(q), limit }) : [];
      const seen = new Set(named.map((r) => r.id));
      return [...named, ...models.filter((r) => !seen.has(r.id))].slice(0, limit);
    },
    recent: (limit: number) => recent.all({ limit }),
    summary: (id: string) => one.get(id),
  };
};
export type CaseSearchQueries = ReturnType<typeof caseSearchQueries>;
