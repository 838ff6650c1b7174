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
} as const satisfies { [T in TableName]: readonly TableIndexes[T][] };

type IndexFieldsComplete = {
  [T in TableName]: [TableIndexes[T]] extends [(typeof INDEX_FIELDS)[T][number]] ? true : false;
}[TableName];
/** Fails to compile if a table declares an index missing from INDEX_FIELDS. */
export const INDEX_FIELDS_COMPLETE: IndexFieldsComplete = true;
