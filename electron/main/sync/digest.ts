import { createHash } from 'node:crypto';
import { PRIMARY_KEYS, TABLE_NAMES } from '../../../shared/mutations/tables';
import type { TableName, TableRows } from '../../../shared/mutations/tables';
import { canonicalJson } from '../../../shared/util/canonical-json';
import type { TableStores } from '../db/queries/table-store';

export type SyncedSnapshot = { [T in TableName]: Record<string, TableRows[T]> };

/** Every synced row of this desktop, by table and primary key (for convergence checks). */
export const syncedSnapshot = (stores: TableStores): SyncedSnapshot => {
  const out = {} as Record<TableName, Record<string, unknown>>;
  for (const t of TABLE_NAMES) {
    const pk = PRIMARY_KEYS[t];
    out[t] = Object.fromEntries(
      (stores[t].all() as unknown as Record<string, unknown>[]).map((r) => [String(r[pk]), r]),
    );
  }
  return out as SyncedSnapshot;
};

/** SHA-256 of the canonical JSON of a snapshot: equal data, equal digest, whatever the order. */
export const snapshotDigest = (snapshot: object): string =>
  createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
