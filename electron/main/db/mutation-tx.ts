import type { MutationTx } from '../../../shared/mutations/define';
import type { TableStores } from './queries/table-store';

/** The mutators' transaction interface over the SQLite table stores (the caller owns the transaction). */
export const sqliteMutationTx = (stores: TableStores): MutationTx => ({
  get: (table, id) => stores[table].get(id),
  put: (table, row) => stores[table].put(row),
  delete: (table, id) => stores[table].delete(id),
  findBy: (table, index, value) => stores[table].findBy(index, value),
  all: (table) => stores[table].all(),
});
