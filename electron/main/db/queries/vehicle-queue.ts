import type { Database } from 'better-sqlite3';
import { VEHICLE_REQUEST_COLUMNS } from './vehicles';
import type { VehicleRequestRow } from './vehicles';

/** Lists of vehicle requests: the secretariat's queue, one person's, one visit's. */
export const vehicleQueueQueries = (db: Database) => {
  const pending = db.prepare<[], VehicleRequestRow>(
    `SELECT ${VEHICLE_REQUEST_COLUMNS} FROM vehicle_requests WHERE status = 'pending' ORDER BY start_at, id`,
  );
  // Approved and not back yet: no return reading, and not long over (a week after its end it leaves the queue).
  const out = db.prepare<[string], VehicleRequestRow>(
    `SELECT ${VEHICLE_REQUEST_COLUMNS} FROM vehicle_requests
     WHERE status = 'approved' AND odometer_in IS NULL AND end_at >= ? ORDER BY start_at, id`,
  );
  const ofApplicant = db.prepare<[string, number], VehicleRequestRow>(
    `SELECT ${VEHICLE_REQUEST_COLUMNS} FROM vehicle_requests WHERE applicant_id = ? ORDER BY start_at DESC, id LIMIT ?`,
  );
  return {
    pending: () => pending.all(),
    approvedNotBack: (endedAfter: string) => out.all(endedAfter),
    ofApplicant: (staffId: string, limit: number) => ofApplicant.all(staffId, limit),
  };
};
