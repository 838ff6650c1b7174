import type { Database } from 'better-sqlite3';
import type { Parameter } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { noIndex } from './table-store';

export const parametersStore = (db: Database): TableStore<'parameters'> => {
  const get = db.prepare<[string], Parameter>('SELECT key, value FROM parameters WHERE key = ?');
  const all = db.prepare<[], Parameter>('SELECT key, value FROM parameters ORDER BY key');
  const put = db.prepare<[Parameter]>(
    'INSERT INTO parameters (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const del = db.prepare<[string]>('DELETE FROM parameters WHERE key = ?');
  return {
    get: (key) => get.get(key),
    put: (p) => void put.run(p),
    delete: (key) => void del.run(key),
    findBy: noIndex,
    all: () => all.all(),
  };
};
