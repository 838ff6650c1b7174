import referenceSeed from '../../../../resources/seed/reference.json';
import type { MutationActor } from '../../../../shared/mutations/define';
import { createMemoryStore, runInMemory } from '../../../../shared/mutations/memory-tx';
import type { MutationArgs, MutationName } from '../../../../shared/mutations/registry';
import { isMutationName } from '../../../../shared/mutations/registry';
import { TABLE_NAMES } from '../../../../shared/mutations/tables';
import type { TableName, TableRows } from '../../../../shared/mutations/tables';
import type { Executor } from '../../db/executor';
import type { SyncedSnapshot } from '../digest';
import { syncOutboxQueries } from '../sync-outbox';
import type { Database } from 'better-sqlite3';

/** Actors and argument builders shared by the sync tests. */
export const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
export const ADMIN_ID = 'admin-1';
export const ADMIN: MutationActor = { staffId: ADMIN_ID, roles: ['admin'] };
export const COUNTER: MutationActor = { staffId: 'k1', roles: ['counter'] };
export const VERIFIER = `scrypt$10$8$1$c2FsdHNhbHRzYWx0c2FsdA$${'h'.repeat(43)}`;

export const must = (outcome: { ok: boolean }, what = 'mutation'): void => {
  if (!outcome.ok) throw new Error(`${what} failed: ${JSON.stringify(outcome)}`);
};

/** A new branch on a desktop: reference data, the first admin, a counter clerk k1 and escorts e1, e2. */
export const startBranch = (ex: Executor): void => {
  must(ex.apply('reference.seed', referenceSeed as MutationArgs<'reference.seed'>, SYSTEM), 'seed');
  must(
    ex.apply(
      'setup.createFirstAdmin',
      { staffId: ADMIN_ID, unitId: 'unit-s6', name: '管理者', username: 'admin', verifier: VERIFIER },
      SYSTEM,
    ),
    'admin',
  );
  for (const [id, roles] of [
    ['k1', ['counter']],
    ['e1', ['inspector']],
    ['e2', ['inspector']],
  ] as const) {
    must(ex.apply('staff.save', { staff: { id, unitId: 'unit-s1', name: `人員${id}`, username: id, roles: [...roles], active: true, demo: false } }, ADMIN));
  }
};

export const intakeArgs = (visitId: string): MutationArgs<'visit.intake'> => ({
  visitId,
  dayKey: '2026-11-27',
  visitor: { id: `p-${visitId}`, name: '王小明', phone: '0912345678', companyId: null },
  company: null,
  // Two units' items: an escorted visit, received by unit-s1.
  itemIds: ['item-e01', 'item-m01'],
  escortRequested: false,
});

/**
 * What a rebase must produce: the hub's rows with every still-pending outbox mutation run again
 * on top, in order, with its original id, time and actor (roles as the rows now say).
 */
export const expectedAfterRebase = (hubRows: SyncedSnapshot, db: Database): SyncedSnapshot => {
  const mem = createMemoryStore();
  for (const t of TABLE_NAMES) {
    for (const row of Object.values(hubRows[t])) mem.tx.put(t, row as TableRows[TableName]);
  }
  for (const e of syncOutboxQueries(db).all()) {
    if (!isMutationName(e.name)) continue;
    let actor: MutationActor = SYSTEM;
    if (e.actor_id !== null) {
      const staff = mem.tx.get('staff', e.actor_id);
      if (!staff?.active) continue;
      actor = { staffId: staff.id, roles: staff.roles };
    }
    runInMemory(mem, e.name as MutationName, JSON.parse(e.args), { actor, now: e.device_time, mutationId: e.id });
  }
  return mem.snapshot() as SyncedSnapshot;
};
