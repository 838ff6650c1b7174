import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import referenceSeed from '../../../resources/seed/reference.json';
import type { MutationArgs } from '../../../shared/mutations/registry';
import { uuidv7From } from '../../../shared/util/uuidv7';
import { auditRowHash, verifyAuditChain } from './audit-chain';
import type { ChainVerdict } from './audit-chain';
import { openConnection } from './connection';
import { createExecutor } from './executor';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { auditLogQueries } from './queries/audit-log';
import type { AuditRow } from './queries/audit-log';

const SEED = Number(process.env['AUDIT_SEED'] ?? 20261127);
const ROWS = 12;
let db: Database;

/** A real chain: the seed, some mutations and some non-mutation events, 12 rows in all. */
beforeAll(() => {
  db = openConnection(':memory:');
  migrate(db, MIGRATIONS);
  let t = Date.parse('2026-11-27T02:00:00.000Z');
  let n = 0;
  const ex = createExecutor({
    db,
    now: () => new Date((t += 1000)),
    newId: () => uuidv7From(t, new Uint8Array(10).fill(++n)),
  });
  const admin = { staffId: 'admin-1', roles: ['admin' as const] };
  ex.apply('reference.seed', referenceSeed as MutationArgs<'reference.seed'>, { staffId: null, roles: [], system: true });
  for (let i = 0; i < ROWS - 1; i++) {
    if (i % 4 === 3) ex.recordEvent({ actorId: null, action: 'auth.fail', entity: 'staff', entityId: `u${i}`, summary: `bad password ${i}` });
    else ex.apply('businessItem.save', { item: { id: `i${i}`, unitId: 'unit-s2', code: `C${i}`, name: `項目 ${i}`, active: true, demo: false } }, admin);
  }
});
afterAll(() => db.close());

/** Tampers inside a transaction that is always rolled back, so every case starts from the real chain. */
const verdictAfter = (tamper: () => void, chunk?: number): ChainVerdict => {
  db.exec('BEGIN');
  try {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    tamper();
    return verifyAuditChain(auditLogQueries(db), chunk);
  } finally {
    db.exec('ROLLBACK');
  }
};
const row = (seq: number): AuditRow => db.prepare<[number], AuditRow>('SELECT * FROM audit_log WHERE seq = ?').get(seq)!;

describe('audit chain', () => {
  it('verifies the untouched chain, whatever the chunk size', () => {
    expect(verifyAuditChain(auditLogQueries(db))).toEqual({ ok: true, checked: ROWS, firstBadSeq: null });
    expect(verifyAuditChain(auditLogQueries(db), 5)).toEqual({ ok: true, checked: ROWS, firstBadSeq: null });
  });

  it('refuses UPDATE and DELETE while the triggers are in place', () => {
    expect(() => db.prepare("UPDATE audit_log SET summary = 'x' WHERE seq = 3").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(verifyAuditChain(auditLogQueries(db)).ok).toBe(true);
  });

  it('names an edited summary', () => {
    expect(verdictAfter(() => db.prepare("UPDATE audit_log SET summary = 'nothing to see' WHERE seq = 5").run())).toEqual({
      ok: false,
      checked: 4,
      firstBadSeq: 5,
    });
  });

  it('names the row after a deleted middle row (its predecessor is gone)', () => {
    expect(verdictAfter(() => db.prepare('DELETE FROM audit_log WHERE seq = 6').run())).toMatchObject({ ok: false, firstBadSeq: 7 });
  });

  it('names a row whose hash was altered', () => {
    expect(verdictAfter(() => db.prepare("UPDATE audit_log SET hash = replace(hash, substr(hash, 1, 1), 'x') WHERE seq = 8").run())).toMatchObject({
      firstBadSeq: 8,
    });
  });

  it('names the next row when an edited row had its own hash recomputed (the link breaks)', () => {
    const verdict = verdictAfter(() => {
      // auditRowHash reads the content fields only; the stale hash riding along is ignored.
      const edited = { ...row(4), summary: 'rewritten' };
      db.prepare('UPDATE audit_log SET summary = ?, hash = ? WHERE seq = 4').run(edited.summary, auditRowHash(edited));
    });
    expect(verdict).toMatchObject({ ok: false, firstBadSeq: 5 });
  });

  it('names the first of two rows whose contents were swapped (reordered)', () => {
    const verdict = verdictAfter(() => {
      const a = row(3);
      const b = row(9);
      const put = db.prepare(
        'UPDATE audit_log SET at = @at, actor_id = @actor_id, action = @action, entity = @entity, entity_id = @entity_id, summary = @summary, mutation_id = @mutation_id, prev_hash = @prev_hash, hash = @hash WHERE seq = @seq',
      );
      put.run({ ...b, seq: 3 });
      put.run({ ...a, seq: 9 });
    }, 2);
    expect(verdict).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('names the changed row for any change to any field of any row (property, seeded)', () => {
    console.log(`audit tamper property seed=${SEED}`);
    const fields = ['at', 'actor_id', 'action', 'entity', 'entity_id', 'summary', 'mutation_id', 'prev_hash', 'hash'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: ROWS }),
        fc.constantFrom(...fields),
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 7 }),
        (seq, field, value, chunk) => {
          fc.pre(row(seq)[field] !== value);
          // Field names come from the fixed list above, never from generated input.
          const verdict = verdictAfter(() => db.prepare(`UPDATE audit_log SET ${field} = ? WHERE seq = ?`).run(value, seq), chunk);
          expect(verdict).toEqual({ ok: false, checked: seq - 1, firstBadSeq: seq });
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
