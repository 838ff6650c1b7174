import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';

export interface ConnectionOptions {
  /** Path of a better-sqlite3 binding built for another ABI (Electron's); tests use the Node build. */
  nativeBinding?: string;
  readonly?: boolean;
  /**
   * Leave the journal mode as found. Switching to WAL rewrites the file header, so a caller that
   * may still refuse the file (too new, corrupt) switches only after its checks, with `enableWal`.
   */
  keepJournalMode?: boolean;
}

/** WAL lets the backup reader run beside the writer; the switch is persistent and rewrites the header. */
export const enableWal = (db: Db): void => {
  db.pragma('journal_mode = WAL');
};

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
    if (!opts.readonly && !opts.keepJournalMode) enableWal(db);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
};
