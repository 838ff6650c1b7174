import type { Database } from 'better-sqlite3';
import type { Branch } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { sqlStore } from './table-store';

export const branchesStore = (db: Database): TableStore<'branches'> =>
  sqlStore<'branches', Branch>(
    db,
    {
      get: 'SELECT id, code, name FROM branches WHERE id = ?',
      all: 'SELECT id, code, name FROM branches ORDER BY id',
      put: `INSERT INTO branches (id, code, name) VALUES (@id, @code, @name)
            ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name`,
      del: 'DELETE FROM branches WHERE id = ?',
      by: {},
    },
    (r) => ({ ...r }),
    (b) => ({ ...b }),
  );
