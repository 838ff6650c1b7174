import type { Database } from 'better-sqlite3';
import type { CaseMilestone, CaseToken, InspectionCase, Product } from '../../../../shared/domain/inspection-case';
import type { TableStore } from './table-store';
import { sqlStore } from './table-store';

export interface CaseRow {
  id: string;
  case_number: string;
  company_id: string;
  contact_name: string;
  contact_phone: string;
  category: InspectionCase['category'];
  product_id: string;
  product_model: string;
  unit_id: string;
  officer_id: string | null;
  status: InspectionCase['status'];
  received_at: string;
  updated_at: string;
  created_by: string;
}

export const CASE_COLUMNS = `id, case_number, company_id, contact_name, contact_phone, category, product_id, product_model,
  unit_id, officer_id, status, received_at, updated_at, created_by`;

export const toCase = (r: CaseRow): InspectionCase => ({
  id: r.id,
  caseNumber: r.case_number,
  companyId: r.company_id,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  category: r.category,
  productId: r.product_id,
  productModel: r.product_model,
  unitId: r.unit_id,
  officerId: r.officer_id,
  status: r.status,
  receivedAt: r.received_at,
  updatedAt: r.updated_at,
  createdBy: r.created_by,
});

export const inspectionCasesStore = (db: Database): TableStore<'inspection_cases'> =>
  sqlStore<'inspection_cases', CaseRow>(
    db,
    {
      get: `SELECT ${CASE_COLUMNS} FROM inspection_cases WHERE id = ?`,
      all: `SELECT ${CASE_COLUMNS} FROM inspection_cases ORDER BY received_at, id`,
      put: `INSERT INTO inspection_cases (${CASE_COLUMNS}) VALUES (@id, @case_number, @company_id, @contact_name,
              @contact_phone, @category, @product_id, @product_model, @unit_id, @officer_id, @status, @received_at,
              @updated_at, @created_by)
            ON CONFLICT (id) DO UPDATE SET case_number = excluded.case_number, company_id = excluded.company_id,
              contact_name = excluded.contact_name, contact_phone = excluded.contact_phone, category = excluded.category,
              product_id = excluded.product_id, product_model = excluded.product_model, unit_id = excluded.unit_id,
              officer_id = excluded.officer_id, status = excluded.status, received_at = excluded.received_at,
              updated_at = excluded.updated_at, created_by = excluded.created_by`,
      del: 'DELETE FROM inspection_cases WHERE id = ?',
      by: { caseNumber: `SELECT ${CASE_COLUMNS} FROM inspection_cases WHERE case_number = ?` },
    },
    toCase,
    (c) => ({
      id: c.id,
      case_number: c.caseNumber,
      company_id: c.companyId,
      contact_name: c.contactName,
      contact_phone: c.contactPhone,
      category: c.category,
      product_id: c.productId,
      product_model: c.productModel,
      unit_id: c.unitId,
      officer_id: c.officerId,
      status: c.status,
      received_at: c.receivedAt,
      updated_at: c.updatedAt,
      created_by: c.createdBy,
    }),
  );

export const productsStore = (db: Database): TableStore<'products'> =>
  sqlStore<'products', Product>(
    db,
    {
      get: 'SELECT id, name FROM products WHERE id = ?',
      all: 'SELECT id, name FROM products ORDER BY name',
      put: 'INSERT INTO products (id, name) VALUES (@id, @name) ON CONFLICT (id) DO UPDATE SET name = excluded.name',
      del: 'DELETE FROM products WHERE id = ?',
      by: { name: 'SELECT id, name FROM products WHERE name = ?' },
    },
    (r) => ({ ...r }),
    (p) => ({ ...p }),
  );

interface MilestoneRow {
  id: string;
  case_id: string;
  kind: CaseMilestone['kind'];
  at: string;
  recorded_by: string;
  note: string;
}

export const toMilestone = (r: MilestoneRow): CaseMilestone => ({
  id: r.id,
  caseId: r.case_id,
  kind: r.kind,
  at: r.at,
  recordedBy: r.recorded_by,
  note: r.note,
});

export const caseMilestonesStore = (db: Database): TableStore<'case_milestones'> =>
  sqlStore<'case_milestones', MilestoneRow>(
    db,
    {
      get: 'SELECT id, case_id, kind, at, recorded_by, note FROM case_milestones WHERE id = ?',
      all: 'SELECT id, case_id, kind, at, recorded_by, note FROM case_milestones ORDER BY case_id, at, id',
      put: `INSERT INTO case_milestones (id, case_id, kind, at, recorded_by, note) VALUES (@id, @case_id, @kind, @at, @recorded_by, @note)
            ON CONFLICT (id) DO UPDATE SET case_id = excluded.case_id, kind = excluded.kind, at = excluded.at,
              recorded_by = excluded.recorded_by, note = excluded.note`,
      del: 'DELETE FROM case_milestones WHERE id = ?',
      by: { caseId: 'SELECT id, case_id, kind, at, recorded_by, note FROM case_milestones WHERE case_id = ? ORDER BY at, id' },
    },
    toMilestone,
    (m) => ({ id: m.id, case_id: m.caseId, kind: m.kind, at: m.at, recorded_by: m.recordedBy, note: m.note }),
  );

interface TokenRow {
  token: string;
  case_id: string;
  issued_at: string;
  revoked_at: string | null;
}

export const caseTokensStore = (db: Database): TableStore<'case_tokens'> =>
  sqlStore<'case_tokens', TokenRow>(
    db,
    {
      get: 'SELECT token, case_id, issued_at, revoked_at FROM case_tokens WHERE token = ?',
      all: 'SELECT token, case_id, issued_at, revoked_at FROM case_tokens ORDER BY issued_at, token',
      put: `INSERT INTO case_tokens (token, case_id, issued_at, revoked_at) VALUES (@token, @case_id, @issued_at, @revoked_at)
            ON CONFLICT (token) DO UPDATE SET case_id = excluded.case_id, issued_at = excluded.issued_at, revoked_at = excluded.revoked_at`,
      del: 'DELETE FROM case_tokens WHERE token = ?',
      by: { caseId: 'SELECT token, case_id, issued_at, revoked_at FROM case_tokens WHERE case_id = ? ORDER BY issued_at, token' },
    },
    (r): CaseToken => ({ token: r.token, caseId: r.case_id, issuedAt: r.issued_at, revokedAt: r.revoked_at }),
    (t) => ({ token: t.token, case_id: t.caseId, issued_at: t.issuedAt, revoked_at: t.revokedAt }),
  );
