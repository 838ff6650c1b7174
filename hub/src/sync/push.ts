import { actorMayRun, MutationRejected } from '../../../shared/mutations/define';
import type { MutationActor } from '../../../shared/mutations/define';
import { mutationByName, SCHEMA_VERSION } from '../../../shared/mutations/registry';
import type { MutationResult, PushMutation, PushRequest, PushResponse } from '../../../shared/sync/wire';
import type { DeviceRow, HubBackend, RowWrite } from '../store/backend';
import { createBranchRows, StorageFailure } from '../store/hub-store';
import type { BranchRows } from '../store/hub-store';
import { HubError } from './hub-error';

const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
const MAX_MESSAGE = 500;

type Decision = Pick<MutationResult, 'outcome' | 'code' | 'message'>;
const rejected = (code: string, message: string): Decision => ({ outcome: 'rejected', code, message: message.slice(0, MAX_MESSAGE) });

export interface PushDeps {
  backend: HubBackend;
  now: () => Date;
  /** A mutator that crashed (a bug, not a refusal): logged, stored as rejected MUTATOR_FAILED. */
  onMutatorCrash?: (err: unknown, m: PushMutation) => void;
}

/** A mutation naming another branch than its device's is refused with the whole push. */
const claimedBranch = (args: unknown): string | undefined => {
  if (typeof args !== 'object' || args === null) return undefined;
  const b = (args as Record<string, unknown>).branchId;
  return typeof b === 'string' ? b : undefined;
};

/** A branch row other than the device's own, or any row that names another branch. */
const writesOtherBranch = (w: RowWrite, branch: string): boolean => {
  if (w.tbl === 'branches') return w.key !== branch;
  if (w.data === null) return false;
  const named = (JSON.parse(w.data) as Record<string, unknown>).branchId;
  return typeof named === 'string' && named !== branch;
};

/**
 * Push, after architecture.md: mutations in order; a seen seq returns its stored result; a gap is
 * refused; each new one runs the shared mutator against the hub's data of the device's branch with
 * the hub's clock and its own view of the actor, and its outcome is stored and the device's seq
 * advanced even when it is rejected. A mutation that names or writes another branch's data refuses
 * the whole push (403 WRONG_BRANCH, nothing kept): that is a misconfigured desktop, not a conflict.
 *
 * One transaction per push, holding the branch's write lock: two pushes of one branch (from any
 * number of hub processes) never interleave, so no update is lost and no seq is decided twice.
 * A mutator's writes are buffered until it completes (see hub-store.ts), so a rejection writes
 * nothing of its own, and a crash mid-push keeps nothing at all (the device simply retries).
 */
