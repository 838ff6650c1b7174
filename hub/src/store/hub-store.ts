import type { Database } from 'better-sqlite3';
import type { MutationTx } from '../../../shared/mutations/define';
import { INDEX_FILTERS, PRIMARY_KEYS } from '../../../shared/mutations/tables';
import type { TableIndexes, TableName, TableRows } from '../../../shared/mutations/tables';
import { INDEX_FIELDS } from './index-fields';
import { canonicalJson } from '../../../shared/util/canonical-json';

/** Which device's mutation a write belongs to, kept in the change log. */
export interface WriteOrigin {
  deviceId: string | null;
  seq: number | null;
}

type Row = Record<string, unknown>;

const keyOf = (table: TableName, row: Row): string => String(row[PRIMARY_KEYS[table]]);

/** The (index, value) pairs a row answers to: string fields only, narrowed like memory-tx. */
const indexEntries = (table: TableName, row: Row): [string, string][] => {
  const narrow = INDEX_FILTERS[table] as Record<string, ((r: Row) => boolean) | undefined> | undefined;
  const out: [string, string][] = [];
  for (const field of INDEX_FIELDS[table] as readonly string[]) {
    const value = row[field];
    // memory-tx matches with ===, and findBy takes a string: a null or number never matches.
    if (typeof value === 'string' && (narrow?.[field]?.(row) ?? true)) out.push([field, value]);
  }
  return out;
};

/**
 * The hub's synced tables over the `rows` / `row_index` / `change_log` schema (see migrations.ts).
 * The caller owns the transaction: the push runs each mutator inside a savepoint of its own.
 */
export const createHubStore = (db: Database) => {
  const getRow = db.prepare<[string, string], { data: string | null }>('SELECT data FROM rows WHERE tbl = ? AND key = ?');
  const allRows = db.prepare<[string], { data: string }>(
    'SELECT data FROM rows WHERE tbl = ? AND data IS NOT NULL ORDER BY key',
  );
  const byIndex = db.prepare<[string, string, string], { data: string }>(
    `SELECT r.data FROM row_index i JOIN rows r ON r.tbl = i.tbl AND r.key = i.key
     WHERE i.tbl = ? AND i.idx = ? AND i.value = ? ORDER BY i.key`,
  );
  const logChange = db.prepare<[string, string, number, string | null, number | null]>(
    'INSERT INTO change_log (tbl, key, deleted, device_id, seq) VALUES (?, ?, ?, ?, ?)',
  );
  const upsert = db.prepare<[string, string, string | null, number]>(
    `INSERT INTO rows (tbl, key, data, version) VALUES (?, ?, ?, ?)
     ON CONFLICT (tbl, key) DO UPDATE SET data = excluded.data, version = excluded.version`,
  );
  const dropIndex = db.prepare<[string, string]>('DELETE FROM row_index WHERE tbl = ? AND key = ?');
  const addIndex = db.prepare<[string, string, string, string]>(
    'INSERT INTO row_index (tbl, idx, value, key) VALUES (?, ?, ?, ?)',
  );

  /** Every write takes the next server version and stamps it on the row (tombstones too). */
  const write = (table: TableName, key: string, data: string | null, origin: WriteOrigin): void => {
    const version = Number(logChange.run(table, key, data === null ? 1 : 0, origin.deviceId, origin.seq).lastInsertRowid);
    upsert.run(table, key, data, version);
    dropIndex.run(table, key);
  };

  // Rows are parsed fresh from JSON on every read, so a mutator can never edit the store through
  // an object it holds (the same guarantee memory-tx gets from structuredClone).
  const parse = <T>(data: string): T => JSON.parse(data) as T;

  const txFor = (origin: WriteOrigin): MutationTx => ({
    get: <T extends TableName>(table: T, id: string) => {
      const data = getRow.get(table, id)?.data;
      return typeof data === 'string' ? parse<TableRows[T]>(data) : undefined;
    },
    put: (table, row) => {
      const r = row as Row;
      const key = keyOf(table, r);
      write(table, key, canonicalJson(r), origin);
      for (const [idx, value] of indexEntries(table, r)) addIndex.run(table, idx, value, key);
    },
    delete: (table, id) => {
      // Deleting an absent row changes nothing, so it logs nothing (memory-tx: Map.delete no-op).
      if (typeof getRow.get(table, id)?.data !== 'string') return;
      write(table, id, null, origin);
    },
    findBy: <T extends TableName>(table: T, index: TableIndexes[T], value: string) =>
      byIndex.all(table, String(index), value).map((r) => parse<TableRows[T]>(r.data)),
    all: <T extends TableName>(table: T) => allRows.all(table).map((r) => parse<TableRows[T]>(r.data)),
  });

  return { txFor };
};
export type HubStore = ReturnType<typeof createHubStore>;
