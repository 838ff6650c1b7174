import type { Database } from 'better-sqlite3';
import { SqliteError } from 'better-sqlite3';
import { actorMayRun, MutationRejected } from '../../../shared/mutations/define';
import type { MutationActor } from '../../../shared/mutations/define';
import { mutationByName, SCHEMA_VERSION } from '../../../shared/mutations/registry';
import type { MutationResult, PushMutation, PushRequest, PushResponse } from '../../../shared/sync/wire';
import type { DeviceRow } from '../store/devices';
import { deviceQueries, resultQueries } from '../store/devices';
import type { HubStore } from '../store/hub-store';
import { HubError } from './hub-error';

const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
const MAX_MESSAGE = 500;

type Decision = Pick<MutationResult, 'outcome' | 'code' | 'message'>;
const rejected = (code: string, message: string): Decision => ({ outcome: 'rejected', code, message: message.slice(0, MAX_MESSAGE) });

export interface PushDeps {
  db: Database;
  store: HubStore;
  now: () => Date;
  /** A mutator that crashed (a bug, not a refusal): logged, stored as rejected MUTATOR_FAILED. */
  onMutatorCrash?: (err: unknown, m: PushMutation) => void;
}

/**
 * Push, after architecture.md: mutations in order; a seen seq returns its stored result; a gap is
 * refused; each new one runs the shared mutator against the hub's data with the hub's clock and
 * its own view of the actor, and its outcome is stored and the device's seq advanced even when it
 * is rejected.
 *
 * One SQLite transaction per push, one savepoint per mutation: a rejection rolls back only its own
 * writes, while the whole push costs one fsync (synchronous=FULL) instead of one per mutation, and
 * a crash mid-push keeps none of it (the device simply retries). A push is bounded, so the write
 * lock is held for a bounded time.
 */
export const createPushService = (deps: PushDeps) => {
  const { db, store } = deps;
  const devices = deviceQueries(db);
  const results = resultQueries(db);

  /** The hub decides who the actor is: its own staff row, never the roles a desktop claims. */
  const actorFor = (m: PushMutation, systemOnly: boolean): MutationActor | Decision => {
    if (m.actorId === null) {
      // Only the app's own first-run mutations run without a person; a null actor is never a superuser.
      return systemOnly ? SYSTEM : rejected('NO_ACTOR', 'a signed-in person is needed');
    }
    const staff = store.txFor({ deviceId: null, seq: null }).get('staff', m.actorId);
    if (!staff?.active) return rejected('UNKNOWN_ACTOR', 'the person who ran this is unknown or inactive on the hub');
    return { staffId: staff.id, roles: staff.roles };
  };

  const decide = (deviceId: string, m: PushMutation): Decision => {
    const def = mutationByName(m.name);
    if (!def) return rejected('UNKNOWN_MUTATION', `no mutation named ${m.name}`);
    const parsed = def.args.safeParse(m.args);
    if (!parsed.success) return rejected('INVALID_ARGS', parsed.error.message);
    const actor = actorFor(m, def.roles === 'system');
    if ('outcome' in actor) return actor;
    const ctx = { actor, now: deps.now().toISOString(), mutationId: m.id };
    if (!actorMayRun(def, parsed.data, ctx)) return rejected('FORBIDDEN', `${m.name} is not allowed for this person`);
    const tx = store.txFor({ deviceId, seq: m.seq });
    try {
      // A nested better-sqlite3 transaction is a savepoint: a throw undoes this mutation's writes only.
      db.transaction(() => def.run(tx, parsed.data, ctx))();
      return { outcome: 'applied' };
    } catch (err) {
      if (err instanceof MutationRejected) return rejected(err.code, err.message);
      // A storage failure may be transient: fail the push (nothing kept) so the device retries.
      if (err instanceof SqliteError) throw err;
      // Anything else is a deterministic bug in a mutator: retrying would fail forever and stall
      // the device's outbox, so it gets an outcome like any other.
      deps.onMutatorCrash?.(err, m);
      return rejected('MUTATOR_FAILED', 'the hub could not run this mutation');
    }
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

  const push = (deviceId: string, req: PushRequest): PushResponse => {
    if (req.schemaVersion !== SCHEMA_VERSION) {
      throw new HubError(
        409,
        'SCHEMA_MISMATCH',
        `desktop data version ${req.schemaVersion}, hub ${SCHEMA_VERSION}: update the ${req.schemaVersion < SCHEMA_VERSION ? 'desktop app' : 'hub'}; pending changes stay in the desktop's outbox`,
        { device: req.schemaVersion, hub: SCHEMA_VERSION },
      );
    }
    return db
      .transaction((): PushResponse => {
        const device = devices.get(deviceId);
        if (!device) throw new HubError(401, 'UNAUTHENTICATED', 'unknown device');
        checkOrder(device, req.mutations);
        let lastSeq = device.last_seq;
        const out: MutationResult[] = req.mutations.map((m) => {
          if (m.seq <= lastSeq) {
            const seen = results.get(deviceId, m.seq);
            // The same seq with another id means the device lost its state and reused numbers:
            // answering with the old outcome would silently drop the new mutation.
            if (seen?.mutation_id !== m.id) {
              throw new HubError(409, 'SEQ_REUSED', 'this sequence number was already used by another mutation', { seq: m.seq });
            }
            return {
              id: m.id,
              seq: m.seq,
              outcome: seen.outcome,
              ...(seen.code === null ? {} : { code: seen.code }),
              ...(seen.message === null ? {} : { message: seen.message }),
            };
          }
          const d = decide(deviceId, m);
          results.insert({
            device_id: deviceId,
            seq: m.seq,
            mutation_id: m.id,
            name: m.name,
            actor_id: m.actorId,
            outcome: d.outcome,
            code: d.code ?? null,
            message: d.message ?? null,
            device_time: m.deviceTime,
            decided_at: deps.now().toISOString(),
          });
          lastSeq = m.seq;
          return { id: m.id, seq: m.seq, ...d };
        });
        devices.setLastSeq(deviceId, lastSeq);
        return { results: out, lastSeq };
      })
      .immediate();
  };

  return { push };
};
