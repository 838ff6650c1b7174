import type { Database } from 'better-sqlite3';
import type { OutboxEntry } from '../db/queries/outbox';

/** The outbox as sync reads and trims it (the executor appends; only sync removes). */
export const syncOutboxQueries = (db: Database) => {
  const after = db.prepare<[number, number], OutboxEntry>(
    'SELECT id, seq, name, args, actor_id, device_time, schema_version FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const all = db.prepare<[], OutboxEntry>(
    'SELECT id, seq, name, args, actor_id, device_time, schema_version FROM outbox ORDER BY seq',
  );
  const bounds = db.prepare<[], { lo: number | null; hi: number | null; n: number }>(
    'SELECT min(seq) AS lo, max(seq) AS hi, count(*) AS n FROM outbox',
  );
  const dropUpTo = db.prepare<[number]>('DELETE FROM outbox WHERE seq <= ?');
  const dropAll = db.prepare('DELETE FROM outbox');
  const nextSeq = db.prepare<[], { next_seq: number }>('SELECT next_seq FROM device WHERE id = 1');
  const setNextSeq = db.prepare<[number]>('UPDATE device SET next_seq = ? WHERE id = 1');
  // Two steps through negative numbers: UNIQUE(seq) is checked row by row during an UPDATE.
  const negate = db.prepare('UPDATE outbox SET seq = -seq');
  const unNegate = db.prepare<[number]>('UPDATE outbox SET seq = ? - seq');
  const negateImages = db.prepare('UPDATE sync_before_images SET seq = -seq');
  const unNegateImages = db.prepare<[number]>('UPDATE sync_before_images SET seq = ? - seq');
  return {
    after: (seq: number, limit: number) => after.all(seq, limit),
    all: () => all.all(),
    bounds: () => bounds.get() ?? { lo: null, hi: null, n: 0 },
    dropUpTo: (seq: number) => void dropUpTo.run(seq),
    dropAll: () => void dropAll.run(),
    nextSeq: () => nextSeq.get()?.next_seq ?? 1,
    setNextSeq: (seq: number) => void setNextSeq.run(seq),
    /** Shifts every outbox sequence (and its before-images) by delta, keeping the order. */
    shift: (delta: number) => {
      negate.run();
      unNegate.run(delta);
      negateImages.run();
      unNegateImages.run(delta);
    },
  };
};
export type SyncOutboxQueries = ReturnType<typeof syncOutboxQueries>;
