import type { Database } from 'better-sqlite3';
import { DEFAULT_PULL_LIMIT, MAX_PULL_PAGE_BYTES } from '../../../shared/sync/wire';
import type { PullRequest, PullResponse, RowChange } from '../../../shared/sync/wire';
import { deviceQueries } from '../store/devices';
import { HubError } from './hub-error';

interface ChangedRow {
  tbl: string;
  key: string;
  data: string | null;
  version: number;
}

/**
 * Pull: the rows whose version is above the cursor, oldest first, each once in its latest state
 * (a tombstone if deleted). Versions only grow, so a row changed between two pages moves past the
 * cursor and is sent again later — paging never misses a change. The page is read in one
 * transaction so lastProcessedSeq and the rows agree.
 *
 * Not yet: branch scoping (this slice serves one branch), tombstone purging with a horizon and
 * "must resync" for cursors older than it.
 */
export const createPullService = (db: Database) => {
  const devices = deviceQueries(db);
  const page = db.prepare<[number, number], ChangedRow>(
    'SELECT tbl, key, data, version FROM rows WHERE version > ? ORDER BY version LIMIT ?',
  );
  // AUTOINCREMENT's high-water mark: the highest version ever handed out, even if later superseded.
  const highWater = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'");

  const pull = (deviceId: string, req: PullRequest): PullResponse =>
    db.transaction((): PullResponse => {
      const device = devices.get(deviceId);
      if (!device) throw new HubError(401, 'UNAUTHENTICATED', 'unknown device');
      const latest = highWater.get()?.seq ?? 0;
      if (req.cursor > latest) {
        // A cursor from another hub or from before a restore: only a fresh sync is safe.
        throw new HubError(409, 'MUST_RESYNC', 'the cursor is ahead of this hub; sync again from the beginning', {
          cursor: req.cursor,
          latest,
        });
      }
      const limit = req.limit ?? DEFAULT_PULL_LIMIT;
      const rows = page.all(req.cursor, limit + 1);
      const changes: RowChange[] = [];
      let bytes = 0;
      for (const r of rows.slice(0, limit)) {
        bytes += Buffer.byteLength(r.data ?? 'null', 'utf8') + r.tbl.length + r.key.length;
        if (changes.length > 0 && bytes > MAX_PULL_PAGE_BYTES) break;
        changes.push({
          table: r.tbl,
          key: r.key,
          row: r.data === null ? null : (JSON.parse(r.data) as Record<string, unknown>),
          version: r.version,
        });
      }
      const last = changes.at(-1);
      return {
        changes,
        lastProcessedSeq: device.last_seq,
        nextCursor: last ? last.version : req.cursor,
        hasMore: changes.length < rows.length,
      };
    })();

  return { pull };
};
