import type { Database } from 'better-sqlite3';
import type { Unit } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { bool, sqlStore } from './table-store';

interface UnitRow {
  id: string;
  branch_id: string;
  code: string;
  name: string;
  kind: Unit['kind'];
  sort_order: number;
  active: number;
}

const COLUMNS = 'id, branch_id, code, name, kind, sort_order, active';

export const unitsStore = (db: Database): TableStore<'units'> =>
  sqlStore<'units', UnitRow>(
    db,
    {
      get: `SELECT ${COLUMNS} FROM units WHERE id = ?`,
      all: `SELECT ${COLUMNS} FROM units ORDER BY sort_order, id`,
      put: `INSERT INTO units (${COLUMNS}) VALUES (@id, @branch_id, @code, @name, @kind, @sort_order, @active)
            ON CONFLICT (id) DO UPDATE SET branch_id = excluded.branch_id, code = excluded.code, name = excluded.name,
              kind = excluded.kind, sort_order = excluded.sort_order, active = excluded.active`,
      del: 'DELETE FROM units WHERE id = ?',
      by: { branchId: `SELECT ${COLUMNS} FROM units WHERE branch_id = ? ORDER BY sort_order, id` },
    },
    (r): Unit => ({
      id: r.id,
      branchId: r.branch_id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      sortOrder: r.sort_order,
      active: r.active === 1,
    }),
    (u) => ({
      id: u.id,
      branch_id: u.branchId,
      code: u.code,
      name: u.name,
      kind: u.kind,
      sort_order: u.sortOrder,
      active: bool(u.active),
    }),
  );
