/**
 * SQL text built from a table's column list, for tables whose statements are plain (every column
 * written, upsert by id). Only identifiers from our own code reach it, never input.
 */
export const columnList = (columns: readonly string[]): string => columns.join(', ');

export const upsertSql = (table: string, columns: readonly string[], key = 'id'): string =>
  `INSERT INTO ${table} (${columnList(columns)}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
   ON CONFLICT (${key}) DO UPDATE SET ${columns
     .filter((c) => c !== key)
     .map((c) => `${c} = excluded.${c}`)
     .join(', ')}`;
