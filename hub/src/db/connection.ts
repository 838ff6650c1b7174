import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';

/**
 * Opens the hub's embedded database: WAL so readers (pulls, backups) never wait for the writer,
 * synchronous=FULL so an acknowledged push is on disk, and a busy timeout for a second reader.
 */
export const openHubDatabase = (file: string): Db => {
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
};
