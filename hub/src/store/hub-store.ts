import type { MutationTx } from '../../../shared/mutations/define';
import type { TableIndexes, TableName, TableRows } from '../../../shared/mutations/tables';
import { canonicalJson } from '../../../shared/util/canonical-json';
import type { HubSession, RowWrite, WriteOrigin } from './backend';
import { indexEntries, keyOf } from './index-fields';

type Row = Record<string, unknown>;

/** A read the cache could not answer yet; the mutator is run again once it is loaded. */
type Load = { kind: 'get'; tbl: string; key: string } | { kind: 'findBy'; tbl: string; idx: string; value: string } | { kind: 'all'; tbl: string };

class NeedRows extends Error {
  constructor(readonly load: Load) {
    super('rows needed');
  }
}

/** A read from storage failed: the whole push fails (the device retries), never the mutation. */
export class StorageFailure extends Error {
  constructor(cause: unknown) {
    super(`hub storage failed: ${String(cause)}`, { cause });
    this.name = 'StorageFailure';
  }
}

/** How often one mutator may be re-run for reads before the hub gives up on it (a runaway loop). */
const MAX_RERUNS = 10_000;

const SEP = '\u0000';
const rowKey = (tbl: string, key: string) => `${tbl}${SEP}${key}`;
const findKey = (tbl: string, idx: string, value: string) => `${tbl}${SEP}${idx}${SEP}${value}`;

/**
 * A branch's synced rows as mutators see them on the hub, for the length of one transaction.
 *
 * Mutators are synchronous and deterministic (architecture.md), storage may not be: a mutator runs
 * against this cache, each read it needs and the cache lacks is loaded (synchronously where the
 * engine can, else by stopping the mutator, loading, and running it again — safe because its writes
 * are only buffered), and its writes are kept in an overlay that becomes row writes only if it
 * completes. A refusal or crash therefore writes nothing, with no savepoint needed. Reads see the
 * mutator's own earlier writes, as memory-tx and the desktop's SQLite do. Rows are parsed fresh on
 * every read and copied on every write, so a mutator can never edit the store through an object.
 *
 * The cache is valid only while the branch is locked (one push): `applied` folds committed writes in.
 */
