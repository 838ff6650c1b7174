import type { Database } from 'better-sqlite3';

/** This installation's identity and outbox sequence counter (one row). */
export const deviceQueries = (db: Database) => {
  const get = db.prepare<[], { device_id: string; next_seq: number }>('SELECT device_id, next_seq FROM device WHERE id = 1');
  const create = db.prepare<[string]>('INSERT INTO device (id, device_id, next_seq) VALUES (1, ?, 1)');
  const take = db.prepare<[], { seq: number }>(
    'UPDATE device SET next_seq = next_seq + 1 WHERE id = 1 RETURNING next_seq - 1 AS seq',
  );
  return {
    get: () => get.get(),
    /** Creates the device row once; later calls keep the first id. */
    ensure: (newId: string) => {
      const row = get.get();
      if (row) return row.device_id;
      create.run(newId);
      return newId;
    },
    /** The next per-device sequence number; call inside the mutation's transaction. */
    takeSeq: (): number => {
      const r = take.get();
      if (!r) throw new Error('device row missing');
      return r.seq;
    },
  };
};
export type DeviceQueries = ReturnType<typeof deviceQueries>;
