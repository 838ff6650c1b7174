import type { Database } from 'better-sqlite3';
import { branchesStore } from './branches';
import { businessItemsStore } from './business-items';
import { credentialsStore } from './credentials';
import { parametersStore } from './parameters';
import { settingsStore } from './settings';
import { staffStore } from './staff';
import type { TableStores } from './table-store';
import { unitsStore } from './units';

/** Prepares every synced table's statements once per connection. */
export const createTableStores = (db: Database): TableStores => ({
  branches: branchesStore(db),
  units: unitsStore(db),
  staff: staffStore(db),
  business_items: businessItemsStore(db),
  parameters: parametersStore(db),
  credentials: credentialsStore(db),
  settings: settingsStore(db),
});