export const createBranchRows = (session: HubSession, branch: string) => {
  /** Base state: data JSON, or null for absent / tombstone. */
  const rows = new Map<string, string | null>();
  /** Cached findBy answers: keys of live rows, with the reverse map for updates. */
  const finds = new Map<string, Set<string>>();
  const findsOfRow = new Map<string, Set<string>>();
  const alls = new Map<string, Set<string>>();
  const sync = session.syncReader;

  const remember = (tbl: string, key: string, data: string | null) => rows.set(rowKey(tbl, key), data);
  const noteFind = (fk: string, tbl: string, keys: Set<string>) => {
    finds.set(fk, keys);
    for (const k of keys) {
      const rk = rowKey(tbl, k);
      let set = findsOfRow.get(rk);
      if (!set) findsOfRow.set(rk, (set = new Set()));
      set.add(fk);
    }
  };

  const store = (l: Load, found: string | null | undefined | { key: string; data: string }[]): void => {
    if (l.kind === 'get') {
      remember(l.tbl, l.key, typeof found === 'string' ? found : null);
      return;
    }
    const list = found as { key: string; data: string }[];
    for (const r of list) remember(l.tbl, r.key, r.data);
    const keys = new Set(list.map((r) => r.key));
    if (l.kind === 'findBy') noteFind(findKey(l.tbl, l.idx, l.value), l.tbl, keys);
    else alls.set(l.tbl, keys);
  };

  const loadSync = (l: Load): boolean => {
    if (!sync) return false;
    try {
      if (l.kind === 'get') store(l, sync.get(branch, l.tbl, l.key));
      else if (l.kind === 'findBy') store(l, sync.findBy(branch, l.tbl, l.idx, l.value));
      else store(l, sync.all(branch, l.tbl));
    } catch (err) {
      throw new StorageFailure(err);
    }
    return true;
  };

  const load = async (l: Load): Promise<void> => {
    try {
      if (l.kind === 'get') store(l, await session.getRow(branch, l.tbl, l.key));
      else if (l.kind === 'findBy') store(l, await session.findBy(branch, l.tbl, l.idx, l.value));
      else store(l, await session.all(branch, l.tbl));
    } catch (err) {
      throw new StorageFailure(err);
    }
  };

  const need = (l: Load): void => {
    if (!loadSync(l)) throw new NeedRows(l);
  };

  const baseData = (tbl: string, key: string): string | null => {
    const rk = rowKey(tbl, key);
    if (!rows.has(rk)) need({ kind: 'get', tbl, key });
    return rows.get(rk) ?? null;
  };

  const txOver = (overlay: Map<string, { tbl: string; key: string; row: Row | null }>): MutationTx => {
    const merged = (tbl: TableName, baseKeys: Set<string>, matches: (row: Row) => boolean): Row[] => {
      const out = new Map<string, Row>();
      for (const k of baseKeys) {
        if (overlay.has(rowKey(tbl, k))) continue;
        const data = rows.get(rowKey(tbl, k));
        if (typeof data === 'string') out.set(k, JSON.parse(data) as Row);
      }
      for (const w of overlay.values()) {
        if (w.tbl === tbl && w.row !== null && matches(w.row)) out.set(w.key, structuredClone(w.row));
      }
      return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
    };
    return {
      get: <T extends TableName>(table: T, id: string) => {
        const w = overlay.get(rowKey(table, id));
        if (w) return (w.row === null ? undefined : structuredClone(w.row)) as TableRows[T] | undefined;
        const data = baseData(table, id);
        return data === null ? undefined : (JSON.parse(data) as TableRows[T]);
      },
      put: (table, row) => {
        const key = keyOf(table, row as Row);
        overlay.delete(rowKey(table, key)); // re-insert: flush order follows the latest write
        overlay.set(rowKey(table, key), { tbl: table, key, row: structuredClone(row) as Row });
      },
      delete: (table, id) => {
        overlay.delete(rowKey(table, id));
        overlay.set(rowKey(table, id), { tbl: table, key: id, row: null });
      },
      findBy: <T extends TableName>(table: T, index: TableIndexes[T], value: string) => {
        const idx = String(index);
        const fk = findKey(table, idx, value);
        if (!finds.has(fk)) need({ kind: 'findBy', tbl: table, idx, value });
        const base = finds.get(fk) ?? new Set<string>();
        return merged(table, base, (r) => indexEntries(table, r).some(([i, v]) => i === idx && v === value)) as TableRows[T][];
      },
      all: <T extends TableName>(table: T) => {
        if (!alls.has(table)) need({ kind: 'all', tbl: table });
        return merged(table, alls.get(table) ?? new Set(), () => true) as TableRows[T][];
      },
    };
  };

  /**
   * Runs fn (a mutator) to completion against the cache and returns the row writes it amounts to:
   * the net effect per row, skipping deletes of absent rows and puts that change nothing.
   * A MutationRejected or any other error from fn propagates, with nothing written.
   */
  const run = async (fn: (tx: MutationTx) => void): Promise<RowWrite[]> => {
    for (let attempt = 0; attempt < MAX_RERUNS; attempt += 1) {
      const overlay = new Map<string, { tbl: string; key: string; row: Row | null }>();
      try {
        fn(txOver(overlay));
      } catch (err) {
        if (err instanceof NeedRows) {
          await load(err.load);
          continue;
        }
        throw err;
      }
      const writes: RowWrite[] = [];
      for (const w of overlay.values()) {
        let before: string | null;
        try {
          before = baseData(w.tbl, w.key);
        } catch (err) {
          if (!(err instanceof NeedRows)) throw err;
          await load(err.load);
          before = rows.get(rowKey(w.tbl, w.key)) ?? null;
        }
        const data = w.row === null ? null : canonicalJson(w.row);
        if (data === before) continue;
        writes.push({ tbl: w.tbl, key: w.key, data, index: w.row === null ? [] : indexEntries(w.tbl as TableName, w.row) });
      }
      return writes;
    }
    throw new Error(`a mutator needed more than ${MAX_RERUNS} reads`);
  };

  /** Writes rows through the session and folds them into the cache. */
  const write = async (writes: readonly RowWrite[], origin: WriteOrigin): Promise<void> => {
    if (writes.length === 0) return;
    await session.writeRows(branch, writes, origin);
    for (const w of writes) {
      const rk = rowKey(w.tbl, w.key);
      remember(w.tbl, w.key, w.data);
      for (const fk of findsOfRow.get(rk) ?? []) finds.get(fk)?.delete(w.key);
      findsOfRow.delete(rk);
      for (const [idx, value] of w.index) {
        const fk = findKey(w.tbl, idx, value);
        const set = finds.get(fk);
        if (!set) continue;
        set.add(w.key);
        let rev = findsOfRow.get(rk);
        if (!rev) findsOfRow.set(rk, (rev = new Set()));
        rev.add(fk);
      }
      const all = alls.get(w.tbl);
      if (all) {
        if (w.data === null) all.delete(w.key);
        else all.add(w.key);
      }
    }
  };

  /** Reads outside a mutation (the actor's staff row): the same cache, no writes. */
  const read = async <T>(fn: (tx: MutationTx) => T): Promise<T> => {
    for (let attempt = 0; attempt < MAX_RERUNS; attempt += 1) {
      try {
        return fn(txOver(new Map()));
      } catch (err) {
        if (!(err instanceof NeedRows)) throw err;
        await load(err.load);
      }
    }
    throw new Error(`a read needed more than ${MAX_RERUNS} loads`);
  };

  return { run, write, read };
};
export type BranchRows = ReturnType<typeof createBranchRows>;
