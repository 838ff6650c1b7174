import type { Database } from 'better-sqlite3';

export interface OutboxEntry {
  id: string;
  seq: number;
  name: string;
  args: string;
  actor_id: string | null;
  device_time: string;
  schema_version: number;
}

export const outboxQueries = (db: Database) => {
  const insert = db.prepare<[OutboxEntry]>(
    `INSERT INTO outbox (id, seq, name, args, actor_id, device_time, schema_version)
     VALUES (@id, @seq, @name, @args, @actor_id, @device_time, @schema_version)`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox');
  const list = db.prepare<[number], OutboxEntry>(
    'SELECT id, seq, name, args, actor_id, device_time, schema_version FROM outbox ORDER BY seq LIMIT ?',
  );
  return {
    insert: (e: OutboxEntry) => void insert.run(e),
    count: () => count.get()?.n ?? 0,
    list: (limit: number) => list.all(limit),
  };
};
export type OutboxQueries = ReturnType<typeof outboxQueries>;
