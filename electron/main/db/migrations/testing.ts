import type { Database } from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openConnection } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

/**
 * Test helper for the migration tests: the returned `at(version)` opens an in-memory database
 * migrated through the first `version` steps; every database it opened is closed after each test.
 */
export const useDatabaseAt = (): ((version: number) => Database) => {
  const open: Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });
  return (version) => {
    const db = openConnection(':memory:');
    open.push(db);
    migrate(db, MIGRATIONS.slice(0, version));
    return db;
  };
};
