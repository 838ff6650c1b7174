import type { Database } from 'better-sqlite3';
import type { Credential } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { noIndex } from './table-store';

interface CredentialRow {
  staff_id: string;
  verifier: string;
  updated_at: string;
}
const toCredential = (r: CredentialRow): Credential => ({
  staffId: r.staff_id,
  verifier: r.verifier,
  updatedAt: r.updated_at,
});

export const credentialsStore = (db: Database): TableStore<'credentials'> => {
  const get = db.prepare<[string], CredentialRow>('SELECT staff_id, verifier, updated_at FROM credentials WHERE staff_id = ?');
  const all = db.prepare<[], CredentialRow>('SELECT staff_id, verifier, updated_at FROM credentials ORDER BY staff_id');
  const put = db.prepare<[CredentialRow]>(
    `INSERT INTO credentials (staff_id, verifier, updated_at) VALUES (@staff_id, @verifier, @updated_at)
     ON CONFLICT (staff_id) DO UPDATE SET verifier = excluded.verifier, updated_at = excluded.updated_at`,
  );
  const del = db.prepare<[string]>('DELETE FROM credentials WHERE staff_id = ?');
  return {
    get: (id) => {
      const r = get.get(id);
      return r && toCredential(r);
    },
    put: (c) => void put.run({ staff_id: c.staffId, verifier: c.verifier, updated_at: c.updatedAt }),
    delete: (id) => void del.run(id),
    findBy: noIndex,
    all: () => all.all().map(toCredential),
  };
};
