import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { syncedSnapshot } from './digest';
import { rejectionQueries } from './rejections';
import { syncOutboxQueries } from './sync-outbox';
import { createFakeHub } from './testing/fake-hub';
import type { FakeHub } from './testing/fake-hub';
import { ADMIN, ADMIN_ID, COUNTER, intakeArgs, startBranch } from './testing/scenario';
import { openTestDesktop } from './testing/test-desktop';
import type { TestDesktop } from './testing/test-desktop';

/**
 * A model test of the client: two desktops work and sync in random order through a hub that goes
 * offline, loses push answers, cuts pulls short and pages tiny. At quiescence every mutation has
 * exactly one outcome on the hub, every refusal is recorded on its desktop, outboxes are empty,
 * both desktops hold exactly the hub's rows, and no escort serves two visitors at once.
 * Replay a failure with FUZZ_SEED=<seed printed by fast-check>.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261127);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 40);
const HUB_URL = 'http://hub.test';

type Op =
  | { kind: 'intake'; d: number }
  | { kind: 'assign'; d: number; escort: 'e1' | 'e2' }
  | { kind: 'finish'; d: number }
  | { kind: 'cancel'; d: number }
  | { kind: 'wage'; d: number; value: number }
  | { kind: 'absence'; d: number; escort: 'e1' | 'e2' }
  | { kind: 'sync'; d: number }
  | { kind: 'offline'; on: boolean }
  | { kind: 'dropAnswer' }
  | { kind: 'cut'; pages: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('intake' as const), d: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('assign' as const), d: fc.integer({ min: 0, max: 1 }), escort: fc.constantFrom('e1' as const, 'e2' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('finish' as const), d: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), d: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wage' as const), d: fc.integer({ min: 0, max: 1 }), value: fc.integer({ min: 150, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('absence' as const), d: fc.integer({ min: 0, max: 1 }), escort: fc.constantFrom('e1' as const, 'e2' as const) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('sync' as const), d: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('offline' as const), on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'dropAnswer' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), pages: fc.integer({ min: 0, max: 2 }) }) },
);

const rows = (d: TestDesktop) => canonicalJson(syncedSnapshot(d.executor.stores));

const world = async (pageSize: number) => {
  const hub = createFakeHub({ pageSize });
  const a = openTestDesktop(hub.transportFor);
  startBranch(a.executor);
  await a.sync.enroll({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: 'A' });
  const b = openTestDesktop(hub.transportFor);
  const { code } = await a.sync.issueCode(ADMIN_ID);
  await b.sync.join({ hubUrl: HUB_URL, code, deviceName: 'B' });
  return { hub, desktops: [a, b] as const };
};

/** Each desktop's mutation ids, in the order it applied them. */
type Made = string[][];

const apply = (hub: FakeHub, desktops: readonly TestDesktop[], made: Made, op: Op, n: number): Promise<unknown> | void => {
  if (op.kind === 'offline') return void (hub.faults.offline = op.on);
  if (op.kind === 'dropAnswer') return void (hub.faults.dropNextPushResponse = true);
  if (op.kind === 'cut') return void (hub.faults.pullPagesBeforeCut = op.pages);
  const d = desktops[op.d]!;
  if (op.kind === 'sync') return d.sync.runNow();
  const ex = d.executor;
  const visits = ex.stores.escort_visits.all();
  const waiting = visits.filter((v) => v.status === 'waiting').at(-1);
  const active = visits.filter((v) => v.status === 'in_service').at(-1);
  const outcome = (() => {
    switch (op.kind) {
      case 'intake':
        return ex.apply('visit.intake', intakeArgs(`v${op.d}-${n}`), COUNTER);
      case 'assign':
        return waiting ? ex.apply('escort.assign', { visitId: waiting.id, staffId: op.escort }, COUNTER) : undefined;
      case 'finish':
        return active ? ex.apply('visit.cancel', { visitId: active.id, reason: '來洽人先行離開' }, COUNTER) : undefined;
      case 'cancel':
        return waiting ? ex.apply('visit.cancel', { visitId: waiting.id, reason: '來洽人離開' }, COUNTER) : undefined;
      case 'wage':
        return ex.apply('parameter.set', { key: 'citizen.hourlyWage', value: op.value }, ADMIN);
      case 'absence':
        return ex.apply('absence.save', { absence: { id: `ab${op.d}-${n}`, staffId: op.escort, dayKey: '2026-11-27', reason: '公出' } }, ADMIN);
    }
  })();
  if (outcome?.ok) made[op.d]!.push(outcome.mutationId);
};

describe('sync client model test (fake hub with faults)', () => {
  it('converges: one outcome per mutation, refusals recorded, empty outboxes, equal rows, invariants hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 40 }), fc.integer({ min: 1, max: 6 }), async (ops, pageSize) => {
        const { hub, desktops } = await world(pageSize);
        const made: Made = [[], []];
        try {
          let n = 0;
          for (const op of ops) await apply(hub, desktops, made, op, n++);
          // Quiescence: the network heals and every desktop syncs until nothing moves.
          Object.assign(hub.faults, { offline: false, dropNextPushResponse: false, pullPagesBeforeCut: null });
          for (let round = 0; round < 3; round++) for (const d of desktops) await d.sync.runNow();

          const hubRows = canonicalJson(hub.snapshot());
          desktops.forEach((d, i) => {
            expect(syncOutboxQueries(d.db).bounds().n, `outbox of ${i}`).toBe(0);
            expect(rows(d), `rows of ${i}`).toBe(hubRows);
            expect(d.sync.status().problem).toBeNull();
            const results = hub.resultsOf(d.deviceId);
            const ids = results.map((r) => r.id);
            // Exactly one outcome per mutation this desktop made, in the order it made them (plus, on
            // the first desktop, the five of its first-run set-up).
            const mine = new Set(made[i]);
            expect(ids.filter((id) => mine.has(id))).toEqual(made[i]);
            expect(ids.length).toBe(made[i]!.length + (i === 0 ? 5 : 0));
            expect(new Set(ids).size).toBe(ids.length);
            const refused = results.filter((r) => r.outcome === 'rejected').map((r) => r.id).sort();
            const recorded = rejectionQueries(d.db).open(10_000).map((r) => r.mutation_id).sort();
            expect(recorded).toEqual(refused);
          });
          // The one-active-visit rule holds on the hub (and so everywhere).
          const active = Object.values(hub.snapshot().escort_visits).filter((v) => v.status === 'waiting' || v.status === 'in_service');
          const escorts = active.map((v) => v.escortId).filter((e): e is string => e !== null);
          expect(new Set(escorts).size).toBe(escorts.length);
        } finally {
          desktops.forEach((d) => d.close());
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
