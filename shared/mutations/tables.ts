import type { Branch, BusinessItem, Credential, Parameter, Setting, Staff, Unit } from '../domain/reference';
import type { Company, EscortReassignment, EscortStop, EscortVisit, StaffAbsence, Visitor } from '../domain/escort';
import type { RecordSheet, SignDeputy, SigningKey } from '../domain/record-sheet';
import type { CaseMilestone, CaseToken, InspectionCase, Product } from '../domain/inspection-case';
import type { FactoryVisit, Regulation, VisitRequest } from '../domain/visit';
import type { Vehicle, VehicleRequest } from '../domain/vehicle';

/**
 * The synced tables a mutator may touch, with their row type, primary key field and the
 * equality look-ups ("indexes") each store must answer. The desktop (SQLite) and the hub
 * implement this same shape, so one mutator runs on both.
 */
export interface TableRows {
  branches: Branch;
  units: Unit;
  staff: Staff;
  business_items: BusinessItem;
  parameters: Parameter;
  credentials: Credential;
  settings: Setting;
  companies: Company;
  visitors: Visitor;
  escort_visits: EscortVisit;
  escort_stops: EscortStop;
  escort_reassignments: EscortReassignment;
  staff_absences: StaffAbsence;
  record_sheets: RecordSheet;
  signing_keys: SigningKey;
  sign_deputies: SignDeputy;
  products: Product;
  inspection_cases: InspectionCase;
  case_milestones: CaseMilestone;
  case_tokens: CaseToken;
  visit_requests: VisitRequest;
  factory_visits: FactoryVisit;
  vehicles: Vehicle;
  vehicle_requests: VehicleRequest;
  regulations: Regulation;
}
export type TableName = keyof TableRows;

export interface TableIndexes {
  branches: never;
  units: 'branchId';
  staff: 'username' | 'unitId';
  business_items: 'unitId' | 'code';
  parameters: never;
  credentials: never;
  settings: never;
  companies: 'ubn';
  visitors: 'phone';
  escort_visits: 'escortId' | 'dayKey';
  escort_stops: 'visitId';
  escort_reassignments: 'visitId';
  staff_absences: 'staffId';
  record_sheets: 'subjectId';
  signing_keys: 'staffId';
  sign_deputies: 'deputyId';
  products: 'name';
  inspection_cases: 'caseNumber';
  case_milestones: 'caseId';
  case_tokens: 'caseId';
  visit_requests: 'companyId';
  factory_visits: 'requestId' | 'dayKey';
  vehicles: 'plate';
  vehicle_requests: 'vehicleId' | 'preferredVehicleId' | 'visitId';
  regulations: 'category';
}

export const PRIMARY_KEYS = {
  branches: 'id',
  units: 'id',
  staff: 'id',
  business_items: 'id',
  parameters: 'key',
  credentials: 'staffId',
  settings: 'key',
  companies: 'id',
  visitors: 'id',
  escort_visits: 'id',
  escort_stops: 'id',
  escort_reassignments: 'id',
  staff_absences: 'id',
  record_sheets: 'id',
  signing_keys: 'id',
  sign_deputies: 'id',
  products: 'id',
  inspection_cases: 'id',
  case_milestones: 'id',
  case_tokens: 'token',
  visit_requests: 'id',
  factory_visits: 'id',
  vehicles: 'id',
  vehicle_requests: 'id',
  regulations: 'id',
} as const satisfies { [T in TableName]: keyof TableRows[T] };

export const TABLE_NAMES = Object.keys(PRIMARY_KEYS) as TableName[];

/**
 * Look-ups narrower than plain equality on the field they are named after. Every store (SQLite on the
 * desktop, the hub's, the in-memory one for tests) must answer them the same way.
 */
export const INDEX_FILTERS: { [T in TableName]?: Partial<Record<TableIndexes[T], (row: TableRows[T]) => boolean>> } = {
  // An escort's open visits only: the one-active-visit rule needs no history, however long.
  escort_visits: { escortId: (v) => v.status === 'waiting' || v.status === 'in_service' },
  // The bookings that hold a car (see heldVehicle in shared/domain/vehicle.ts): approved ones hold the car
  // assigned, pending ones the car asked for; returned and cancelled requests never block.
  vehicle_requests: { vehicleId: (r) => r.status === 'approved', preferredVehicleId: (r) => r.status === 'pending' },
};
