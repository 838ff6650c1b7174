import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import referenceSeed from '../../../resources/seed/reference.json';
import type { MutationActor } from '../../../shared/mutations/define';
import { SCHEMA_VERSION } from '../../../shared/mutations/registry';
import type { MutationArgs, MutationName } from '../../../shared/mutations/registry';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { uuidv7From } from '../../../shared/util/uuidv7';
import { dumpTables } from '../../../tests/reliability/fixtures/db-inspect';
import { verifyAuditChain } from './audit-chain';
import { openConnection } from './connection';
import { createExecutor } from './executor';
import type { Executor } from './executor';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
const ADMIN: MutationActor = { staffId: 'admin-1', roles: ['admin'] };
const COUNTER: MutationActor = { staffId: 'counter-1', roles: ['counter', 'chief', 'inspector', 'secretariat'] };
const VERIFIER = `scrypt$10$8$1$c2FsdHNhbHRzYWx0c2FsdA$${'h'.repeat(43)}`;

let db: Database;
let ex: Executor;

/** Deterministic clock and ids: each call moves one second on and counts up. */
const deterministicDeps = () => {
  let t = Date.parse('2026-11-27T01:00:00.000Z');
  let n = 0;
  return {
    now: () => new Date((t += 1000)),
    newId: () => {
      n += 1;
      const random = new Uint8Array(10);
      new DataView(random.buffer).setUint32(6, n);
      return uuidv7From(t, random);
    },
  };
};

const apply = <N extends MutationName>(name: N, args: MutationArgs<N>, actor: MutationActor = ADMIN) => ex.apply(name, args, actor);
const item = (id: string, code: string) => ({ item: { id, unitId: 'unit-s1', code, name: `業務 ${code}`, active: true, demo: false } });
const staffArgs = (id: string, username: string, roles: MutationArgs<'staff.save'>['staff']['roles'] = ['counter']) => ({
  staff: { id, unitId: 'unit-s1', name: `人員 ${username}`, username, roles, active: true, demo: false },
});

/** Runs `fn`, which must write nothing, and checks every row of every table is as it was. */
const expectNoWrite = (fn: () => unknown) => {
  const before = dumpTables(db);
  const result = fn();
  expect(dumpTables(db)).toEqual(before);
  return result;
};

beforeEach(() => {
  db = openConnection(':memory:');
  migrate(db, MIGRATIONS);
  ex = createExecutor({ db, ...deterministicDeps() });
  expect(apply('reference.seed', referenceSeed as MutationArgs<'reference.seed'>, SYSTEM)).toMatchObject({ ok: true, seq: 1 });
  expect(apply('setup.createFirstAdmin', { staffId: 'admin-1', unitId: 'unit-sec', name: '管理員', username: 'admin', verifier: VERIFIER }, SYSTEM)).toMatchObject({ ok: true, seq: 2 });
});
afterEach(() => db.close());

