import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import referenceSeed from '../../resources/seed/reference.json';
import type { Staff } from '../domain/reference';
import type { MutationActor, MutationContext } from './define';
import { createMemoryStore, runInMemory } from './memory-tx';
import type { MemoryStore } from './memory-tx';

const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
const COUNTER: MutationActor = { staffId: 'counter-1', roles: ['counter'] };
let n = 0;
const ctx = (actor: MutationActor, minute = 0): MutationContext => ({
  actor,
  now: new Date(Date.parse('2026-11-27T01:00:00.000Z') + minute * 60_000).toISOString(),
  mutationId: `m-${++n}`,
});

const person = (id: string, unitId: string): Staff => ({
  id,
  unitId,
  name: id,
  username: id,
  roles: ['inspector'],
  active: true,
  demo: false,
});

const ESCORTS = ['e1', 'e2', 'e3'];

const store = (): MemoryStore => {
  const s = createMemoryStore();
  expect(runInMemory(s, 'reference.seed', referenceSeed, ctx(SYSTEM))).toEqual({ ok: true });
  s.tx.put('staff', person('counter-1', 'unit-s6'));
  for (const e of ESCORTS) s.tx.put('staff', person(e, 'unit-s1'));
  return s;
};

const intake = (s: MemoryStore, visitId: string, itemIds = ['item-e01', 'item-m01']) =>
  runInMemory(
    s,
    'visit.intake',
    {
      visitId,
      dayKey: '2026-11-27',
      visitor: { id: `p-${visitId}`, name: '王小明', phone: '0912345678', companyId: null },
      company: null,
      itemIds,
      escortRequested: false,
    },
    ctx(COUNTER),
  );

describe('escort mutators', () => {
  it('derive units and mode from the items, receiving unit first', () => {
    const s = store();
    expect(intake(s, 'v1', ['item-m01', 'item-e01', 'item-e02'])).toEqual({ ok: true });
    expect(s.tx.get('escort_visits', 'v1')).toMatchObject({
      unitIds: ['unit-s2', 'unit-s1'],
      receivingUnitId: 'unit-s2',
      mode: 'escort',
      status: 'waiting',
    });
  });

  it('refuse an unknown or repeated item and write nothing', () => {
    const s = store();
    const before = s.snapshot();
    expect(intake(s, 'v1', ['item-e01', 'item-e01'])).toMatchObject({ ok: false, code: 'UNKNOWN_ITEM' });
    expect(intake(s, 'v2', ['nope'])).toMatchObject({ ok: false, code: 'UNKNOWN_ITEM' });
    expect(s.snapshot()).toEqual(before);
  });

  it('refuse an escort from another unit or one who is away today', () => {
    const s = store();
    intake(s, 'v1');
    s.tx.put('staff', person('x', 'unit-s3'));
    expect(runInMemory(s, 'escort.assign', { visitId: 'v1', staffId: 'x' }, ctx(COUNTER))).toMatchObject({ code: 'ESCORT_NOT_IN_UNIT' });
    s.tx.put('staff_absences', { id: 'a1', staffId: 'e1', dayKey: '2026-11-27', reason: '休假' });
    expect(runInMemory(s, 'escort.assign', { visitId: 'v1', staffId: 'e1' }, ctx(COUNTER))).toMatchObject({ code: 'ESCORT_ABSENT' });
  });

  it('keep the invariant under any sequence of counter actions: no escort on two active visits', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('intake' as const), visit: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('assign' as const), visit: fc.integer({ min: 0, max: 5 }), staff: fc.constantFrom(...ESCORTS) }),
      fc.record({ kind: fc.constant('reassign' as const), visit: fc.integer({ min: 0, max: 5 }), staff: fc.constantFrom(...ESCORTS) }),
      fc.record({ kind: fc.constant('stopAndFinish' as const), visit: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('cancel' as const), visit: fc.integer({ min: 0, max: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const s = store();
        let minute = 0;
        for (const a of actions) {
          const visitId = `v${a.visit}`;
          minute++;
          if (a.kind === 'intake') intake(s, visitId);
          if (a.kind === 'assign') runInMemory(s, 'escort.assign', { visitId, staffId: a.staff }, ctx(COUNTER, minute));
          if (a.kind === 'reassign') {
            runInMemory(s, 'escort.reassign', { visitId, staffId: a.staff, reason: '支援', reassignmentId: `r${minute}` }, ctx(COUNTER, minute));
          }
          if (a.kind === 'cancel') runInMemory(s, 'visit.cancel', { visitId, reason: '來洽人離開' }, ctx(COUNTER, minute));
          if (a.kind === 'stopAndFinish') {
            const at = ctx(COUNTER, minute).now;
            const stop = { id: `s${minute}`, visitId, unitId: 'unit-s1', itemId: 'item-e01', startedAt: at, endedAt: at, outcome: 'done', note: '' };
            runInMemory(s, 'stop.record', { stop }, ctx(COUNTER, minute));
            runInMemory(s, 'visit.finish', { visitId, recordId: `rec-${visitId}-${minute}`, satisfaction: 4, remarks: '' }, ctx(COUNTER, minute));
          }
          const active = Object.values(s.snapshot().escort_visits).filter((v) => v.status === 'in_service' && v.escortId);
          const escorts = active.map((v) => v.escortId);
          expect(new Set(escorts).size).toBe(escorts.length);
        }
      }),
      { seed: 20261127, numRuns: 200 },
    );
  });
});
