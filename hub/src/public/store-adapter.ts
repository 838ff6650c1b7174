import type { CaseToken } from '../../../shared/domain/inspection-case';
import { MutationRejected } from '../../../shared/mutations/define';
import { applyMilestone } from '../integration/milestone-writer';
import type { MilestoneOutcome, MilestoneWriter } from '../integration/milestone-writer';
import type { HubBackend, HubSession } from '../store/backend';
import { createBranchRows } from '../store/hub-store';
import { publicViewFor } from './case-view';
import type { CaseProgressReader, CaseRows } from './case-view';
import { createReferenceCache } from './reference-cache';

/*
 * The one place the public page and the milestone API meet the hub's storage: it finds the branch
 * and runs publicViewFor (over plain row reads) and applyMilestone (over the mutators' row cache)
 * in a transaction of the backend, SQLite or PostgreSQL alike.
 */

/** How long a unit's or branch's name is remembered for the public page (see reference-cache.ts). */
const REFERENCE_TTL_MS = 30_000;

const parse = <T>(data: string | null | undefined): T | undefined => (typeof data === 'string' ? (JSON.parse(data) as T) : undefined);

/** A token is found in whichever branch holds it; one read-only snapshot per page. */
export const createCaseReader = (backend: HubBackend): CaseProgressReader => {
  const reference = createReferenceCache<string | null | undefined>(REFERENCE_TTL_MS, 1000);
  const rowsOf = (s: HubSession, branch: string): CaseRows => ({
    get: async (table, key) => {
      const read = () => s.getRow(branch, table, key);
      const data = table === 'units' || table === 'branches' ? reference(`${branch}\u0000${table}\u0000${key}`, read) : read();
      return parse(await data);
    },
    findBy: async (table, index, value) => (await s.findBy(branch, table, String(index), value)).map((r) => JSON.parse(r.data)),
  });
  return {
    byToken: (token) =>
      backend.transaction(
        async (s) => {
          const hit = await s.findAnyBranch('case_tokens', token);
          return hit ? publicViewFor(rowsOf(s, hit.branch), JSON.parse(hit.data) as CaseToken) : undefined;
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

export const createCaseAdapters = (backend: HubBackend, branchId: string) => ({
  reader: createCaseReader(backend),
  writer: createMilestoneWriter(backend, branchId),
});
