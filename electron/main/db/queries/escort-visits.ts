import type { Database } from 'better-sqlite3';
import type { EscortVisit } from '../../../../shared/domain/escort';
import type { TableStore } from './table-store';
import { bool, sqlStore } from './table-store';

export interface EscortVisitRow {
  id: string;
  day_key: string;
  visitor_id: string;
  company_id: string | null;
  item_ids: string;
  unit_ids: string;
  receiving_unit_id: string;
  mode: EscortVisit['mode'];
  escort_requested: number;
  status: EscortVisit['status'];
  escort_id: string | null;
  arrived_at: string;
  service_started_at: string | null;
  finished_at: string | null;
  satisfaction: number | null;
  remarks: string;
  created_by: string;
}

const COLUMNS = `id, day_key, visitor_id, company_id, item_ids, unit_ids, receiving_unit_id, mode, escort_requested,
  status, escort_id, arrived_at, service_started_at, finished_at, satisfaction, remarks, created_by`;

export const toEscortVisit = (r: EscortVisitRow): EscortVisit => ({
  id: r.id,
  dayKey: r.day_key,
  visitorId: r.visitor_id,
  companyId: r.company_id,
  itemIds: JSON.parse(r.item_ids) as string[],
  unitIds: JSON.parse(r.unit_ids) as string[],
  receivingUnitId: r.receiving_unit_id,
  mode: r.mode,
  escortRequested: r.escort_requested === 1,
  status: r.status,
  escortId: r.escort_id,
  arrivedAt: r.arrived_at,
  serviceStartedAt: r.service_started_at,
  finishedAt: r.finished_at,
  satisfaction: r.satisfaction,
  remarks: r.remarks,
  createdBy: r.created_by,
});

export const escortVisitsStore = (db: Database): TableStore<'escort_visits'> =>
  sqlStore<'escort_visits', EscortVisitRow>(
    db,
    {
      get: `SELECT ${COLUMNS} FROM escort_visits WHERE id = ?`,
      all: `SELECT ${COLUMNS} FROM escort_visits ORDER BY arrived_at, id`,
      put: `INSERT INTO escort_visits (${COLUMNS}) VALUES (@id, @day_key, @visitor_id, @company_id, @item_ids, @unit_ids,
              @receiving_unit_id, @mode, @escort_requested, @status, @escort_id, @arrived_at, @service_started_at,
              @finished_at, @satisfaction, @remarks, @created_by)
            ON CONFLICT (id) DO UPDATE SET day_key = excluded.day_key, visitor_id = excluded.visitor_id,
              company_id = excluded.company_id, item_ids = excluded.item_ids, unit_ids = excluded.unit_ids,
              receiving_unit_id = excluded.receiving_unit_id, mode = excluded.mode,
              escort_requested = excluded.escort_requested, status = excluded.status, escort_id = excluded.escort_id,
              arrived_at = excluded.arrived_at, service_started_at = excluded.service_started_at,
              finished_at = excluded.finished_at, satisfaction = excluded.satisfaction, remarks = excluded.remarks,
              created_by = excluded.created_by`,
      del: 'DELETE FROM escort_visits WHERE id = ?',
      by: {
        // Only what the invariant needs: an escort's visits that are still open.
        escortId: `SELECT ${COLUMNS} FROM escort_visits WHERE escort_id = ? AND status IN ('waiting', 'in_service')`,
        dayKey: `SELECT ${COLUMNS} FROM escort_visits WHERE day_key = ? ORDER BY arrived_at, id`,
      },
    },
    toEscortVisit,
    (v) => ({
      id: v.id,
      day_key: v.dayKey,
      visitor_id: v.visitorId,
      company_id: v.companyId,
      item_ids: JSON.stringify(v.itemIds),
      unit_ids: JSON.stringify(v.unitIds),
      receiving_unit_id: v.receivingUnitId,
      mode: v.mode,
      escort_requested: bool(v.escortRequested),
      status: v.status,
      escort_id: v.escortId,
      arrived_at: v.arrivedAt,
      service_started_at: v.serviceStartedAt,
      finished_at: v.finishedAt,
      satisfaction: v.satisfaction,
      remarks: v.remarks,
      created_by: v.createdBy,
    }),
  );
