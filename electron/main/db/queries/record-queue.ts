import type { Database } from 'better-sqlite3';
import type { RecordRow } from './record-sheets';
import { RECORD_COLUMNS } from './record-sheets';

/** The sign-off queues: what waits for a signer (oldest first) and what waits on an author. */
export const recordQueueQueries = (db: Database) => {
  const forUnits = db.prepare<[string], RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM record_sheets
     WHERE status = 'submitted' AND unit_id IN (SELECT value FROM json_each(?))
     ORDER BY submitted_at, id LIMIT 500`,
  );
  const byAuthor = db.prepare<[string], RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM record_sheets
     WHERE created_by = ? AND status IN ('draft', 'returned', 'submitted')
     ORDER BY updated_at DESC, id LIMIT 500`,
  );
  const recentSigned = db.prepare<{ units: string; author: string }, RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM record_sheets
     WHERE status = 'signed' AND (unit_id IN (SELECT value FROM json_each(@units)) OR created_by = @author)
     ORDER BY signed_at DESC, id LIMIT 50`,
  );
  return {
    submittedFor: (unitIds: readonly string[]) => forUnits.all(JSON.stringify(unitIds)),
    openByAuthor: (staffId: string) => byAuthor.all(staffId),
    recentSigned: (unitIds: readonly string[], authorId: string) => recentSigned.all({ units: JSON.stringify(unitIds), author: authorId }),
  };
};
