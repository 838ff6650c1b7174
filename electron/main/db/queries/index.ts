import type { Database } from 'better-sqlite3';
import { branchesStore } from './branches';
import { businessItemsStore } from './business-items';
import { credentialsStore } from './credentials';
import { parametersStore } from './parameters';
import { settingsStore } from './settings';
import { staffStore } from './staff';
import type { TableStores } from './table-store';
import { unitsStore } from './units';
import { companiesStore, visitorsStore } from './companies';
import { escortVisitsStore } from './escort-visits';
import { escortReassignmentsStore, escortStopsStore, staffAbsencesStore } from './escort-stops';
import { recordSheetsStore, signDeputiesStore, signingKeysStore } from './record-sheets';
import { caseMilestonesStore, caseTokensStore, inspectionCasesStore, productsStore } from './inspection-cases';
import { factoryVisitsStore, visitRequestsStore } from './factory-visits';
import { vehicleRequestsStore, vehiclesStore } from './vehicles';
import { regulationsStore } from './regulations';

/** Prepares every synced table's statements once per connection. */
export const createTableStores = (db: Database): TableStores => ({
  branches: branchesStore(db),
  units: unitsStore(db),
  staff: staffStore(db),
  business_items: businessItemsStore(db),
  parameters: parametersStore(db),
  credentials: credentialsStore(db),
  settings: settingsStore(db),
  companies: companiesStore(db),
  visitors: visitorsStore(db),
  escort_visits: escortVisitsStore(db),
  escort_stops: escortStopsStore(db),
  escort_reassignments: escortReassignmentsStore(db),
  staff_absences: staffAbsencesStore(db),
  record_sheets: recordSheetsStore(db),
  signing_keys: signingKeysStore(db),
  sign_deputies: signDeputiesStore(db),
  products: productsStore(db),
  inspection_cases: inspectionCasesStore(db),
  case_milestones: caseMilestonesStore(db),
  case_tokens: caseTokensStore(db),
  visit_requests: visitRequestsStore(db),
  factory_visits: factoryVisitsStore(db),
  vehicles: vehiclesStore(db),
  vehicle_requests: vehicleRequestsStore(db),
  regulations: regulationsStore(db),
});
