import type { Database } from 'better-sqlite3';

export interface SyncStateRow {
  hub_url: string | null;
  device_name: string | null;
  sealed_token: string | null;
  branch_id: string | null;
  cursor: number;
  stage_cursor: number | null;
  pushed_seq: number;
  full_resync: number;
  rebase_pending: number;
  interval_seconds: number;
  last_sync_at: string | null;
  last_attempt_at: string | null;
  problem_code: string | null;
  problem_message: string | null;
}

/** The one sync_state row (migration 006). Each setter is its own statement: column names are never built. */
export const syncStateQueries = (db: Database) => {
  const get = db.prepare<[], SyncStateRow>('SELECT * FROM sync_state WHERE id = 1');
  const setHub = db.prepare<[{ hub_url: string; device_name: string; sealed_token: string; branch_id: string }]>(
    `UPDATE sync_state SET hub_url = @hub_url, device_name = @device_name, sealed_token = @sealed_token,
       branch_id = @branch_id, problem_code = NULL, problem_message = NULL WHERE id = 1`,
  );
  const setHubUrl = db.prepare<[string]>('UPDATE sync_state SET hub_url = ? WHERE id = 1 AND hub_url IS NOT NULL');
  const setInterval = db.prepare<[number]>('UPDATE sync_state SET interval_seconds = ? WHERE id = 1');
  const setPushed = db.prepare<[number]>('UPDATE sync_state SET pushed_seq = ? WHERE id = 1');
  const setCursor = db.prepare<[number]>(
    'UPDATE sync_state SET cursor = ?, stage_cursor = NULL, full_resync = 0 WHERE id = 1',
  );
  const setStageCursor = db.prepare<[number]>('UPDATE sync_state SET stage_cursor = ? WHERE id = 1');
  const startResync = db.prepare('UPDATE sync_state SET full_resync = 1, cursor = 0, stage_cursor = NULL WHERE id = 1');
  const setRebasePending = db.prepare<[number]>('UPDATE sync_state SET rebase_pending = ? WHERE id = 1');
  const setAttempt = db.prepare<[string]>('UPDATE sync_state SET last_attempt_at = ? WHERE id = 1');
  const setSynced = db.prepare<[string]>(
    'UPDATE sync_state SET last_sync_at = ?, problem_code = NULL, problem_message = NULL WHERE id = 1',
  );
  const setProblem = db.prepare<[string | null, string | null]>(
    'UPDATE sync_state SET problem_code = ?, problem_message = ? WHERE id = 1',
  );
  const row = (): SyncStateRow => {
    const r = get.get();
    if (!r) throw new Error('sync_state row missing');
    return r;
  };
  return {
    get: row,
    setHub: (h: { hubUrl: string; deviceName: string; sealedToken: string; branchId: string }) =>
      void setHub.run({ hub_url: h.hubUrl, device_name: h.deviceName, sealed_token: h.sealedToken, branch_id: h.branchId }),
    /** A new address for the same hub (the token stays); nothing happens while unconfigured. */
    setHubUrl: (url: string) => setHubUrl.run(url).changes === 1,
    setIntervalSeconds: (s: number) => void setInterval.run(s),
    setPushedSeq: (seq: number) => void setPushed.run(seq),
    /** The applied cursor moves; a staged snapshot and a pending full resync are done with. */
    setCursor: (cursor: number) => void setCursor.run(cursor),
    setStageCursor: (cursor: number) => void setStageCursor.run(cursor),
    startFullResync: () => void startResync.run(),
    setRebasePending: (on: boolean) => void setRebasePending.run(on ? 1 : 0),
    setAttempt: (at: string) => void setAttempt.run(at),
    setSynced: (at: string) => void setSynced.run(at),
    setProblem: (code: string | null, message: string | null) => void setProblem.run(code, message),
  };
};
export type SyncStateQueries = ReturnType<typeof syncStateQueries>;
