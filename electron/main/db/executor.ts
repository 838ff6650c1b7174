import type { Database } from 'better-sqlite3';
import { actorMayRun, MutationRejected } from '../../../shared/mutations/define';
import type { MutationActor } from '../../../shared/mutations/define';
import { mutationByName, SCHEMA_VERSION } from '../../../shared/mutations/registry';
import type { MutationArgs, MutationName } from '../../../shared/mutations/registry';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { appendAudit } from './audit-chain';
import { sqliteMutationTx } from './mutation-tx';
import { auditLogQueries } from './queries/audit-log';
import { deviceQueries } from './queries/device';
import { createTableStores } from './queries';
import { outboxQueries } from './queries/outbox';
import { beforeImageQueries, recordingTx } from '../sync/before-images';

/** Unwinds a batch's transaction when one of its mutations is refused. */
class BatchAborted extends Error {}

export interface ExecutorDeps {
  db: Database;
  now: () => Date;
  newId: () => string;
}

export type MutationOutcome =
  | { ok: true; mutationId: string; seq: number }
  | { ok: false; kind: 'rejected'; code: string; message: string; details?: Record<string, string | number> }
  | { ok: false; kind: 'invalid_args'; message: string }
  | { ok: false; kind: 'forbidden'; message: string };

/**
 * Applies named mutations locally. One SQLite transaction holds the data change, the outbox row
 * (UUIDv7 id, next per-device sequence) and the chained audit row: a crash keeps all three or none.
 * A rejected or invalid mutation writes nothing at all.
 */
export const createExecutor = (deps: ExecutorDeps) => {
  const { db } = deps;
  const stores = createTableStores(db);
  const tx = sqliteMutationTx(stores);
  const outbox = outboxQueries(db);
  const device = deviceQueries(db);
  const audit = auditLogQueries(db);
  const beforeImages = beforeImageQueries(db);
  device.ensure(deps.newId());
  // Told after a mutation committed (the sync scheduler pushes soon after a local change).
  const changeListeners = new Set<() => void>();
  const changed = () => {
    for (const l of changeListeners) l();
  };

  const apply = <N extends MutationName>(name: N, rawArgs: MutationArgs<N>, actor: MutationActor): MutationOutcome => {
    const def = mutationByName(name);
    if (!def) return { ok: false, kind: 'invalid_args', message: `unknown mutation ${name}` };
    const parsed = def.args.safeParse(rawArgs);
    if (!parsed.success) return { ok: false, kind: 'invalid_args', message: parsed.error.message };
    const args = parsed.data;
    const mutationId = deps.newId();
    const now = deps.now().toISOString();
    const ctx = { actor, now, mutationId };
    if (!actorMayRun(def, args, ctx)) return { ok: false, kind: 'forbidden', message: `${name} not allowed` };
    try {
      const seq = db
        .transaction(() => {
          // The rows it writes, as they were before: sync takes the optimistic effect back to rebase.
          const recorded = recordingTx(stores, tx);
          def.run(recorded.tx, args, ctx);
          const seq = device.takeSeq();
          outbox.insert({
            id: mutationId,
            seq,
            name,
            args: canonicalJson(args),
            actor_id: actor.staffId,
            device_time: now,
            schema_version: SCHEMA_VERSION,
          });
          beforeImages.insertAll(seq, recorded.images);
          const a = def.audit(args);
          appendAudit(audit, {
            at: now,
            actor_id: actor.staffId,
            action: name,
            entity: a.entity,
            entity_id: a.entityId,
            summary: a.summary,
            mutation_id: mutationId,
          });
          return seq;
        })
        .immediate();
      // Inside a batch nothing is committed yet: applyBatch tells the listeners once, after its commit.
      if (!db.inTransaction) changed();
      return { ok: true, mutationId, seq };
    } catch (err) {
      if (err instanceof MutationRejected) {
        return {
          ok: false,
          kind: 'rejected',
          code: err.code,
          message: err.message,
          ...(err.details ? { details: err.details } : {}),
        };
      }
      throw err;
    }
  };

  /**
   * Applies several mutations all or nothing: the first refusal rolls back every one before it
   * (an import must never be half done). Each still gets its own outbox row and audit row.
   */
  const applyBatch = (
    items: readonly { name: MutationName; args: unknown; actor: MutationActor }[],
  ): { ok: true; count: number } | { ok: false; index: number; outcome: Exclude<MutationOutcome, { ok: true }> } => {
    let failure: { index: number; outcome: Exclude<MutationOutcome, { ok: true }> } | undefined;
    try {
      db.transaction(() => {
        items.forEach((item, index) => {
          const outcome = apply(item.name, item.args as MutationArgs<MutationName>, item.actor);
          if (!outcome.ok) {
            failure = { index, outcome };
            throw new BatchAborted();
          }
        });
      }).immediate();
    } catch (err) {
      if (!(err instanceof BatchAborted)) throw err;
    }
    if (failure) return { ok: false, ...failure };
    changed();
    return { ok: true, count: items.length };
  };

  /** Records a non-mutation event (login, denial) in the same chained audit log. */
  const recordEvent = (e: { actorId: string | null; action: string; entity: string; entityId: string; summary: string }) =>
    db
      .transaction(() =>
        appendAudit(audit, {
          at: deps.now().toISOString(),
          actor_id: e.actorId,
          action: e.action,
          entity: e.entity,
          entity_id: e.entityId,
          summary: e.summary,
          mutation_id: null,
        }),
      )
      .immediate();

  /** Listens for committed local mutations; returns the unsubscribe function. */
  const onChange = (listener: () => void): (() => void) => {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  };

  return { apply, applyBatch, recordEvent, onChange, stores, tx, outbox, audit, device };
};
export type Executor = ReturnType<typeof createExecutor>;
