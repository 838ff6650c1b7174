import type { Database } from 'better-sqlite3';
import type { Parameter } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { sqlStore } from './table-store';

export const parametersStore = (db: Database): TableStore<'parameters'> =>
  sqlStore<'parameters', Parameter>(
    db,
    {
      get: 'SELECT key, value FROM parameters WHERE key = ?',
      all: 'SELECT key, value FROM parameters ORDER BY key',
      put: 'INSERT INTO parameters (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      del: 'DELETE FROM parameters WHERE key = ?',
      by: {},
    },
    (r) => ({ ...r }),
    (p) => ({ ...p }),
  );
