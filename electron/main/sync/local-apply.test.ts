import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { conformanceScriptWithDeletes } from '../../../tests/support/mutation-script';
import { openConnection } from '../db/connection';
import { createExecutor } from '../db/executor';
import type { Executor } from '../db/executor';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { syncedSnapshot } from './digest';
import { ApplyError, createLocalApply } from './local-apply';
import { syncOutboxQueries } from './sync-outbox';

let db: Database;
let ex: Executor;
afterEach(() => db.close());

const open = () => {
  db = openConnection(':memory:');
  migrate(db, MIGRATIONS);
  let n = 0;
  ex = createExecutor({ db, now: () => new Date('2026-11-27T01:30:00.000Z'), newId: () => `id-${String(++n).padStart(4, '0')}` });
  return createLocalApply(db, ex.stores, ex.tx);
};
const rows = () => canonicalJson(syncedSnapshot(ex.stores));
const runScript = () => {
  for (const [name, args, actor] of conformanceScriptWithDeletes()) {
    const o = ex.apply(name, args, actor);
    if (!o.ok) throw new Error(`${name}: ${JSON.stringify(o)}`);
  }
};
/** The hub accepted everything: its rows are the current ones and the outbox is answered for. */
const acceptAll = (local: ReturnType<typeof open>) => {
  const snap = syncedSnapshot(ex.stores) as unknown as Record<string, Record<string, Record<string, unknown>>>;
  let version = 0;
  const changes = Object.entries(snap).flatMap(([table, byKey]) =>
    Object.entries(byKey).map(([key, row]) => ({ table, key, row, version: ++version })),
  );
  settle(local, changes, 'merge', syncOutboxQueries(db).bounds().hi ?? 0);
  expect(syncOutboxQueries(db).bounds().n).toBe(0);
};
const settle = (local: ReturnType<typeof open>, ...args: Parameters<ReturnType<typeof open>['settle']>) =>
  db.transaction(() => local.settle(...args)).immediate();

describe('local apply: undo, hub rows, redo', () => {
  it('undoing every outbox mutation empties the tables (a signed record included); redoing restores them exactly', () => {
    const local = open();
    runScript();
    const after = rows();
    expect(ex.stores.record_sheets.get('rec1')?.status).toBe('signed');

    settle(local, [], 'merge', 0);
    // Every table empty again: the before-images took every effect back, newest first.
    expect(Object.values(syncedSnapshot(ex.stores)).filter((t) => Object.keys(t).length > 0)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM sync_before_images').get()).toEqual({ n: 0 });

    const report = db.transaction(() => local.redo()).immediate();
    expect(report.refusedLocally).toEqual([]);
    expect(rows()).toBe(after);
    // Redo records the images afresh: a second undo + redo is again the identity.
    settle(local, [], 'merge', 0);
    db.transaction(() => local.redo()).immediate();
    expect(rows()).toBe(after);
  });

  it('only sync apply gets past the signed-record triggers; an ordinary write is still refused after it', () => {
    const local = open();
    runScript();
    acceptAll(local);
    const signed = ex.stores.record_sheets.get('rec1');
    if (!signed) throw new Error('no record');
    // The hub's copy of the signed record (say, re-sent): applied inside the guard.
    settle(local, [{ table: 'record_sheets', key: 'rec1', row: { ...signed }, version: 1 }], 'merge', 0);
    expect(ex.stores.record_sheets.get('rec1')).toEqual(signed);
    expect(db.prepare('SELECT count(*) AS n FROM sync_apply_guard').get()).toEqual({ n: 0 });
    expect(() => db.prepare("UPDATE record_sheets SET content = '{}' WHERE id = 'rec1'").run()).toThrow(/RECORD_SIGNED/);
    expect(() => db.prepare("DELETE FROM record_sheets WHERE id = 'rec1'").run()).toThrow(/RECORD_SIGNED/);
    expect(() => db.prepare("UPDATE signing_keys SET public_key = 'x' WHERE id = 'k1'").run()).toThrow(/never change/);
  });

  it('acknowledged outbox rows go; a hub row deleted (tombstone) goes; a bad row fails the whole transaction', () => {
    const local = open();
    runScript();
    const outbox = syncOutboxQueries(db);
    const n = outbox.bounds().n;
    settle(local, [{ table: 'staff_absences', key: 'ab2', row: null, version: 5 }], 'merge', 10);
    expect(outbox.bounds()).toMatchObject({ lo: 11, n: n - 10 });
    const before = rows();
    expect(() => settle(local, [{ table: 'no_such_table', key: 'x', row: {}, version: 6 }], 'merge', n)).toThrow(ApplyError);
    expect(() =>
      settle(local, [{ table: 'staff_absences', key: 'other', row: { id: 'ab9', staffId: 'e1', dayKey: '2026-11-30', reason: '' }, version: 6 }], 'merge', n),
    ).toThrow(/does not carry its key/);
    // A row whose parent never comes: the deferred foreign key check refuses the commit.
    expect(() =>
      settle(local, [{ table: 'staff_absences', key: 'ab9', row: { id: 'ab9', staffId: 'ghost', dayKey: '2026-11-30', reason: '' }, version: 6 }], 'merge', n),
    ).toThrow(/FOREIGN KEY/);
    expect(outbox.bounds()).toMatchObject({ lo: 11, n: n - 10 });
    expect(db.prepare('SELECT count(*) AS n FROM sync_apply_guard').get()).toEqual({ n: 0 });
    // Undone, not redone: the redo restores the same data.
    db.transaction(() => local.redo()).immediate();
    expect(rows()).toBe(before);
  });

  it('a username that moved between two staff rows in one page does not collide half way', () => {
    const local = open();
    runScript();
    acceptAll(local);
    const e1 = ex.stores.staff.get('e1');
    const e2 = ex.stores.staff.get('e2');
    if (!e1 || !e2) throw new Error('script');
    const outbox = syncOutboxQueries(db);
    // The hub renamed e1 away from "e1" and gave "e1" to e2; e2 comes first in version order.
    settle(
      local,
      [
        { table: 'staff', key: 'e2', row: { ...e2, username: 'e1' }, version: 1 },
        { table: 'staff', key: 'e1', row: { ...e1, username: 'e1-old' }, version: 2 },
      ],
      'merge',
      outbox.bounds().hi ?? 0,
    );
    expect(ex.stores.staff.get('e2')?.username).toBe('e1');
    expect(ex.stores.staff.get('e1')?.username).toBe('e1-old');
  });
});
