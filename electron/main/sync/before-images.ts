import type { Database } from 'better-sqlite3';
import type { MutationTx } from '../../../shared/mutations/define';
import { PRIMARY_KEYS } from '../../../shared/mutations/tables';
import type { TableName } from '../../../shared/mutations/tables';
import type { TableStores } from '../db/queries/table-store';

/** A row as it was just before an outbox mutation first wrote it; null: it did not exist. */
export interface BeforeImage {
  tbl: TableName;
  key: string;
  row: string | null;
}

export interface StoredBeforeImage extends BeforeImage {
  seq: number;
  ord: number;
}

/**
 * Wraps a mutation transaction so that the first write to each row keeps that row's prior state.
 * Undoing a mutation is then restoring its images; undoing several is doing so newest first.
 */
export const recordingTx = (stores: TableStores, base: MutationTx) => {
  const images: BeforeImage[] = [];
  const seen = new Set<string>();
  const remember = (table: TableName, key: string) => {
    const id = `${table}\u0000${key}`;
    if (seen.has(id)) return;
    seen.add(id);
    const prior = stores[table].get(key);
    images.push({ tbl: table, key, row: prior === undefined ? null : JSON.stringify(prior) });
  };
  const tx: MutationTx = {
    get: (table, id) => base.get(table, id),
    findBy: (table, index, value) => base.findBy(table, index, value),
    all: (table) => base.all(table),
    put: (table, row) => {
      remember(table, String((row as Record<string, unknown>)[PRIMARY_KEYS[table]]));
      base.put(table, row);
    },
    delete: (table, id) => {
      remember(table, id);
      base.delete(table, id);
    },
  };
  return { tx, images };
};

export const beforeImageQueries = (db: Database) => {
  const insert = db.prepare<[StoredBeforeImage]>(
    'INSERT INTO sync_before_images (seq, ord, tbl, key, row) VALUES (@seq, @ord, @tbl, @key, @row)',
  );
  const newestFirst = db.prepare<[], StoredBeforeImage>(
    'SELECT seq, ord, tbl, key, row FROM sync_before_images ORDER BY seq DESC, ord DESC',
  );
  const dropSeq = db.prepare<[number]>('DELETE FROM sync_before_images WHERE seq = ?');
  const dropAll = db.prepare('DELETE FROM sync_before_images');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sync_before_images');
  return {
    insertAll: (seq: number, images: readonly BeforeImage[]) =>
      images.forEach((im, ord) => insert.run({ seq, ord, tbl: im.tbl, key: im.key, row: im.row })),
    /** Every image, newest mutation first and within it last write first: the order to undo in. */
    newestFirst: () => newestFirst.all(),
    dropSeq: (seq: number) => void dropSeq.run(seq),
    dropAll: () => void dropAll.run(),
    count: () => count.get()?.n ?? 0,
  };
};
export type BeforeImageQueries = ReturnType<typeof beforeImageQueries>;
