import type { Database } from 'better-sqlite3';
import type { Branch } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { noIndex } from './table-store';

export const branchesStore = (db: Database): TableStore<'branches'> => {
  const get = db.prepare<[string], Branch>('SELECT id, code, name FROM branches WHERE id = ?');
  const all = db.prepare<[], Branch>('SELECT id, code, name FROM branches ORDER BY id');
  const put = db.prepare<[Branch]>(
    `INSERT INTO branches (id, code, name) VALUES (@id, @code, @name)
     ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name`,
  );
  const del = db.prepare<[string]>('DELETE FROM branches WHERE id = ?');
  return {
    get: (id) => get.get(id),
    put: (row) => void put.run(row),
    delete: (id) => void del.run(id),
    findBy: noIndex,
    all: () => all.all(),
  };
};
