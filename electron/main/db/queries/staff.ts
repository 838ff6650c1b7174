import type { Database } from 'better-sqlite3';
import type { Staff } from '../../../../shared/domain/reference';
import type { Role } from '../../../../shared/domain/roles';
import type { TableStore } from './table-store';
import { bool, sqlStore } from './table-store';

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

export const staffStore = (db: Database): TableStore<'staff'> =>
  sqlStore<'staff', StaffRow>(
    db,
    {
      get: `SELECT ${COLUMNS} FROM staff WHERE id = ?`,
      all: `SELECT ${COLUMNS} FROM staff ORDER BY unit_id, name, id`,
      put: `INSERT INTO staff (${COLUMNS}) VALUES (@id, @unit_id, @name, @username, @roles, @active, @demo)
            ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, name = excluded.name, username = excluded.username,
              roles = excluded.roles, active = excluded.active, demo = excluded.demo`,
      del: 'DELETE FROM staff WHERE id = ?',
      by: {
        username: `SELECT ${COLUMNS} FROM staff WHERE username = ?`,
        unitId: `SELECT ${COLUMNS} FROM staff WHERE unit_id = ? ORDER BY name, id`,
      },
    },
    (r): Staff => ({
      id: r.id,
      unitId: r.unit_id,
      name: r.name,
      username: r.username,
      roles: JSON.parse(r.roles) as Role[],
      active: r.active === 1,
      demo: r.demo === 1,
    }),
    (s) => ({
      id: s.id,
      unit_id: s.unitId,
      name: s.name,
      username: s.username,
      roles: JSON.stringify(s.roles),
      active: bool(s.active),
      demo: bool(s.demo),
    }),
  );