export const createPushService = (deps: PushDeps) => {
  const { backend } = deps;

  /** The hub decides who the actor is: its own staff row, never the roles a desktop claims. */
  const actorFor = async (rows: BranchRows, m: PushMutation, systemOnly: boolean): Promise<MutationActor | Decision> => {
    if (m.actorId === null) {
      // Only the app's own first-run mutations run without a person; a null actor is never a superuser.
      return systemOnly ? SYSTEM : rejected('NO_ACTOR', 'a signed-in person is needed');
    }
    const actorId = m.actorId;
    const staff = await rows.read((tx) => tx.get('staff', actorId));
    if (!staff?.active) return rejected('UNKNOWN_ACTOR', 'the person who ran this is unknown or inactive on the hub');
    return { staffId: staff.id, roles: staff.roles };
  };

  const decide = async (rows: BranchRows, branch: string, deviceId: string, m: PushMutation, at: string): Promise<Decision> => {
    const def = mutationByName(m.name);
    if (!def) return rejected('UNKNOWN_MUTATION', `no mutation named ${m.name}`);
    const parsed = def.args.safeParse(m.args);
    if (!parsed.success) return rejected('INVALID_ARGS', parsed.error.message);
    const actor = await actorFor(rows, m, def.roles === 'system');
    if ('outcome' in actor) return actor;
    const ctx = { actor, now: at, mutationId: m.id };
    if (!actorMayRun(def, parsed.data, ctx)) return rejected('FORBIDDEN', `${m.name} is not allowed for this person`);
    let writes;
    try {
      writes = await rows.run((tx) => def.run(tx, parsed.data, ctx));
    } catch (err) {
      if (err instanceof MutationRejected) return rejected(err.code, err.message);
      // Anything else is a deterministic bug in a mutator: retrying would fail forever and stall
      // the device's outbox, so it gets an outcome like any other. A storage failure may be
      // transient: it fails the whole push (nothing kept) so the device retries.
      if (err instanceof StorageFailure) throw err;
      deps.onMutatorCrash?.(err, m);
      return rejected('MUTATOR_FAILED', 'the hub could not run this mutation');
    }
    const foreign = writes.find((w) => writesOtherBranch(w, branch));
    if (foreign) {
      throw new HubError(403, 'WRONG_BRANCH', `${m.name} writes data of another branch than this device belongs to`, { seq: m.seq });
    }
    await rows.write(writes, { deviceId, seq: m.seq, at });
    return { outcome: 'applied' };
  };

  const checkOrder = (device: DeviceRow, mutations: readonly PushMutation[]): void => {
    const first = mutations[0]?.seq ?? device.last_seq + 1;
    mutations.forEach((m, i) => {
      if (m.seq !== first + i) {
        throw new HubError(409, 'SEQ_GAP', 'mutations in a push must have consecutive sequence numbers', {
          expected: first + i,
          got: m.seq,
        });
      }
    });
    if (first > device.last_seq + 1) {
      throw new HubError(409, 'SEQ_GAP', 'the hub has not seen the sequence numbers before this push', {
        expected: device.last_seq + 1,
        got: first,
      });
    }
  };

  const push = async (authed: DeviceRow, req: PushRequest): Promise<PushResponse> => {
    if (req.schemaVersion !== SCHEMA_VERSION) {
      throw new HubError(
        409,
        'SCHEMA_MISMATCH',
        `desktop data version ${req.schemaVersion}, hub ${SCHEMA_VERSION}: update the ${req.schemaVersion < SCHEMA_VERSION ? 'desktop app' : 'hub'}; pending changes stay in the desktop's outbox`,
        { device: req.schemaVersion, hub: SCHEMA_VERSION },
      );
    }
    const foreign = req.mutations.find((m) => {
      const b = claimedBranch(m.args);
      return b !== undefined && b !== authed.branch_id;
    });
    if (foreign) {
      throw new HubError(403, 'WRONG_BRANCH', 'a mutation names another branch than this device belongs to', { seq: foreign.seq });
    }
    const branch = authed.branch_id;
    return backend.transaction(
      async (s): Promise<PushResponse> => {
        // Re-read under the lock: the seq and the revocation are decided here, not at authentication.
        const device = await s.deviceById(authed.id);
        if (!device || device.revoked) throw new HubError(401, 'UNAUTHENTICATED', 'unknown or revoked device');
        checkOrder(device, req.mutations);
        const rows = createBranchRows(s, branch);
        let lastSeq = device.last_seq;
        const out: MutationResult[] = [];
        for (const m of req.mutations) {
          if (m.seq <= lastSeq) {
            const seen = await s.getResult(device.id, m.seq);
            // The same seq with another id means the device lost its state and reused numbers:
            // answering with the old outcome would silently drop the new mutation.
            if (seen?.mutation_id !== m.id) {
              throw new HubError(409, 'SEQ_REUSED', 'this sequence number was already used by another mutation', { seq: m.seq });
            }
            out.push({
              id: m.id,
              seq: m.seq,
              outcome: seen.outcome,
              ...(seen.code === null ? {} : { code: seen.code }),
              ...(seen.message === null ? {} : { message: seen.message }),
            });
            continue;
          }
          const at = deps.now().toISOString();
          const d = await decide(rows, branch, device.id, m, at);
          await s.insertResult({
            device_id: device.id,
            seq: m.seq,
            mutation_id: m.id,
            name: m.name,
            actor_id: m.actorId,
            outcome: d.outcome,
            code: d.code ?? null,
            message: d.message ?? null,
            device_time: m.deviceTime,
            decided_at: at,
          });
          lastSeq = m.seq;
          out.push({ id: m.id, seq: m.seq, ...d });
        }
        if (lastSeq !== device.last_seq) await s.setLastSeq(device.id, lastSeq);
        return { results: out, lastSeq };
      },
      { lockBranch: branch },
    );
  };

  return { push };
};
