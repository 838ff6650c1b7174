import type { Database } from 'better-sqlite3';

export interface LoginAttemptRow {
  username: string;
  failures: number;
  locked_until: string | null;
}

/** Device-local lock-out state; not synced, not a domain record. */
export const loginAttemptQueries = (db: Database) => {
  const get = db.prepare<[string], LoginAttemptRow>('SELECT username, failures, locked_until FROM login_attempts WHERE username = ?');
  const put = db.prepare<[LoginAttemptRow]>(
    `INSERT INTO login_attempts (username, failures, locked_until) VALUES (@username, @failures, @locked_until)
     ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
  );
  const clear = db.prepare<[string]>('DELETE FROM login_attempts WHERE username = ?');
  return {
    get: (username: string) => get.get(username),
    put: (r: LoginAttemptRow) => void put.run(r),
    clear: (username: string) => void clear.run(username),
  };
};
