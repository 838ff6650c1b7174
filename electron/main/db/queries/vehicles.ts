import type { Database } from 'better-sqlite3';
import type { Vehicle, VehicleRequest } from '../../../../shared/domain/vehicle';
import type { TableStore } from './table-store';
import { bool, sqlStore } from './table-store';
import { columnList, upsertSql } from './sql-text';

interface VehicleRow {
  id: string;
  plate: string;
  model: string;
  seats: number;
  active: number;
}

const VEHICLE_COLUMNS = ['id', 'plate', 'model', 'seats', 'active'] as const;
const V = columnList(VEHICLE_COLUMNS);

export const vehiclesStore = (db: Database): TableStore<'vehicles'> =>
  sqlStore<'vehicles', VehicleRow>(
    db,
    {
      get: `SELECT ${V} FROM vehicles WHERE id = ?`,
      all: `SELECT ${V} FROM vehicles ORDER BY plate, id`,
      put: upsertSql('vehicles', VEHICLE_COLUMNS),
      del: 'DELETE FROM vehicles WHERE id = ?',
      by: { plate: `SELECT ${V} FROM vehicles WHERE plate = ?` },
    },
    (r): Vehicle => ({ id: r.id, plate: r.plate, model: r.model, seats: r.seats, active: r.active === 1 }),
    (v) => ({ id: v.id, plate: v.plate, model: v.model, seats: v.seats, active: bool(v.active) }),
  );

export interface VehicleRequestRow {
  id: string;
  unit_id: string;
  applicant_id: string;
  visit_id: string | null;
  start_at: string;
  end_at: string;
  destination: string;
  purpose: string;
  passengers: string;
  driver_needed: number;
  preferred_vehicle_id: string | null;
  status: VehicleRequest['status'];
  vehicle_id: string | null;
  driver_name: string;
  decided_by: string | null;
  decided_at: string | null;
  return_reason: string | null;
  odometer_out: number | null;
  odometer_in: number | null;
}

const REQUEST_COLUMN_NAMES = [
  'id', 'unit_id', 'applicant_id', 'visit_id', 'start_at', 'end_at', 'destination', 'purpose', 'passengers',
  'driver_needed', 'preferred_vehicle_id', 'status', 'vehicle_id', 'driver_name', 'decided_by', 'decided_at',
  'return_reason', 'odometer_out', 'odometer_in',
] as const;
export const VEHICLE_REQUEST_COLUMNS = columnList(REQUEST_COLUMN_NAMES);

export const toVehicleRequest = (r: VehicleRequestRow): VehicleRequest => ({
  id: r.id,
  unitId: r.unit_id,
  applicantId: r.applicant_id,
  visitId: r.visit_id,
  startAt: r.start_at,
  endAt: r.end_at,
  destination: r.destination,
  purpose: r.purpose,
  passengers: JSON.parse(r.passengers) as string[],
  driverNeeded: r.driver_needed === 1,
  preferredVehicleId: r.preferred_vehicle_id,
  status: r.status,
  vehicleId: r.vehicle_id,
  driverName: r.driver_name,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  returnReason: r.return_reason,
  odometerOut: r.odometer_out,
  odometerIn: r.odometer_in,
});

export const vehicleRequestsStore = (db: Database): TableStore<'vehicle_requests'> =>
  sqlStore<'vehicle_requests', VehicleRequestRow>(
    db,
    {
      get: `SELECT ${VEHICLE_REQUEST_COLUMNS} FROM vehicle_requests WHERE id = ?`,
      all: `SELECT ${VEHICLE_REQUEST_COLUMNS} FROM vehicle_requests ORDER BY start_at, id`,
      put: upsertSql('vehicle_requests', REQUEST_COLUMN_NAMES),
      del: 'DELETE FROM vehicle_requests WHERE id = ?',
      by: {
        // Narrowed as INDEX_FILTERS says: only the bookings that hold a car.
        vehicleId: `SELECT ${VEHICLE_REQUEST_COLUMNS} FROM vehicle_requests WHERE vehicle_id = ? AND status = 'approved' ORDER BY start_at, id`,
        preferredVehicleId: `SELECT ${VEHICLE_REQUEST_COLUMNS} FROM vehicle_requests
          WHERE preferred_vehicle_id = ? AND status = 'pending' ORDER BY start_at, id`,
        visitId: `SELECT ${VEHICLE_REQUEST_COLUMNS} FROM vehicle_requests WHERE visit_id = ? ORDER BY start_at, id`,
      },
    },
    toVehicleRequest,
    (q) => ({
      id: q.id,
      unit_id: q.unitId,
      applicant_id: q.applicantId,
      visit_id: q.visitId,
      start_at: q.startAt,
      end_at: q.endAt,
      destination: q.destination,
      purpose: q.purpose,
      passengers: JSON.stringify(q.passengers),
      driver_needed: bool(q.driverNeeded),
      preferred_vehicle_id: q.preferredVehicleId,
      status: q.status,
      vehicle_id: q.vehicleId,
      driver_name: q.driverName,
      decided_by: q.decidedBy,
      decided_at: q.decidedAt,
      return_reason: q.returnReason,
      odometer_out: q.odometerOut,
      odometer_in: q.odometerIn,
    }),
  );
