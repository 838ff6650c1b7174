import type { Database } from 'better-sqlite3';
import type { EscortReassignment, EscortStop, StaffAbsence } from '../../../../shared/domain/escort';
import type { TableStore } from './table-store';
import { sqlStore } from './table-store';

interface StopRow {
  id: string;
  visit_id: string;
  unit_id: string;
  item_id: string;
  started_at: string;
  ended_at: string | null;
  outcome: EscortStop['outcome'];
  note: string;
}
const STOP_COLUMNS = 'id, visit_id, unit_id, item_id, started_at, ended_at, outcome, note';

export const toEscortStop = (r: StopRow): EscortStop => ({
  id: r.id,
  visitId: r.visit_id,
  unitId: r.unit_id,
  itemId: r.item_id,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  outcome: r.outcome,
  note: r.note,
});

export const escortStopsStore = (db: Database): TableStore<'escort_stops'> =>
  sqlStore<'escort_stops', StopRow>(
    db,
    {
      get: `SELECT ${STOP_COLUMNS} FROM escort_stops WHERE id = ?`,
      all: `SELECT ${STOP_COLUMNS} FROM escort_stops ORDER BY visit_id, started_at, id`,
      put: `INSERT INTO escort_stops (${STOP_COLUMNS})
            VALUES (@id, @visit_id, @unit_id, @item_id, @started_at, @ended_at, @outcome, @note)
            ON CONFLICT (id) DO UPDATE SET visit_id = excluded.visit_id, unit_id = excluded.unit_id,
              item_id = excluded.item_id, started_at = excluded.started_at, ended_at = excluded.ended_at,
              outcome = excluded.outcome, note = excluded.note`,
      del: 'DELETE FROM escort_stops WHERE id = ?',
      by: { visitId: `SELECT ${STOP_COLUMNS} FROM escort_stops WHERE visit_id = ? ORDER BY started_at, id` },
    },
    toEscortStop,
    (s) => ({
      id: s.id,
      visit_id: s.visitId,
      unit_id: s.unitId,
      item_id: s.itemId,
      started_at: s.startedAt,
      ended_at: s.endedAt,
      outcome: s.outcome,
      note: s.note,
    }),
  );

interface ReassignmentRow {
  id: string;
  visit_id: string;
  from_staff_id: string;
  to_staff_id: string;
  reason: string;
  at: string;
  by: string;
}
const RE_COLUMNS = 'id, visit_id, from_staff_id, to_staff_id, reason, at, by';

export const escortReassignmentsStore = (db: Database): TableStore<'escort_reassignments'> =>
  sqlStore<'escort_reassignments', ReassignmentRow>(
    db,
    {
      get: `SELECT ${RE_COLUMNS} FROM escort_reassignments WHERE id = ?`,
      all: `SELECT ${RE_COLUMNS} FROM escort_reassignments ORDER BY at, id`,
      put: `INSERT INTO escort_reassignments (${RE_COLUMNS})
            VALUES (@id, @visit_id, @from_staff_id, @to_staff_id, @reason, @at, @by)
            ON CONFLICT (id) DO UPDATE SET visit_id = excluded.visit_id, from_staff_id = excluded.from_staff_id,
              to_staff_id = excluded.to_staff_id, reason = excluded.reason, at = excluded.at, by = excluded.by`,
      del: 'DELETE FROM escort_reassignments WHERE id = ?',
      by: { visitId: `SELECT ${RE_COLUMNS} FROM escort_reassignments WHERE visit_id = ? ORDER BY at, id` },
    },
    (r): EscortReassignment => ({
      id: r.id,
      visitId: r.visit_id,
      fromStaffId: r.from_staff_id,
      toStaffId: r.to_staff_id,
      reason: r.reason,
      at: r.at,
      by: r.by,
    }),
    (e) => ({
      id: e.id,
      visit_id: e.visitId,
      from_staff_id: e.fromStaffId,
      to_staff_id: e.toStaffId,
      reason: e.reason,
      at: e.at,
      by: e.by,
    }),
  );

interface AbsenceRow {
  id: string;
  staff_id: string;
  day_key: string;
  reason: string;
}

export const staffAbsencesStore = (db: Database): TableStore<'staff_absences'> =>
  sqlStore<'staff_absences', AbsenceRow>(
    db,
    {
      get: 'SELECT id, staff_id, day_key, reason FROM staff_absences WHERE id = ?',
      all: 'SELECT id, staff_id, day_key, reason FROM staff_absences ORDER BY day_key, id',
      put: `INSERT INTO staff_absences (id, staff_id, day_key, reason) VALUES (@id, @staff_id, @day_key, @reason)
            ON CONFLICT (id) DO UPDATE SET staff_id = excluded.staff_id, day_key = excluded.day_key, reason = excluded.reason`,
      del: 'DELETE FROM staff_absences WHERE id = ?',
      by: { staffId: 'SELECT id, staff_id, day_key, reason FROM staff_absences WHERE staff_id = ? ORDER BY day_key' },
    },
    (r): StaffAbsence => ({ id: r.id, staffId: r.staff_id, dayKey: r.day_key, reason: r.reason }),
    (a) => ({ id: a.id, staff_id: a.staffId, day_key: a.dayKey, reason: a.reason }),
  );
