import type { Database } from 'better-sqlite3';
import type { RowChange } from '../../../shared/sync/wire';

interface StagedRow {
  tbl: string;
  key: string;
  row: string | null;
  version: number;
}

/**
 * Pages of a multi-page pull, kept until the last page is in. A row staged twice keeps its later
 * state (a later page always carries a higher version). Durable, so a snapshot cut off half way
 * resumes from the staged cursor instead of starting over.
 */
export const stagingQueries = (db: Database) => {
  const put = db.prepare<[StagedRow]>(
    `INSERT INTO sync_staging (tbl, key, row, version) VALUES (@tbl, @key, @row, @version)
     ON CONFLICT (tbl, key) DO UPDATE SET row = excluded.row, version = excluded.version
     WHERE excluded.version >= sync_staging.version`,
  );
  const all = db.prepare<[], StagedRow>('SELECT tbl, key, row, version FROM sync_staging ORDER BY version');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sync_staging');
  const clear = db.prepare('DELETE FROM sync_staging');
  return {
    stage: (changes: readonly RowChange[]) => {
      for (const c of changes) {
        put.run({ tbl: c.table, key: c.key, row: c.row === null ? null : JSON.stringify(c.row), version: c.version });
      }
    },
    /** Everything staged, oldest version first, as row changes again. */
    all: (): RowChange[] =>
      all.all().map((r) => ({
        table: r.tbl,
        key: r.key,
        row: r.row === null ? null : (JSON.parse(r.row) as Record<string, unknown>),
        version: r.version,
      })),
    count: () => count.get()?.n ?? 0,
    clear: () => void clear.run(),
  };
};
export type StagingQueries = ReturnType<typeof stagingQueries>;
