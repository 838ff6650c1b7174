import type { Database } from 'better-sqlite3';
import type { Company, Visitor } from '../../../../shared/domain/escort';
import type { TableStore } from './table-store';
import { sqlStore } from './table-store';

interface CompanyRow {
  id: string;
  name: string;
  ubn: string | null;
}

export const companiesStore = (db: Database): TableStore<'companies'> =>
  sqlStore<'companies', CompanyRow>(
    db,
    {
      get: 'SELECT id, name, ubn FROM companies WHERE id = ?',
      all: 'SELECT id, name, ubn FROM companies ORDER BY name, id',
      put: `INSERT INTO companies (id, name, ubn) VALUES (@id, @name, @ubn)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, ubn = excluded.ubn`,
      del: 'DELETE FROM companies WHERE id = ?',
      by: { ubn: 'SELECT id, name, ubn FROM companies WHERE ubn = ?' },
    },
    (r) => ({ ...r }),
    (c) => ({ ...c }),
  );

interface VisitorRow {
  id: string;
  name: string;
  phone: string;
  company_id: string | null;
}

export const visitorsStore = (db: Database): TableStore<'visitors'> =>
  sqlStore<'visitors', VisitorRow>(
    db,
    {
      get: 'SELECT id, name, phone, company_id FROM visitors WHERE id = ?',
      all: 'SELECT id, name, phone, company_id FROM visitors ORDER BY name, id',
      put: `INSERT INTO visitors (id, name, phone, company_id) VALUES (@id, @name, @phone, @company_id)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone, company_id = excluded.company_id`,
      del: 'DELETE FROM visitors WHERE id = ?',
      by: { phone: 'SELECT id, name, phone, company_id FROM visitors WHERE phone = ?' },
    },
    (r): Visitor => ({ id: r.id, name: r.name, phone: r.phone, companyId: r.company_id }),
    (v) => ({ id: v.id, name: v.name, phone: v.phone, company_id: v.companyId }),
  );

/** Type-ahead at the counter: returning visitors and companies as the clerk types. */
export const lookupQueries = (db: Database) => {
  const companies = db.prepare<{ q: string; prefix: string; limit: number }, CompanyRow>(
    `SELECT id, name, ubn FROM companies
     WHERE instr(name, @q) > 0 OR ubn LIKE @prefix ESCAPE '\\'
     ORDER BY (ubn = @q) DESC, length(name), name LIMIT @limit`,
  );
  const visitors = db.prepare<{ q: string; prefix: string; limit: number }, VisitorRow & { company_name: string | null; company_ubn: string | null }>(
    `SELECT v.id, v.name, v.phone, v.company_id, c.name AS company_name, c.ubn AS company_ubn
     FROM visitors v LEFT JOIN companies c ON c.id = v.company_id
     WHERE instr(v.name, @q) > 0 OR v.phone LIKE @prefix ESCAPE '\\'
     ORDER BY length(v.name), v.name LIMIT @limit`,
  );
  const likePrefix = (q: string) => `${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return {
    companies: (q: string, limit: number): Company[] => companies.all({ q, prefix: likePrefix(q), limit }),
    visitors: (q: string, limit: number) =>
      visitors.all({ q, prefix: likePrefix(q), limit }).map((r) => ({
        id: r.id,
        name: r.name,
        phone: r.phone,
        companyId: r.company_id,
        companyName: r.company_name,
        companyUbn: r.company_ubn,
      })),
  };
};
