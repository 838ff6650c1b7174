import type { Database } from 'better-sqlite3';

/** Device-local sealed private keys (never synced). */
export const signingSecretQueries = (db: Database) => {
  const byStaff = db.prepare<[string], { key_id: string; sealed: string }>(
    'SELECT key_id, sealed FROM signing_secrets WHERE staff_id = ? ORDER BY rowid DESC',
  );
  const put = db.prepare<{ key_id: string; staff_id: string; sealed: string }>(
    `INSERT INTO signing_secrets (key_id, staff_id, sealed) VALUES (@key_id, @staff_id, @sealed)
     ON CONFLICT (key_id) DO UPDATE SET sealed = excluded.sealed`,
  );
  return {
    forStaff: (staffId: string) => byStaff.all(staffId),
    put: (keyId: string, staffId: string, sealed: string) => void put.run({ key_id: keyId, staff_id: staffId, sealed }),
  };
};
