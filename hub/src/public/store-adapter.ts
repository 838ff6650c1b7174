import type { CaseToken } from '../../../shared/domain/inspection-case';
import { MutationRejected } from '../../../shared/mutations/define';
import { applyMilestone } from '../integration/milestone-writer';
import type { MilestoneOutcome, MilestoneWriter } from '../integration/milestone-writer';
import type { HubBackend, SyncRowReader } from '../store/backend';
import { createBranchRows } from '../store/hub-store';
import { publicViewFor } from './case-view';
import type { CaseProgressReader, CaseRows, PublicCaseView } from './case-view';

/*
 * The one place the public page and the milestone API meet the hub's storage: it finds the branch
 * and runs publicViewFor and applyMilestone, both written against the mutators' read interface,
 * in a transaction of the backend, SQLite or PostgreSQL alike.
 */

/** Case views kept for repeat visits (a phone refreshing its page); the least recently read go first. */
export const VIEW_CACHE_SIZE = 5000;

/**
 * A token is found in whichever branch holds it; one read-only snapshot per page. Where the engine
 * answers reads synchronously (SQLite) the view is read straight through; elsewhere through the
 * branch's row cache, which loads what the view asks for and runs it again.
 */
export const createCaseReader = (backend: HubBackend, viewCacheSize = VIEW_CACHE_SIZE): CaseProgressReader => {
  const direct = (r: SyncRowReader, branch: string): CaseRows => ({
    get: (table, key) => {
      const data = r.get(branch, table, key);
      return typeof data === 'string' ? JSON.parse(data) : undefined;
    },
    findBy: (table, index, value) => r.findBy(branch, table, String(index), value).map((row) => JSON.parse(row.data)),
  });
  /**
   * Views already read, by token, with the branch's version they were read at. A hit is used only
   * after checking, in the same snapshot, that the branch has had no change since (one indexed
   * read instead of the case's rows): never stale, and a revoked token is a change like any other.
   */
  const views = new Map<string, { branch: string; version: number; view: PublicCaseView }>();
  const remember = (token: string, entry: { branch: string; version: number; view: PublicCaseView }) => {
    views.delete(token);
    if (viewCacheSize === 0) return;
    if (views.size >= viewCacheSize) {
      const oldest = views.keys().next().value;
      if (oldest !== undefined) views.delete(oldest);
    }
    views.set(token, entry);
  };
  return {
    byToken: (token) =>
      backend.transaction(
        async (s) => {
          const cached = views.get(token);
          if (cached && (await s.lastChange(cached.branch)) === cached.version) {
            remember(token, cached);
            return cached.view;
          }
          const hit = await s.findAnyBranch('case_tokens', token);
          if (!hit) return undefined;
          const version = await s.lastChange(hit.branch);
          const t = JSON.parse(hit.data) as CaseToken;
          const view = s.syncReader
            ? publicViewFor(direct(s.syncReader, hit.branch), t)
            : await createBranchRows(s, hit.branch).read((tx) => publicViewFor(tx, t));
          if (view) remember(token, { branch: hit.branch, version, view });
          return view;
        },
        { snapshot: true },
      ),
  };
};

/**
 * A case number is looked up in `branchId` (the hub's configured branch): the session has no
 * cross-branch look-up by index yet, so a hub serving several branches from one PostgreSQL needs
 * one here (or the branch named by the integration).
 */
export const createMilestoneWriter = (backend: HubBackend, branchId: string): MilestoneWriter => ({
  add: async (cmd) => {
    try {
      return await backend.transaction(
        async (s): Promise<MilestoneOutcome> => {
          const rows = createBranchRows(s, branchId);
          let outcome: MilestoneOutcome | undefined;
          // run() may re-run the function after loading rows; the last run's outcome is the one written.
          const writes = await rows.run((tx) => {
            outcome = applyMilestone(tx, cmd);
          });
          // Writes of the central system belong to no device.
          await rows.write(writes, { deviceId: null, seq: null, at: cmd.now });
          if (!outcome) throw new Error('milestone outcome missing');
          return outcome;
        },
        { lockBranch: branchId },
      );
    } catch (err) {
      if (err instanceof MutationRejected) return { outcome: 'rejected', code: err.code, message: err.message };
      throw err;
    }
  },
});

export const createCaseAdapters = (backend: HubBackend, branchId: string, viewCacheSize?: number) => ({
  reader: createCaseReader(backend, viewCacheSize),
  writer: createMilestoneWriter(backend, branchId),
});
