import type { Database } from 'better-sqlite3';

export interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  summary: string;
  mutation_id: string | null;
  prev_hash: string;
  hash: string;
}

export const auditLogQueries = (db: Database) => {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare<[AuditRow]>(
    `INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, summary, mutation_id, prev_hash, hash)
     VALUES (@seq, @at, @actor_id, @action, @entity, @entity_id, @summary, @mutation_id, @prev_hash, @hash)`,
  );
  const page = db.prepare<[number, number], AuditRow & { actor_name: string | null }>(
    `SELECT a.*, s.name AS actor_name FROM audit_log a LEFT JOIN staff s ON s.id = a.actor_id
     WHERE a.seq < ? ORDER BY a.seq DESC LIMIT ?`,
  );
  const from = db.prepare<[number, number], AuditRow>('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?');
  return {
    last: () => last.get(),
    insert: (r: AuditRow) => void insert.run(r),
    page: (beforeSeq: number, limit: number) => page.all(beforeSeq, limit),
    /** Rows after `afterSeq`, in order, for the chain verifier. */
    chunkAfter: (afterSeq: number, limit: number) => from.all(afterSeq, limit),
  };
};
export type AuditLogQueries = ReturnType<typeof auditLogQueries>;
