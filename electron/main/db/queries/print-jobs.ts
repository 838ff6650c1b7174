import type { Database } from 'better-sqlite3';

export type PrintJobState = 'queued' | 'sending' | 'done' | 'failed' | 'uncertain';

export interface PrintJobRow {
  id: string;
  kind: 'label' | 'pdf' | 'test';
  title: string;
  profile_id: string | null;
  profile_name: string;
  transport: string;
  language: string;
  payload_file: string;
  payload_bytes: number;
  payload_sha256: string;
  state: PrintJobState;
  attempts: number;
  error_code: string | null;
  error_message: string | null;
  spool_id: string | null;
  reprint_of: string | null;
  created_at: string;
  updated_at: string;
}

const COLS = `id, kind, title, profile_id, profile_name, transport, language, payload_file, payload_bytes, payload_sha256,
  state, attempts, error_code, error_message, spool_id, reprint_of, created_at, updated_at`;

/** The print queue: device-local, one row per job, kept with its state after it ends. */
export const printJobQueries = (db: Database) => {
  const insert = db.prepare<[PrintJobRow]>(
    `INSERT INTO print_jobs (${COLS}) VALUES (@id, @kind, @title, @profile_id, @profile_name, @transport, @language,
       @payload_file, @payload_bytes, @payload_sha256, @state, @attempts, @error_code, @error_message, @spool_id,
       @reprint_of, @created_at, @updated_at)`,
  );
  const get = db.prepare<[string], PrintJobRow>(`SELECT ${COLS} FROM print_jobs WHERE id = ?`);
  const recent = db.prepare<[number], PrintJobRow>(`SELECT ${COLS} FROM print_jobs ORDER BY created_at DESC, id DESC LIMIT ?`);
  const sending = db.prepare<[string, string]>(
    `UPDATE print_jobs SET state = 'sending', attempts = attempts + 1, error_code = NULL, error_message = NULL,
       updated_at = ? WHERE id = ?`,
  );
  const finish = db.prepare<[{ id: string; state: PrintJobState; error_code: string | null; error_message: string | null; spool_id: string | null; updated_at: string }]>(
    `UPDATE print_jobs SET state = @state, error_code = @error_code, error_message = @error_message,
       spool_id = COALESCE(@spool_id, spool_id), updated_at = @updated_at WHERE id = @id`,
  );
  const interruptSending = db.prepare<[string]>(
    `UPDATE print_jobs SET state = 'uncertain', error_code = 'PRINT_INTERRUPTED',
       error_message = 'the app stopped while sending', updated_at = ? WHERE state = 'sending'`,
  );
  const interruptQueued = db.prepare<[string]>(
    `UPDATE print_jobs SET state = 'failed', error_code = 'PRINT_INTERRUPTED',
       error_message = 'the app stopped before sending', updated_at = ? WHERE state = 'queued'`,
  );
  return {
    insert: (row: PrintJobRow) => void insert.run(row),
    get: (id: string) => get.get(id),
    recent: (limit: number) => recent.all(limit),
    markSending: (id: string, at: string) => void sending.run(at, id),
    finish: (r: { id: string; state: PrintJobState; error_code: string | null; error_message: string | null; spool_id: string | null; updated_at: string }) =>
      void finish.run(r),
    /**
     * After a restart: a job caught while sending may have printed (uncertain, never resent on its own);
     * one still queued never left this machine (failed, so it can be retried).
     */
    recoverInterrupted: db.transaction((at: string) => ({
      uncertain: interruptSending.run(at).changes,
      failed: interruptQueued.run(at).changes,
    })),
  };
};