describe('executor.apply', () => {
  it('writes the data row, one outbox row and one audit row, and nothing else', () => {
    const before = dumpTables(db);
    const args = item('item-x', 'X1');
    const out = apply('businessItem.save', args);
    if (!out.ok) throw new Error(JSON.stringify(out));
    const after = dumpTables(db);
    const changed = Object.keys(after).filter((t) => JSON.stringify(after[t]) !== JSON.stringify(before[t]));
    expect(changed.sort()).toEqual(['audit_log', 'business_items', 'device', 'outbox', 'sync_before_images']);
    expect(after['business_items']!.length - before['business_items']!.length).toBe(1);
    // The row's prior state (absent) is kept with the outbox row, so sync can take the change back to rebase.
    expect(db.prepare('SELECT seq, ord, tbl, key, row FROM sync_before_images WHERE seq = 3').all()).toEqual([
      { seq: 3, ord: 0, tbl: 'business_items', key: 'item-x', row: null },
    ]);
    expect(db.prepare("SELECT unit_id, code, active, demo FROM business_items WHERE id = 'item-x'").get()).toEqual({
      unit_id: 'unit-s1',
      code: 'X1',
      active: 1,
      demo: 0,
    });

    const outbox = db.prepare('SELECT * FROM outbox WHERE id = ?').all(out.mutationId);
    expect(outbox).toEqual([
      {
        id: out.mutationId,
        seq: 3,
        name: 'businessItem.save',
        args: canonicalJson(args),
        actor_id: 'admin-1',
        device_time: expect.stringMatching(/^2026-11-27T01:00:\d\d\.000Z$/),
        schema_version: SCHEMA_VERSION,
      },
    ]);
    const audit = db.prepare('SELECT * FROM audit_log WHERE mutation_id = ?').all(out.mutationId);
    expect(audit).toEqual([
      expect.objectContaining({
        actor_id: 'admin-1',
        action: 'businessItem.save',
        entity: 'business_items',
        entity_id: 'item-x',
        at: (outbox[0] as { device_time: string }).device_time,
      }),
    ]);
    expect(db.prepare('SELECT next_seq FROM device').pluck().get()).toBe(4);
    expect(verifyAuditChain(ex.audit)).toEqual({ ok: true, checked: 3, firstBadSeq: null });
  });

  it('numbers outbox rows 1..n without gaps; refused mutations take no number', () => {
    const seqs: number[] = [];
    for (let i = 0; i < 30; i++) {
      // Every third call is refused (a code already used), every fifth is invalid.
      const code = i % 3 === 2 ? 'X0' : `X${i}`;
      const out = i % 5 === 4 ? apply('businessItem.save', item(`bad id ${i}`, code)) : apply('businessItem.save', item(`i-${i}`, code));
      if (out.ok) seqs.push(out.seq);
    }
    expect(seqs.length).toBeGreaterThan(10);
    expect(seqs).toEqual(seqs.map((_, k) => k + 3));
    const stored = db.prepare('SELECT seq FROM outbox ORDER BY seq').pluck().all();
    expect(stored).toEqual(stored.map((_, k) => k + 1));
    expect(stored.length).toBe(seqs.length + 2);
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE mutation_id IS NOT NULL').pluck().get()).toBe(stored.length);
  });

  it.each([
    ['USERNAME_TAKEN', () => apply('staff.save', staffArgs('someone-else', 'admin'))],
    ['LAST_ADMIN', () => apply('staff.save', staffArgs('admin-1', 'admin', ['chief']))],
    ['CODE_TAKEN', () => apply('businessItem.save', item('item-dup', referenceSeed.businessItems[0]!.code))],
    ['OUT_OF_RANGE', () => apply('parameter.set', { key: 'citizen.hourlyWage', value: -1 })],
    ['SETUP_DONE', () => apply('setup.createFirstAdmin', { staffId: 'a2', unitId: 'unit-s1', name: 'x', username: 'a2', verifier: VERIFIER }, SYSTEM)],
  ])('a rejected mutation (%s) writes nothing anywhere', (code, run) => {
    expect(expectNoWrite(run)).toMatchObject({ ok: false, kind: 'rejected', code });
  });

  it('invalid args write nothing', () => {
    expect(expectNoWrite(() => apply('staff.save', staffArgs('s-1', 'Not Valid')))).toMatchObject({ ok: false, kind: 'invalid_args' });
    expect(
      expectNoWrite(() => apply('parameter.set', { key: 'citizen.hourlyWage', value: Number.POSITIVE_INFINITY })),
    ).toMatchObject({ ok: false, kind: 'invalid_args' });
    expect(expectNoWrite(() => ex.apply('no.such' as MutationName, {} as never, ADMIN))).toMatchObject({ kind: 'invalid_args' });
  });

  it('a forbidden actor writes nothing', () => {
    expect(expectNoWrite(() => apply('staff.save', staffArgs('s-1', 'newbie'), COUNTER))).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(expectNoWrite(() => apply('staff.setPassword', { staffId: 'admin-1', verifier: VERIFIER }, COUNTER))).toMatchObject({
      kind: 'forbidden',
    });
    expect(expectNoWrite(() => apply('reference.seed', referenceSeed as MutationArgs<'reference.seed'>, ADMIN))).toMatchObject({
      kind: 'forbidden',
    });
  });

  it('keeps password verifiers out of the audit log (they travel only in the outbox, for sync)', () => {
    const other = `scrypt$10$8$1$b3RoZXJzYWx0b3RoZXJzYQ$${'k'.repeat(43)}`;
    expect(apply('staff.save', staffArgs('s-1', 'wang'))).toMatchObject({ ok: true });
    expect(apply('staff.setPassword', { staffId: 's-1', verifier: other })).toMatchObject({ ok: true });
    // The hub needs the verifier, so the outbox carries it: this proves the test sees real args.
    expect(JSON.stringify(db.prepare('SELECT args FROM outbox').pluck().all())).toContain(other);
    const auditText = JSON.stringify(db.prepare('SELECT * FROM audit_log').raw().all());
    for (const v of [VERIFIER, other]) {
      const [, , , , salt, hash] = v.split('$');
      expect(auditText).not.toContain(v);
      expect(auditText).not.toContain(salt);
      expect(auditText).not.toContain(hash);
    }
  });

  it('rolls everything back when the mutator hits a database error half-way (foreign key)', () => {
    // The seed writes the new branch first; the unit after it names a branch that does not exist.
    const args = {
      branch: { id: 'branch-2', code: 'B2', name: '第二分局' },
      units: [{ id: 'unit-z', branchId: 'branch-missing', code: 'Z', name: 'Z', kind: 'section' as const, sortOrder: 1, active: true }],
      businessItems: [],
      parameters: [],
    };
    expectNoWrite(() => expect(() => apply('reference.seed', args, SYSTEM)).toThrow(/FOREIGN KEY/));
  });

  it('rolls everything back when a later write of the transaction fails (audit insert)', () => {
    // Data and outbox rows are written before the audit row; make the audit insert fail.
    db.exec("CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit_log BEGIN SELECT RAISE(ABORT, 'injected'); END;");
    expectNoWrite(() => expect(() => apply('businessItem.save', item('item-y', 'Y1'))).toThrow('injected'));
    db.exec('DROP TRIGGER temp.fail_audit');
    // The sequence number the failed attempt took was rolled back with it.
    expect(apply('businessItem.save', item('item-y', 'Y1'))).toMatchObject({ ok: true, seq: 3 });
    expect(verifyAuditChain(ex.audit).ok).toBe(true);
  });

  it('tells change listeners once per committed change: each mutation, a whole batch once, a refused batch never', () => {
    let told = 0;
    const stop = ex.onChange(() => (told += 1));
    apply('businessItem.save', item('item-l1', 'L1'));
    expect(told).toBe(1);
    apply('businessItem.save', item('item-l2', 'L1'));
    expect(told).toBe(1);
    const batch = (codes: string[]) =>
      ex.applyBatch(codes.map((code, i) => ({ name: 'businessItem.save' as const, args: item(`item-b${code}${i}`, code), actor: ADMIN })));
    expect(batch(['B1', 'B2', 'B3'])).toEqual({ ok: true, count: 3 });
    expect(told).toBe(2);
    expect(batch(['B4', 'B4'])).toMatchObject({ ok: false, index: 1 });
    expect(told).toBe(2);
    stop();
    apply('businessItem.save', item('item-l3', 'L3'));
    expect(told).toBe(2);
  });

  it('recordEvent appends one chained audit row without an outbox row', () => {
    const before = ex.outbox.count();
    ex.recordEvent({ actorId: 'admin-1', action: 'auth.login', entity: 'staff', entityId: 'admin-1', summary: 'login ok' });
    expect(ex.outbox.count()).toBe(before);
    expect(db.prepare('SELECT action, mutation_id FROM audit_log ORDER BY seq DESC LIMIT 1').get()).toEqual({
      action: 'auth.login',
      mutation_id: null,
    });
    expect(verifyAuditChain(ex.audit)).toMatchObject({ ok: true, checked: 3 });
  });
});
