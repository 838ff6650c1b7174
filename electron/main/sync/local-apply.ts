import type { Database } from 'better-sqlite3';
import { SqliteError } from 'better-sqlite3';
import { actorMayRun, MutationRejected } from '../../../shared/mutations/define';
import type { MutationActor, MutationTx } from '../../../shared/mutations/define';
import { mutationByName } from '../../../shared/mutations/registry';
import { PRIMARY_KEYS, TABLE_NAMES } from '../../../shared/mutations/tables';
import type { TableName, TableRows } from '../../../shared/mutations/tables';
import type { RowChange } from '../../../shared/sync/wire';
import type { OutboxEntry } from '../db/queries/outbox';
import type { TableStore, TableStores } from '../db/queries/table-store';
import { beforeImageQueries, recordingTx } from './before-images';
import { syncOutboxQueries } from './sync-outbox';

/** A row from the hub this desktop cannot take (unknown table, key that does not match the row). */
export class ApplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApplyError';
  }
}

const isTableName = (name: string): name is TableName => (TABLE_NAMES as readonly string[]).includes(name);
const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
const SQL_NAME = /^[a-z_]+$/;

export interface RedoReport {
  reapplied: number;
  /** Pending mutations that have no local effect now (refused on re-run); the hub will decide. */
  refusedLocally: string[];
}

/**
 * The writes sync makes to the synced tables, outside the executor. Two kinds of transaction:
 *
 * 1. settle (undo + apply): take back the optimistic effect of every outbox mutation (restore
 *    before-images, newest first), write the hub's rows, trim the acknowledged outbox. Runs with
 *    deferred foreign keys (a page may carry a child before its re-written parent) and with the
 *    apply guard up (a signed record the hub sends, or one a pending sign must be taken back
 *    from). It ends in the hub's state, so the deferred check at commit holds.
 * 2. redo: re-run each still-pending mutator on top, in order, with its original id, actor and
 *    time — each in a savepoint with foreign keys and triggers as strict as for any local write. A
 *    refusal undoes only that mutation: it has no local effect until the hub decides.
 */
export const createLocalApply = (db: Database, stores: TableStores, baseTx: MutationTx) => {
  const images = beforeImageQueries(db);
  const outbox = syncOutboxQueries(db);
  const guardOn = db.prepare('INSERT INTO sync_apply_guard (id) VALUES (1)');
  const guardOff = db.prepare('DELETE FROM sync_apply_guard');
  const existing = new Set(
    db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name),
  );
  // Table names come from the shared constant list, checked against the schema: never from data.
  const clearTable = new Map(
    TABLE_NAMES.map((t) => {
      if (!SQL_NAME.test(t) || !existing.has(t)) throw new Error(`synced table ${t} is missing from the database`);
      return [t, db.prepare(`DELETE FROM ${t}`)] as const;
    }),
  );

  // A crash can never leave the guard up (it is written and removed inside one transaction), but
  // an interrupted process from an older build might have: never start with it present.
  guardOff.run();

  // The row is the hub's JSON of the entity; the table's own mapper and STRICT schema check it.
  const put = (table: TableName, row: Record<string, unknown>) =>
    (stores[table] as unknown as TableStore<TableName>).put(row as unknown as TableRows[TableName]);

  const checked = (c: RowChange): { table: TableName; key: string; row: Record<string, unknown> | null } => {
    if (!isTableName(c.table)) throw new ApplyError(`unknown table ${c.table}`);
    if (c.row !== null && String(c.row[PRIMARY_KEYS[c.table]]) !== c.key) {
      throw new ApplyError(`row of ${c.table} does not carry its key ${c.key}`);
    }
    return { table: c.table, key: c.key, row: c.row };
  };

  /** Runs fn as part of the caller's transaction with deferred foreign keys and the guard up. */
  const guarded = <R>(fn: () => R): R => {
    if (!db.inTransaction) throw new Error('sync apply must run inside a transaction');
    db.pragma('defer_foreign_keys = ON');
    guardOn.run();
    try {
      return fn();
    } finally {
      guardOff.run();
    }
  };

  /** Back to the state before any outbox mutation: restore every before-image, newest first. */
  const undoOutbox = () => {
    for (const im of images.newestFirst()) {
      if (!isTableName(im.tbl)) continue;
      if (im.row === null) stores[im.tbl].delete(im.key);
      else put(im.tbl, JSON.parse(im.row) as Record<string, unknown>);
    }
  };

  /**
   * The hub's rows. Every changed key is removed first and the new states inserted after: a
   * uniqueness (a username, a case number) that moved between two rows never collides half way.
   */
  const writeChanges = (changes: readonly RowChange[]) => {
    const rows = changes.map(checked);
    for (const c of rows) stores[c.table].delete(c.key);
    for (const c of rows) if (c.row !== null) put(c.table, c.row);
  };

  /** A full snapshot replaces the synced tables: a row the hub no longer has goes too. */
  const replaceAll = (changes: readonly RowChange[]) => {
    const rows = changes.map(checked);
    for (const stmt of clearTable.values()) stmt.run();
    for (const c of rows) if (c.row !== null) put(c.table, c.row);
  };

  /** Transaction 1 (the caller's): undo, write the hub's rows, drop what the hub has answered for. */
  const settle = (changes: readonly RowChange[], mode: 'merge' | 'replace', acknowledgedUpTo: number) =>
    guarded(() => {
      if (mode === 'replace') replaceAll(changes);
      else {
        undoOutbox();
        writeChanges(changes);
      }
      // Every optimistic effect is gone now, so every image describes a past state: redo records
      // them afresh (and a crash before redo leaves rebase_pending set, so redo runs first on start).
      images.dropAll();
      outbox.dropUpTo(acknowledgedUpTo);
    });

  const actorFor = (e: OutboxEntry): MutationActor | undefined => {
    if (e.actor_id === null) return SYSTEM;
    const staff = stores.staff.get(e.actor_id);
    return staff?.active ? { staffId: staff.id, roles: staff.roles } : undefined;
  };

  const redoOne = (e: OutboxEntry): boolean => {
    images.dropSeq(e.seq);
    const def = mutationByName(e.name);
    if (!def) return false;
    const parsed = def.args.safeParse(JSON.parse(e.args));
    const actor = actorFor(e);
    if (!parsed.success || !actor) return false;
    const ctx = { actor, now: e.device_time, mutationId: e.id };
    if (!actorMayRun(def, parsed.data, ctx)) return false;
    try {
      // Nested: a savepoint, so a refusal rolls back this mutation only.
      db.transaction(() => {
        const recorded = recordingTx(stores, baseTx);
        def.run(recorded.tx, parsed.data, ctx);
        images.insertAll(e.seq, recorded.images);
      })();
      return true;
    } catch (err) {
      if (err instanceof MutationRejected || err instanceof SqliteError) return false;
      throw err;
    }
  };

  /** Transaction 2 (the caller's): every pending mutation again, in order. */
  const redo = (): RedoReport => {
    const report: RedoReport = { reapplied: 0, refusedLocally: [] };
    for (const e of outbox.all()) {
      if (redoOne(e)) report.reapplied += 1;
      else report.refusedLocally.push(e.id);
    }
    return report;
  };

  return { settle, redo };
};
export type LocalApply = ReturnType<typeof createLocalApply>;
