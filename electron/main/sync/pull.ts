import { MAX_PULL_LIMIT } from '../../../shared/sync/wire';
import type { PullResponse, RowChange } from '../../../shared/sync/wire';
import type { RunContext } from './run-context';
import { RunHalted } from './run-context';
import { isHubError } from './transport';

/** A hub that keeps answering MUST_RESYNC from 0 is broken, not behind: give up after this many. */
const MAX_RESYNCS_PER_RUN = 2;

/**
 * Transaction 1 of applying the hub's rows (see local-apply.ts), with the cursor: the outbox is
 * trimmed only up to what a push has answered for (so a rejection whose push answer was lost is
 * fetched again by the next push, never dropped unseen).
 */
const settle = (rc: RunContext, changes: readonly RowChange[], mode: 'merge' | 'replace', page: PullResponse) =>
  rc.ifAlive(() =>
    rc.db
      .transaction(() => {
        const acknowledged = Math.min(page.lastProcessedSeq, rc.q.state.get().pushed_seq);
        rc.local.settle(changes, mode, acknowledged);
        rc.q.staging.clear();
        rc.q.state.setCursor(page.nextCursor);
        rc.q.state.setRebasePending(rc.q.outbox.bounds().n > 0);
      })
      .immediate(),
  );

/** Transaction 2: the pending mutations again on top of the hub's rows. */
export const redoPending = (rc: Pick<RunContext, 'db' | 'q' | 'local'>) => {
  if (rc.q.state.get().rebase_pending === 0) return undefined;
  return rc.db
    .transaction(() => {
      const report = rc.local.redo();
      rc.q.state.setRebasePending(false);
      return report;
    })
    .immediate();
};

const checkPage = (from: number, page: PullResponse) => {
  if (page.nextCursor < from || (page.hasMore && page.nextCursor === from)) {
    throw new RunHalted('PROTOCOL', `pull from ${from} answered nextCursor ${page.nextCursor}`);
  }
  for (const c of page.changes) {
    if (c.version <= from || c.version > page.nextCursor) {
      throw new RunHalted('PROTOCOL', `pull from ${from} carried version ${c.version} beyond ${page.nextCursor}`);
    }
  }
};

/**
 * Pull to the end. One page that is also the last (the usual case) is applied at once. Longer pulls
 * — a first sync, a long absence, a full resync — are staged page by page, each with its cursor in
 * one transaction (so a cut-off snapshot resumes), and applied together when the last page is in:
 * then no child row ever lands before its parent, and uniqueness never collides half way.
 */
export const pullAll = async (rc: RunContext): Promise<{ pages: number; rows: number }> => {
  const { q } = rc;
  let pages = 0;
  let rows = 0;
  let resyncs = 0;
  for (;;) {
    const st = rc.ifAlive(() => q.state.get());
    const staging = st.stage_cursor !== null;
    const from = st.stage_cursor ?? (st.full_resync === 1 ? 0 : st.cursor);
    let page: PullResponse;
    try {
      page = await rc.transport.pull({ deviceId: rc.deviceId, cursor: from, limit: MAX_PULL_LIMIT });
    } catch (err) {
      if (isHubError(err, 'MUST_RESYNC') && resyncs < MAX_RESYNCS_PER_RUN) {
        // Past the hub's tombstone horizon (or a restored hub): start over from 0, keep the outbox.
        resyncs += 1;
        rc.ifAlive(() =>
          rc.db
            .transaction(() => {
              q.staging.clear();
              q.state.startFullResync();
            })
            .immediate(),
        );
        continue;
      }
      throw err;
    }
    checkPage(from, page);
    pages += 1;
    rows += page.changes.length;
    if (!page.hasMore && !staging && st.full_resync === 0) {
      settle(rc, page.changes, 'merge', page);
    } else {
      rc.ifAlive(() =>
        rc.db
          .transaction(() => {
            q.staging.stage(page.changes);
            q.state.setStageCursor(page.nextCursor);
          })
          .immediate(),
      );
      if (!page.hasMore) settle(rc, rc.ifAlive(() => q.staging.all()), st.full_resync === 1 ? 'replace' : 'merge', page);
    }
    rc.ifAlive(() => redoPending(rc));
    if (!page.hasMore) return { pages, rows };
  }
};
