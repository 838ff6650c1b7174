import type { Migration } from './types';

/**
 * Inspection cases (檢驗案件), their milestones and QR tokens, sized for ten years of a busy branch
 * (about 1M cases, 5M milestones): every search the counter runs has an index.
 */
export const m003InspectionCases: Migration = {
  version: 3,
  name: 'inspection-cases',
  up(db) {
    db.exec(`

      CREATE TABLE products (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      ) STRICT;

      CREATE TABLE inspection_cases (
        id TEXT PRIMARY KEY,
        case_number TEXT NOT NULL UNIQUE,
        company_id TEXT NOT NULL REFERENCES companies(id),
        contact_name TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('electrical', 'mechanical', 'chemical', 'food', 'metrology', 'other')),
        product_id TEXT NOT NULL REFERENCES products(id),
        product_model TEXT NOT NULL,
        unit_id TEXT NOT NULL REFERENCES units(id),
        officer_id TEXT REFERENCES staff(id),
        status TEXT NOT NULL,
        received_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;
      CREATE INDEX cases_by_company ON inspection_cases(company_id, received_at DESC);
      CREATE INDEX cases_by_product ON inspection_cases(product_id, received_at DESC);
      CREATE INDEX cases_by_model ON inspection_cases(product_model);
      CREATE INDEX cases_by_unit ON inspection_cases(unit_id, status, received_at DESC);
      CREATE INDEX cases_by_received ON inspection_cases(received_at DESC);

      CREATE TABLE case_milestones (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES inspection_cases(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES staff(id),
        note TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_milestones_by_case ON case_milestones(case_id, at);

      CREATE TABLE case_tokens (
        token TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES inspection_cases(id),
        issued_at TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
      CREATE INDEX case_tokens_by_case ON case_tokens(case_id);
    `);
  },
};
