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

/** For tables with no secondary look-ups. */
export const noIndex = (): never => {
  throw new Error('this table has no secondary index');
};
