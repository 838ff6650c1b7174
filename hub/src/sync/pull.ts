import { DEFAULT_PULL_LIMIT, MAX_PULL_PAGE_BYTES } from '../../../shared/sync/wire';
import type { PullRequest, PullResponse, RowChange } from '../../../shared/sync/wire';
import type { DeviceRow, HubBackend } from '../store/backend';
import { HubError } from './hub-error';

/**
 * Pull: the device's branch's rows whose version is above the cursor, oldest first, each once in
 * its latest state (a tombstone if deleted). Versions only grow, so a row changed between two pages
 * moves past the cursor and is sent again later — paging never misses a change. Cursor 0 is the
 * first sync: the same pages form a resumable snapshot (the cursor after each page is where to go
 * on). A cursor older than the tombstone horizon could have missed a purged deletion, so it gets
 * MUST_RESYNC; so does one ahead of this hub (another hub, or a restored backup). The page, the
 * horizon and the device's last processed seq are read in one snapshot so they agree.
 */
export const createPullService = (backend: HubBackend) => {
  const pull = (authed: DeviceRow, req: PullRequest): Promise<PullResponse> =>
    backend.transaction(
      async (s): Promise<PullResponse> => {
        const device = await s.deviceById(authed.id);
        if (!device || device.revoked) throw new HubError(401, 'UNAUTHENTICATED', 'unknown or revoked device');
        const branch = device.branch_id;
        const [latest, horizon] = [await s.highWater(branch), await s.horizon(branch)];
        if (req.cursor > latest) {
          throw new HubError(409, 'MUST_RESYNC', 'the cursor is ahead of this hub; sync again from the beginning', {
            cursor: req.cursor,
            latest,
          });
        }
        if (req.cursor > 0 && req.cursor < horizon) {
          throw new HubError(409, 'MUST_RESYNC', 'the cursor is older than the deletions this hub still keeps; sync again from the beginning', {
            cursor: req.cursor,
            horizon,
          });
        }
        const limit = req.limit ?? DEFAULT_PULL_LIMIT;
        const rows = await s.pullPage(branch, req.cursor, limit + 1);
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
      },
      { snapshot: true },
    );

  return { pull };
};
