import { INDEX_FILTERS, PRIMARY_KEYS } from '../../../shared/mutations/tables';
import type { TableIndexes, TableName } from '../../../shared/mutations/tables';

/**
 * Which index fields each table answers findBy on. Spelled out (not derived from TableIndexes,
 * which is a type only) and checked against it, so a new index in shared/ is a compile error here.
 */
export const INDEX_FIELDS = {
  branches: [],
  units: ['branchId'],
  staff: ['username', 'unitId'],
  business_items: ['unitId', 'code'],
  parameters: [],
  credentials: [],
  settings: [],
  companies: ['ubn'],
  visitors: ['phone'],
  escort_visits: ['escortId', 'dayKey'],
  escort_stops: ['visitId'],
  escort_reassignments: ['visitId'],
  staff_absences: ['staffId'],
  record_sheets: ['subjectId'],
  signing_keys: ['staffId'],
  sign_deputies: ['deputyId'],
  products: ['name'],
  inspection_cases: ['caseNumber'],
  case_milestones: ['caseId'],
  case_tokens: ['caseId'],
  visit_requests: ['companyId'],
  factory_visits: ['requestId', 'dayKey'],
  vehicles: ['plate'],
  vehicle_requests: ['vehicleId', 'preferredVehicleId', 'visitId'],
  regulations: ['category'],
} as const satisfies { [T in TableName]: readonly TableIndexes[T][] };

type IndexFieldsComplete = {
  [T in TableName]: [TableIndexes[T]] extends [(typeof INDEX_FIELDS)[T][number]] ? true : false;
}[TableName];
/** Fails to compile if a table declares an index missing from INDEX_FIELDS. */
export const INDEX_FIELDS_COMPLETE: IndexFieldsComplete = true;

type Row = Record<string, unknown>;

export const keyOf = (table: TableName, row: Row): string => String(row[PRIMARY_KEYS[table]]);

/** The (index, value) pairs a row answers to: string fields only, narrowed like memory-tx. */
export const indexEntries = (table: TableName, row: Row): [string, string][] => {
  const narrow = INDEX_FILTERS[table] as Record<string, ((r: Row) => boolean) | undefined> | undefined;
  const out: [string, string][] = [];
  for (const field of INDEX_FIELDS[table] as readonly string[]) {
    const value = row[field];
    // memory-tx matches with ===, and findBy takes a string: a null or number never matches.
    if (typeof value === 'string' && (narrow?.[field]?.(row) ?? true)) out.push([field, value]);
  }
  return out;
};
