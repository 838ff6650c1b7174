import type { Branch, BusinessItem, Credential, Parameter, Setting, Staff, Unit } from '../domain/reference';

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
}

export const PRIMARY_KEYS = {
  branches: 'id',
  units: 'id',
  staff: 'id',
  business_items: 'id',
  parameters: 'key',
  credentials: 'staffId',
  settings: 'key',
} as const satisfies { [T in TableName]: keyof TableRows[T] };

export const TABLE_NAMES = Object.keys(PRIMARY_KEYS) as TableName[];
