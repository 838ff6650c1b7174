import type { Database } from 'better-sqlite3';

export interface RejectionRow {
  mutation_id: string;
  seq: number;
  name: string;
  args: string;
  actor_id: string | null;
  device_time: string;
  code: string;
  message: string;
  received_at: string;
  dismissed_at: string | null;
}

/** Mutations the hub refused, kept for the panel until someone has read them (never swallowed). */
export const rejectionQueries = (db: Database) => {
  const insert = db.prepare<[Omit<RejectionRow, 'dismissed_at'>]>(
    `INSERT INTO sync_rejections (mutation_id, seq, name, args, actor_id, device_time, code, message, received_at)
     VALUES (@mutation_id, @seq, @name, @args, @actor_id, @device_time, @code, @message, @received_at)
     ON CONFLICT (mutation_id) DO NOTHING`,
  );
  const open = db.prepare<[number], RejectionRow>(
    'SELECT * FROM sync_rejections WHERE dismissed_at IS NULL ORDER BY received_at DESC, seq DESC LIMIT ?',
  );
  const openCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sync_rejections WHERE dismissed_at IS NULL');
  const dismiss = db.prepare<[string, string]>(
    'UPDATE sync_rejections SET dismissed_at = ? WHERE mutation_id = ? AND dismissed_at IS NULL',
  );
  return {
    /** Idempotent: a retried push answers the stored result again, recorded once. */
    insert: (r: Omit<RejectionRow, 'dismissed_at'>) => void insert.run(r),
    open: (limit: number) => open.all(limit),
    openCount: () => openCount.get()?.n ?? 0,
    dismiss: (mutationId: string, at: string) => dismiss.run(at, mutationId).changes === 1,
  };
};
export type RejectionQueries = ReturnType<typeof rejectionQueries>;
