import type { Database } from 'better-sqlite3';

/** Read models of the counter: the board, today's figures, escort suggestions, the chief's queue. */

export interface WaitingRow {
  id: string;
  visitor_name: string;
  company_name: string | null;
  mode: 'escort' | 'direct';
  receiving_unit_id: string;
  unit_ids: string;
  item_ids: string;
  arrived_at: string;
}

export interface ActiveRow extends WaitingRow {
  escort_id: string | null;
  escort_name: string | null;
  service_started_at: string;
  stop_count: number;
  current_unit_id: string | null;
  current_item_id: string | null;
  current_started_at: string | null;
  current_open: number | null;
}

export interface FiguresRow {
  visitors: number;
  escorted: number;
  finished: number;
  avg_wait_ms: number | null;
  avg_service_ms: number | null;
}

export interface SuggestionRow {
  id: string;
  name: string;
  escorts_today: number;
  busy: number;
  absent: number;
}

const julianMs = (col: string) => `(julianday(${col}) * 86400000.0)`;

export const counterBoardQueries = (db: Database) => {
  const waiting = db.prepare<[string], WaitingRow>(
    `SELECT v.id, p.name AS visitor_name, c.name AS company_name, v.mode, v.receiving_unit_id, v.unit_ids, v.item_ids,
            v.arrived_at
     FROM escort_visits v JOIN visitors p ON p.id = v.visitor_id LEFT JOIN companies c ON c.id = v.company_id
     WHERE v.day_key = ? AND v.status = 'waiting'
     ORDER BY v.arrived_at, v.id`,
  );
  // Visits in service, whatever day they began: one left open overnight must still show.
  const active = db.prepare<[], ActiveRow>(
    `SELECT v.id, p.name AS visitor_name, c.name AS company_name, v.mode, v.receiving_unit_id, v.unit_ids, v.item_ids,
            v.arrived_at, v.escort_id, s.name AS escort_name, v.service_started_at,
            (SELECT count(*) FROM escort_stops x WHERE x.visit_id = v.id) AS stop_count,
            cur.unit_id AS current_unit_id, cur.item_id AS current_item_id, cur.started_at AS current_started_at,
            (cur.ended_at IS NULL) AS current_open
     FROM escort_visits v
     JOIN visitors p ON p.id = v.visitor_id
     LEFT JOIN companies c ON c.id = v.company_id
     LEFT JOIN staff s ON s.id = v.escort_id
     LEFT JOIN escort_stops cur ON cur.id = (
       SELECT y.id FROM escort_stops y WHERE y.visit_id = v.id ORDER BY (y.ended_at IS NULL) DESC, y.started_at DESC, y.id DESC LIMIT 1)
     WHERE v.status = 'in_service'
     ORDER BY v.service_started_at, v.id`,
  );
  const figures = db.prepare<[string], FiguresRow>(
    `SELECT count(*) AS visitors,
            coalesce(sum(mode = 'escort' AND status != 'cancelled'), 0) AS escorted,
            coalesce(sum(status = 'finished'), 0) AS finished,
            avg(CASE WHEN service_started_at IS NOT NULL THEN ${julianMs('service_started_at')} - ${julianMs('arrived_at')} END) AS avg_wait_ms,
            avg(CASE WHEN finished_at IS NOT NULL THEN ${julianMs('finished_at')} - ${julianMs('service_started_at')} END) AS avg_service_ms
     FROM escort_visits WHERE day_key = ?`,
  );
  const suggestions = db.prepare<{ unitId: string; dayKey: string }, SuggestionRow>(
    `SELECT s.id, s.name,
            (SELECT count(*) FROM escort_visits v WHERE v.escort_id = s.id AND v.day_key = @dayKey AND v.status != 'cancelled') AS escorts_today,
            EXISTS (SELECT 1 FROM escort_visits v WHERE v.escort_id = s.id AND v.status = 'in_service') AS busy,
            EXISTS (SELECT 1 FROM staff_absences a WHERE a.staff_id = s.id AND a.day_key = @dayKey) AS absent
     FROM staff s
     WHERE s.unit_id = @unitId AND s.active = 1
       AND EXISTS (SELECT 1 FROM json_each(s.roles) r WHERE r.value IN ('counter', 'inspector', 'chief'))
     ORDER BY busy, absent, escorts_today, s.name, s.id`,
  );
  return {
    waiting: (dayKey: string) => waiting.all(dayKey),
    active: () => active.all(),
    figures: (dayKey: string) => figures.get(dayKey),
    suggestions: (unitId: string, dayKey: string) => suggestions.all({ unitId, dayKey }),
  };
};
