import type { Database } from 'better-sqlite3';
import type { TableIndexes, TableName, TableRows } from '../../../../shared/mutations/tables';

/** One synced table's parameterized statements, as the mutation transaction needs them. */
export interface TableStore<T extends TableName> {
  get(id: string): TableRows[T] | undefined;
  put(row: TableRows[T]): void;
  delete(id: string): void;
  findBy(index: TableIndexes[T], value: string): TableRows[T][];
  all(): TableRows[T][];
}

export type TableStores = { [T in TableName]: TableStore<T> };

export const bool = (v: boolean): number => (v ? 1 : 0);

/** The literal statements of one table; each table file writes its own SQL. */
export interface StoreSql<I extends string> {
  get: string;
  all: string;
  put: string;
  del: string;
  /** One statement per secondary look-up, taking the value as its only parameter. */
  by: Record<I, string>;
}

/**
 * The plumbing every synced table shares: prepare the table's statements once and map rows to
 * entities both ways. Column names live only in the table's own SQL and mappers.
 */
export const sqlStore = <T extends TableName, Row extends object>(
  db: Database,
  sql: StoreSql<TableIndexes[T] & string>,
  toEntity: (r: Row) => TableRows[T],
  toRow: (e: TableRows[T]) => Row,
): TableStore<T> => {
  const get = db.prepare<[string], Row>(sql.get);
  const all = db.prepare<[], Row>(sql.all);
  const put = db.prepare<[Row]>(sql.put);
  const del = db.prepare<[string]>(sql.del);
  const by = new Map(Object.entries<string>(sql.by).map(([k, q]) => [k, db.prepare<[string], Row>(q)]));
  return {
    get: (id) => {
      const r = get.get(id);
      return r && toEntity(r);
    },
    put: (e) => void put.run(toRow(e)),
    delete: (id) => void del.run(id),
    findBy: (index, value) => {
      const stmt = by.get(index as string);
      if (!stmt) throw new Error(`no index ${String(index)}`);
      return stmt.all(value).map(toEntity);
    },
    all: () => all.all().map(toEntity),
  };
};
