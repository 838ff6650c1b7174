import type { Database } from 'better-sqlite3';
import type { Staff } from '../../../../shared/domain/reference';
import type { Role } from '../../../../shared/domain/roles';
import type { TableStore } from './table-store';
import { bool } from './table-store';

interface StaffRow {
  id: string;
  unit_id: string;
  name: string;
  username: string;
  roles: string;
  active: number;
  demo: number;
}

const COLUMNS = 'id, unit_id, name, username, roles, active, demo';
const toStaff = (r: StaffRow): Staff => ({
  id: r.id,
  unitId: r.unit_id,
  name: r.name,
  username: r.username,
  roles: JSON.parse(r.roles) as Role[],
  active: r.active === 1,
  demo: r.demo === 1,
});

export const staffStore = (db: Database): TableStore<'staff'> => {
  const get = db.prepare<[string], StaffRow>(`SELECT ${COLUMNS} FROM staff WHERE id = ?`);
  const byUsername = db.prepare<[string], StaffRow>(`SELECT ${COLUMNS} FROM staff WHERE username = ?`);
  const byUnit = db.prepare<[string], StaffRow>(`SELECT ${COLUMNS} FROM staff WHERE unit_id = ? ORDER BY name, id`);
  const all = db.prepare<[], StaffRow>(`SELECT ${COLUMNS} FROM staff ORDER BY unit_id, name, id`);
  const put = db.prepare<[StaffRow]>(
    `INSERT INTO staff (${COLUMNS}) VALUES (@id, @unit_id, @name, @username, @roles, @active, @demo)
     ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, name = excluded.name, username = excluded.username,
       roles = excluded.roles, active = excluded.active, demo = excluded.demo`,
  );
  const del = db.prepare<[string]>('DELETE FROM staff WHERE id = ?');
  return {
    get: (id) => {
      const r = get.get(id);
      return r && toStaff(r);
    },
    put: (s) =>
      void put.run({
        id: s.id,
        unit_id: s.unitId,
        name: s.name,
        username: s.username,
        roles: JSON.stringify(s.roles),
        active: bool(s.active),
        demo: bool(s.demo),
      }),
    delete: (id) => void del.run(id),
    findBy: (index, value) => (index === 'username' ? byUsername : byUnit).all(value).map(toStaff),
    all: () => all.all().map(toStaff),
  };
};
