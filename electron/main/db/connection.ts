import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';

export interface ConnectionOptions {
  /** Path of a better-sqlite3 binding built for another ABI (Electron's); tests use the Node build. */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Opens a connection with the pragmas every BranchDesk database uses: WAL with FULL sync (a
 * committed transaction is on disk), foreign keys on, and a busy timeout for the backup reader.
 */
export const openConnection = (file: string, opts: ConnectionOptions = {}): Db => {
  const db = new Database(file, {
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    ...(opts.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
};
