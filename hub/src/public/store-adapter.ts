import type { MilestoneOutcome, MilestoneWriter } from '../integration/milestone-writer';
import { applyMilestone } from '../integration/milestone-writer';
import { MutationRejected } from '../../../shared/mutations/define';
import type { HubBackend } from '../store/backend';
import { createBranchRows } from '../store/hub-store';
import { publicViewFrom } from './case-view';
import type { CaseProgressReader } from './case-view';

/**
 * The one place the public page and the milestone API meet the hub's storage. publicViewFrom and
 * applyMilestone work over any MutationTx; this finds the branch and runs them in a transaction.
 *
 * A token is found in whichever branch holds it. A case number is looked up in `branchId` (the
 * hub's configured branch): the session has no cross-branch look-up by index yet, so a hub serving
 * several branches from one PostgreSQL needs one (or the branch from the integration) here.
 */
export const createCaseAdapters = (
  backend: HubBackend,
  branchId: string,
): { reader: CaseProgressReader; writer: MilestoneWriter } => ({
  reader: {
    byToken: (token) =>
      backend.transaction(
        async (s) => {
          const hit = await s.findAnyBranch('case_tokens', token);
          return hit ? createBranchRows(s, hit.branch).read((tx) => publicViewFrom(tx, token)) : undefined;
        },
        { snapshot: true },
      ),
  },
  writer: {
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
  },
});
