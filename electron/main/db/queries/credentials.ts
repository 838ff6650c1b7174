import type { Database } from 'better-sqlite3';
import type { Credential } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { sqlStore } from './table-store';

interface CredentialRow {
  staff_id: string;
  verifier: string;
  updated_at: string;
}

export const credentialsStore = (db: Database): TableStore<'credentials'> =>
  sqlStore<'credentials', CredentialRow>(
    db,
    {
      get: 'SELECT staff_id, verifier, updated_at FROM credentials WHERE staff_id = ?',
      all: 'SELECT staff_id, verifier, updated_at FROM credentials ORDER BY staff_id',
      put: `INSERT INTO credentials (staff_id, verifier, updated_at) VALUES (@staff_id, @verifier, @updated_at)
            ON CONFLICT (staff_id) DO UPDATE SET verifier = excluded.verifier, updated_at = excluded.updated_at`,
      del: 'DELETE FROM credentials WHERE staff_id = ?',
      by: {},
    },
    (r): Credential => ({ staffId: r.staff_id, verifier: r.verifier, updatedAt: r.updated_at }),
    (c) => ({ staff_id: c.staffId, verifier: c.verifier, updated_at: c.updatedAt }),
  );
