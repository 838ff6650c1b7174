import type { Database } from 'better-sqlite3';
import type { Unit } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { bool } from './table-store';

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
const toUnit = (r: UnitRow): Unit => ({
  id: r.id,
  branchId: r.branch_id,
  code: r.code,
  name: r.name,
  kind: r.kind,
  sortOrder: r.sort_order,
  active: r.active === 1,
});

export const unitsStore = (db: Database): TableStore<'units'> => {
  const get = db.prepare<[string], UnitRow>(`SELECT ${COLUMNS} FROM units WHERE id = ?`);
  const byBranch = db.prepare<[string], UnitRow>(`SELECT ${COLUMNS} FROM units WHERE branch_id = ? ORDER BY sort_order, id`);
  const all = db.prepare<[], UnitRow>(`SELECT ${COLUMNS} FROM units ORDER BY sort_order, id`);
  const put = db.prepare<[UnitRow]>(
    `INSERT INTO units (${COLUMNS}) VALUES (@id, @branch_id, @code, @name, @kind, @sort_order, @active)
     ON CONFLICT (id) DO UPDATE SET branch_id = excluded.branch_id, code = excluded.code, name = excluded.name,
       kind = excluded.kind, sort_order = excluded.sort_order, active = excluded.active`,
  );
  const del = db.prepare<[string]>('DELETE FROM units WHERE id = ?');
  return {
    get: (id) => {
      const r = get.get(id);
      return r && toUnit(r);
    },
    put: (u) =>
      void put.run({
        id: u.id,
        branch_id: u.branchId,
        code: u.code,
        name: u.name,
        kind: u.kind,
        sort_order: u.sortOrder,
        active: bool(u.active),
      }),
    delete: (id) => void del.run(id),
    findBy: (_index, value) => byBranch.all(value).map(toUnit),
    all: () => all.all().map(toUnit),
  };
};
