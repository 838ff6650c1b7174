import type { Database } from 'better-sqlite3';
import type { BusinessItem } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { bool } from './table-store';

interface ItemRow {
  id: string;
  unit_id: string;
  code: string;
  name: string;
  active: number;
  demo: number;
}

const COLUMNS = 'id, unit_id, code, name, active, demo';
const toItem = (r: ItemRow): BusinessItem => ({
  id: r.id,
  unitId: r.unit_id,
  code: r.code,
  name: r.name,
  active: r.active === 1,
  demo: r.demo === 1,
});

export const businessItemsStore = (db: Database): TableStore<'business_items'> => {
  const get = db.prepare<[string], ItemRow>(`SELECT ${COLUMNS} FROM business_items WHERE id = ?`);
  const byUnit = db.prepare<[string], ItemRow>(`SELECT ${COLUMNS} FROM business_items WHERE unit_id = ? ORDER BY code`);
  const byCode = db.prepare<[string], ItemRow>(`SELECT ${COLUMNS} FROM business_items WHERE code = ?`);
  const all = db.prepare<[], ItemRow>(`SELECT ${COLUMNS} FROM business_items ORDER BY unit_id, code`);
  const put = db.prepare<[ItemRow]>(
    `INSERT INTO business_items (${COLUMNS}) VALUES (@id, @unit_id, @code, @name, @active, @demo)
     ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, code = excluded.code, name = excluded.name,
       active = excluded.active, demo = excluded.demo`,
  );
  const del = db.prepare<[string]>('DELETE FROM business_items WHERE id = ?');
  return {
    get: (id) => {
      const r = get.get(id);
      return r && toItem(r);
    },
    put: (b) =>
      void put.run({
        id: b.id,
        unit_id: b.unitId,
        code: b.code,
        name: b.name,
        active: bool(b.active),
        demo: bool(b.demo),
      }),
    delete: (id) => void del.run(id),
    findBy: (index, value) => (index === 'code' ? byCode : byUnit).all(value).map(toItem),
    all: () => all.all().map(toItem),
  };
};
