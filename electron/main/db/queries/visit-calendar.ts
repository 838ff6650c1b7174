import type { Database } from 'better-sqlite3';
import type { FactoryVisit, RequestStatus } from '../../../../shared/domain/visit';
import { VISIT_REQUEST_COLUMNS } from './factory-visits';
import type { VisitRequestRow } from './factory-visits';

/** A visit row with the names the calendar shows (company, unit) joined in. */
export interface CalendarRow {
  id: string;
  unit_id: string;
  unit_name: string;
  status: FactoryVisit['status'];
  occasion: FactoryVisit['occasion'];
  mode: FactoryVisit['mode'];
  company_name: string;
  address: string;
  day_key: string | null;
  start_time: string | null;
  end_time: string | null;
  inspector_ids: string;
}

const CAL_COLUMNS = `v.id, v.unit_id, u.name AS unit_name, v.status, v.occasion, v.mode, c.name AS company_name, v.address,
  v.day_key, v.start_time, v.end_time, v.inspector_ids`;
const CAL_FROM = `FROM factory_visits v JOIN companies c ON c.id = v.company_id JOIN units u ON u.id = v.unit_id`;
/** What a calendar shows: agreed visits to a factory (phone and letter answers are services, not appointments). */
const ON_CALENDAR = `v.status IN ('scheduled', 'done') AND v.mode = 'on_site'`;
const ORDER = 'ORDER BY v.day_key, v.start_time, v.id';

/** Just what the schedule warnings need of a visit. */
export interface PlacedRow {
  id: string;
  inspector_ids: string;
  address: string;
  status: FactoryVisit['status'];
  day_key: string;
  start_time: string;
  end_time: string;
}

export interface RequestListRow extends VisitRequestRow {
  company_name: string;
  company_ubn: string | null;
  created_by_name: string;
}

/**
 * The calendar's and lists' reads. A month is an index range on factory_visits(day_key), an inspector's
 * month one on visit_inspectors(staff_id, day_key), a unit's on factory_visits(unit_id, day_key).
 */
export const visitCalendarQueries = (db: Database) => {
  const inRange = db.prepare<[string, string], CalendarRow>(
    `SELECT ${CAL_COLUMNS} ${CAL_FROM} WHERE v.day_key BETWEEN ? AND ? AND ${ON_CALENDAR} ${ORDER}`,
  );
  const ofInspector = db.prepare<[string, string, string], CalendarRow>(
    `SELECT ${CAL_COLUMNS} ${CAL_FROM}
     WHERE v.id IN (SELECT visit_id FROM visit_inspectors WHERE staff_id = ? AND day_key BETWEEN ? AND ?) AND ${ON_CALENDAR} ${ORDER}`,
  );
  const ofUnit = db.prepare<[string, string, string], CalendarRow>(
    `SELECT ${CAL_COLUMNS} ${CAL_FROM} WHERE v.unit_id = ? AND v.day_key BETWEEN ? AND ? AND ${ON_CALENDAR} ${ORDER}`,
  );
  const waiting = db.prepare<[], CalendarRow>(
    `SELECT ${CAL_COLUMNS} ${CAL_FROM} WHERE v.status = 'waiting' ORDER BY v.created_at, v.id`,
  );
  const oneRow = db.prepare<[string], CalendarRow>(`SELECT ${CAL_COLUMNS} ${CAL_FROM} WHERE v.id = ?`);
  const requestColumns = VISIT_REQUEST_COLUMNS.split(',').map((c) => `r.${c.trim()}`).join(', ');
  const requestFrom = `SELECT ${requestColumns}, c.name AS company_name, c.ubn AS company_ubn, s.name AS created_by_name
    FROM visit_requests r JOIN companies c ON c.id = r.company_id JOIN staff s ON s.id = r.created_by`;
  const newest = 'ORDER BY r.received_at DESC, r.id LIMIT ?';
  const requestsByStatus = db.prepare<[string, number], RequestListRow>(`${requestFrom} WHERE r.status = ? ${newest}`);
  const requestsAll = db.prepare<[number], RequestListRow>(`${requestFrom} ${newest}`);
  const unitRequestsByStatus = db.prepare<[string, string, number], RequestListRow>(
    `${requestFrom} WHERE r.unit_id = ? AND r.status = ? ${newest}`,
  );
  const unitRequestsAll = db.prepare<[string, number], RequestListRow>(`${requestFrom} WHERE r.unit_id = ? ${newest}`);
  const requestOne = db.prepare<[string], RequestListRow>(`${requestFrom} WHERE r.id = ?`);
  const PLACED = `SELECT id, inspector_ids, address, status, day_key, start_time, end_time FROM factory_visits`;
  const placedOfDays = db.prepare<[string], PlacedRow>(
    `${PLACED} WHERE day_key IN (SELECT value FROM json_each(?)) AND status IN ('scheduled', 'done') AND mode = 'on_site'`,
  );
  const placedOfStaff = db.prepare<[string, string, string], PlacedRow>(
    `${PLACED} WHERE id IN (SELECT visit_id FROM visit_inspectors
       WHERE staff_id IN (SELECT value FROM json_each(?)) AND day_key BETWEEN ? AND ?)
     AND status IN ('scheduled', 'done') AND mode = 'on_site'`,
  );

  return {
    range: (fromDay: string, toDay: string) => inRange.all(fromDay, toDay),
    rangeOfInspector: (staffId: string, fromDay: string, toDay: string) => ofInspector.all(staffId, fromDay, toDay),
    rangeOfUnit: (unitId: string, fromDay: string, toDay: string) => ofUnit.all(unitId, fromDay, toDay),
    waiting: () => waiting.all(),
    one: (id: string) => oneRow.get(id),
    /** The newest `limit` requests, of one unit when `unitId` is given (visit_requests_by_unit). */
    requests: (status: RequestStatus | 'all', unitId: string | undefined, limit: number) => {
      if (unitId) return status === 'all' ? unitRequestsAll.all(unitId, limit) : unitRequestsByStatus.all(unitId, status, limit);
      return status === 'all' ? requestsAll.all(limit) : requestsByStatus.all(status, limit);
    },
    request: (id: string) => requestOne.get(id),
    /** Every agreed on-site visit on these days (for the warnings around one visit). */
    placedOnDays: (days: readonly string[]) => placedOfDays.all(JSON.stringify(days)),
    /** Every agreed on-site visit of any of these inspectors in a day range (for their warnings). */
    placedOfStaff: (staffIds: readonly string[], fromDay: string, toDay: string) =>
      placedOfStaff.all(JSON.stringify(staffIds), fromDay, toDay),
  };
};
export type VisitCalendarQueries = ReturnType<typeof visitCalendarQueries>;
