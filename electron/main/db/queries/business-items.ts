import type { Database } from 'better-sqlite3';
import type { BusinessItem } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { bool, sqlStore } from './table-store';

interface ItemRow {
  id: string;
  unit_id: string;
  code: string;
  name: string;
  active: number;
  demo: number;
}

const COLUMNS = 'id, unit_id, code, name, active, demo';

export const businessItemsStore = (db: Database): TableStore<'business_items'> =>
  sqlStore<'business_items', ItemRow>(
    db,
    {
      get: `SELECT ${COLUMNS} FROM business_items WHERE id = ?`,
      all: `SELECT ${COLUMNS} FROM business_items ORDER BY unit_id, code`,
      put: `INSERT INTO business_items (${COLUMNS}) VALUES (@id, @unit_id, @code, @name, @active, @demo)
            ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, code = excluded.code, name = excluded.name,
              active = excluded.active, demo = excluded.demo`,
      del: 'DELETE FROM business_items WHERE id = ?',
      by: {
        unitId: `SELECT ${COLUMNS} FROM business_items WHERE unit_id = ? ORDER BY code`,
        code: `SELECT ${COLUMNS} FROM business_items WHERE code = ?`,
      },
    },
    (r): BusinessItem => ({ id: r.id, unitId: r.unit_id, code: r.code, name: r.name, active: r.active === 1, demo: r.demo === 1 }),
    (b) => ({ id: b.id, unit_id: b.unitId, code: b.code, name: b.name, active: bool(b.active), demo: bool(b.demo) }),
  );
