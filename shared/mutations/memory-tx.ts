import type { MutationContext, MutationTx } from './define';
import { actorMayRun, MutationRejected } from './define';
import { mutationByName } from './registry';
import type { MutationName } from './registry';
import type { TableIndexes, TableName, TableRows } from './tables';
import { INDEX_FILTERS, PRIMARY_KEYS, TABLE_NAMES } from './tables';

type Assert<T extends true> = T;
/**
 * findBy matches an index by the row field of the same name. This fails to compile if a table
 * ever declares an index that is not a field of its row (then the memory store needs a mapping).
 */
export type IndexesAreRowFields = Assert<
  { [T in TableName]: [TableIndexes[T]] extends [keyof TableRows[T]] ? true : false }[TableName] extends true ? true : false
>;

type Tables = { [T in TableName]: Map<string, TableRows[T]> };

const emptyTables = (): Tables => {
  const tables = {} as Record<TableName, Map<string, unknown>>;
  for (const t of TABLE_NAMES) tables[t] = new Map();
  return tables as Tables;
};

const keyOf = <T extends TableName>(table: T, row: TableRows[T]): string =>
  String((row as Record<string, unknown>)[PRIMARY_KEYS[table]]);

/** Rows are copied in and out, so a mutator holding a row object can never edit the store behind its back. */
const copy = <R>(row: R): R => structuredClone(row);

const txOver = (tables: Tables): MutationTx => ({
  get: (table, id) => {
    const row = tables[table].get(id);
    return row === undefined ? undefined : copy(row);
  },
  put: (table, row) => {
    tables[table].set(keyOf(table, row), copy(row));
  },
  delete: (table, id) => {
    tables[table].delete(id);
  },
  // Every declared index is named after the row field it matches on (see TableIndexes), narrowed
  // where INDEX_FILTERS says so, exactly as the SQLite stores answer it.
  findBy: (table, index, value) => {
    const narrow = (INDEX_FILTERS[table] as Record<string, ((row: unknown) => boolean) | undefined> | undefined)?.[index];
    return [...tables[table].values()]
      .filter((r) => (r as Record<string, unknown>)[index] === value && (narrow?.(r) ?? true))
      .map(copy);
  },
  all: (table) => [...tables[table].values()].map(copy),
});

/**
 * A staging copy for one transaction. Shallow is enough: stored rows are never edited in place
 * (put stores a fresh copy, get hands one out), so the staged maps may share row objects.
 */
const cloneTables = (tables: Tables): Tables => {
  const out = {} as Record<TableName, Map<string, unknown>>;
  for (const t of TABLE_NAMES) out[t] = new Map<string, unknown>(tables[t] as Map<string, unknown>);
  return out as Tables;
};

export interface MemoryStore {
  /** Writes straight to the store (for arranging a test's starting data). */
  readonly tx: MutationTx;
  /**
   * Runs `fn` on a staged copy and keeps its writes only if it returns: a throw (a rejection or a
   * bug) leaves the store exactly as it was, like a rolled-back SQLite transaction.
   */
  transact<R>(fn: (tx: MutationTx) => R): R;
  /** A deep copy of every table's rows, keyed by primary key, for before/after comparisons. */
  snapshot(): { [T in TableName]: Record<string, TableRows[T]> };
}

/**
 * An in-memory MutationTx for running mutators without a database: unit tests here, and the
 * hub's tests later. Pure TypeScript (no node:*), so it runs in every runtime shared/ targets.
 */
export const createMemoryStore = (): MemoryStore => {
  let tables = emptyTables();
  return {
    get tx() {
      return txOver(tables);
    },
    transact(fn) {
      const staged = cloneTables(tables);
      const result = fn(txOver(staged));
      tables = staged;
      return result;
    },
    snapshot() {
      const out = {} as Record<TableName, Record<string, unknown>>;
      for (const t of TABLE_NAMES) out[t] = Object.fromEntries([...tables[t]].map(([k, v]) => [k, copy(v)]));
      return out as { [T in TableName]: Record<string, TableRows[T]> };
    },
  };
};

export type MemoryOutcome =
  | { ok: true }
  | { ok: false; kind: 'rejected'; code: string; details?: Record<string, string | number> }
  | { ok: false; kind: 'invalid_args' }
  | { ok: false; kind: 'forbidden' };

/**
 * Runs a registered mutation the way the executor does (parse args, check the actor, run all or
 * nothing), minus the outbox and audit, which are the executor's concern.
 */
export const runInMemory = (
  store: MemoryStore,
  name: MutationName,
  rawArgs: unknown,
  ctx: MutationContext,
): MemoryOutcome => {
  const def = mutationByName(name);
  if (!def) return { ok: false, kind: 'invalid_args' };
  const parsed = def.args.safeParse(rawArgs);
  if (!parsed.success) return { ok: false, kind: 'invalid_args' };
  if (!actorMayRun(def, parsed.data, ctx)) return { ok: false, kind: 'forbidden' };
  try {
    store.transact((tx) => def.run(tx, parsed.data, ctx));
    return { ok: true };
  } catch (err) {
    if (err instanceof MutationRejected) {
      return { ok: false, kind: 'rejected', code: err.code, ...(err.details ? { details: err.details } : {}) };
    }
    throw err;
  }
};
