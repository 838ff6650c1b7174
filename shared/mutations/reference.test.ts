import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import referenceSeed from '../../resources/seed/reference.json';
import demoSeed from '../../resources/seed/demo.json';
import { PARAMETER_KEYS, PARAMETER_RANGES } from '../domain/reference';
import type { Staff } from '../domain/reference';
import type { Role } from '../domain/roles';
import type { MutationActor, MutationContext } from './define';
import { createMemoryStore, runInMemory } from './memory-tx';
import type { MemoryStore } from './memory-tx';

const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
const ADMIN: MutationActor = { staffId: 'admin-1', roles: ['admin'] };
const ctxFor = (actor: MutationActor, n = 1): MutationContext => ({
  actor,
  now: '2026-11-27T10:00:00.000Z',
  mutationId: `m-${n}`,
});

const staff = (over: Partial<Staff> = {}): Staff => ({
  id: 'staff-1',
  unitId: 'unit-s1',
  name: '王小明',
  username: 'wang',
  roles: ['counter'],
  active: true,
  demo: false,
  ...over,
});

/** A store holding the real seed data and one active admin. */
const seededStore = (): MemoryStore => {
  const store = createMemoryStore();
  expect(runInMemory(store, 'reference.seed', referenceSeed, ctxFor(SYSTEM))).toEqual({ ok: true });
  store.tx.put('staff', staff({ id: 'admin-1', username: 'admin', roles: ['admin'] }));
  return store;
};

/** Runs a mutation that must be refused with `code`, and checks it left the store untouched. */
const expectRejected = (store: MemoryStore, name: Parameters<typeof runInMemory>[1], args: unknown, code: string, actor = ADMIN) => {
  const before = store.snapshot();
  const out = runInMemory(store, name, args, ctxFor(actor));
  expect(out).toMatchObject({ ok: false, kind: 'rejected', code });
  expect(store.snapshot()).toEqual(before);
};

describe('reference.seed', () => {
  it('writes the seed once; running it again changes nothing', () => {
    const store = createMemoryStore();
    expect(runInMemory(store, 'reference.seed', referenceSeed, ctxFor(SYSTEM))).toEqual({ ok: true });
    const first = store.snapshot();
    expect(Object.keys(first.units)).toHaveLength(referenceSeed.units.length);
    expect(Object.keys(first.business_items)).toHaveLength(referenceSeed.businessItems.length);
    expect(runInMemory(store, 'reference.seed', referenceSeed, ctxFor(SYSTEM, 2))).toEqual({ ok: true });
    expect(store.snapshot()).toEqual(first);
  });

  it('never overwrites what an admin edited since', () => {
    const store = seededStore();
    const unit = store.tx.get('units', 'unit-s1');
    expect(unit).toBeDefined();
    store.tx.put('units', { ...unit!, name: '第一課（改名）' });
    runInMemory(store, 'reference.seed', referenceSeed, ctxFor(SYSTEM, 2));
    expect(store.tx.get('units', 'unit-s1')?.name).toBe('第一課（改名）');
  });

  it('is run by the app itself only, never by a person, even an admin', () => {
    const store = createMemoryStore();
    expect(runInMemory(store, 'reference.seed', referenceSeed, ctxFor(ADMIN))).toEqual({ ok: false, kind: 'forbidden' });
    expect(store.snapshot().branches).toEqual({});
  });
});

describe('unit.save', () => {
  it('refuses a code another unit of the branch uses (CODE_TAKEN), but lets a unit keep its own', () => {
    const store = seededStore();
    const s2 = store.tx.get('units', 'unit-s2')!;
    expectRejected(store, 'unit.save', { unit: { ...s2, code: 'S1' } }, 'CODE_TAKEN');
    expect(runInMemory(store, 'unit.save', { unit: { ...s2, name: '第二課 改' } }, ctxFor(ADMIN))).toEqual({ ok: true });
    expect(store.tx.get('units', 'unit-s2')?.name).toBe('第二課 改');
  });

  it('refuses a unit of an unknown branch', () => {
    const store = seededStore();
    const s2 = store.tx.get('units', 'unit-s2')!;
    expectRejected(store, 'unit.save', { unit: { ...s2, id: 'unit-new', code: 'NEW', branchId: 'nope' } }, 'UNKNOWN_BRANCH');
  });
});

describe('staff.save', () => {
  it('creates staff, and refuses a username someone else holds (USERNAME_TAKEN)', () => {
    const store = seededStore();
    expect(runInMemory(store, 'staff.save', { staff: staff() }, ctxFor(ADMIN))).toEqual({ ok: true });
    expectRejected(store, 'staff.save', { staff: staff({ id: 'staff-2' }) }, 'USERNAME_TAKEN');
    // Saving the same person again with their own username is an edit, not a clash.
    expect(runInMemory(store, 'staff.save', { staff: staff({ name: '王小明二' }) }, ctxFor(ADMIN))).toEqual({ ok: true });
  });

  it('refuses staff in an unknown unit', () => {
    expectRejected(seededStore(), 'staff.save', { staff: staff({ unitId: 'unit-nope' }) }, 'UNKNOWN_UNIT');
  });

  it('never removes the last active admin (LAST_ADMIN), by demotion or deactivation', () => {
    const store = seededStore();
    const admin = store.tx.get('staff', 'admin-1')!;
    expectRejected(store, 'staff.save', { staff: { ...admin, roles: ['counter'] } }, 'LAST_ADMIN');
    expectRejected(store, 'staff.save', { staff: { ...admin, active: false } }, 'LAST_ADMIN');
  });

  it('lets an admin step down once another active admin exists', () => {
    const store = seededStore();
    const second = staff({ id: 'admin-2', username: 'admin2', roles: ['admin', 'chief'] });
    expect(runInMemory(store, 'staff.save', { staff: second }, ctxFor(ADMIN))).toEqual({ ok: true });
    const admin = store.tx.get('staff', 'admin-1')!;
    expect(runInMemory(store, 'staff.save', { staff: { ...admin, roles: ['chief'] } }, ctxFor(ADMIN))).toEqual({ ok: true });
    // Now admin-2 is the last one.
    expectRejected(store, 'staff.save', { staff: { ...second, active: false } }, 'LAST_ADMIN');
  });

  it('is refused to non-admins', () => {
    const store = seededStore();
    const counter: MutationActor = { staffId: 'c-1', roles: ['counter', 'chief', 'inspector', 'secretariat'] };
    expect(runInMemory(store, 'staff.save', { staff: staff() }, ctxFor(counter))).toEqual({ ok: false, kind: 'forbidden' });
  });
});

describe('businessItem.save', () => {
  it('refuses a code already in use (CODE_TAKEN) and an unknown unit', () => {
    const store = seededStore();
    const existing = referenceSeed.businessItems[0]!;
    expectRejected(store, 'businessItem.save', { item: { ...existing, id: 'item-new' } }, 'CODE_TAKEN');
    expectRejected(store, 'businessItem.save', { item: { ...existing, id: 'item-new', code: 'ZZ9', unitId: 'nope' } }, 'UNKNOWN_UNIT');
    const fresh = { ...existing, id: 'item-new', code: 'ZZ9' };
    expect(runInMemory(store, 'businessItem.save', { item: fresh }, ctxFor(ADMIN))).toEqual({ ok: true });
    expect(store.tx.get('business_items', 'item-new')).toEqual(fresh);
  });
});

describe('parameter.set', () => {
  it('refuses values outside the range (OUT_OF_RANGE) and names the range', () => {
    const store = seededStore();
    const range = PARAMETER_RANGES['citizen.hourlyWage'];
    const out = runInMemory(store, 'parameter.set', { key: 'citizen.hourlyWage', value: range.max + 1 }, ctxFor(ADMIN));
    expect(out).toEqual({ ok: false, kind: 'rejected', code: 'OUT_OF_RANGE', details: { min: range.min, max: range.max } });
    expectRejected(store, 'parameter.set', { key: 'citizen.hourlyWage', value: range.min - 0.5 }, 'OUT_OF_RANGE');
  });

  it('stores a value if and only if it lies within the range (property, seeded)', () => {
    const seed = Number(process.env['MUTATION_SEED'] ?? 20261127);
    console.log(`parameter.set property seed=${seed}`);
    fc.assert(
      fc.property(fc.constantFrom(...PARAMETER_KEYS), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), (key, value) => {
        const store = seededStore();
        const before = store.snapshot();
        const out = runInMemory(store, 'parameter.set', { key, value }, ctxFor(ADMIN));
        const inRange = value >= PARAMETER_RANGES[key].min && value <= PARAMETER_RANGES[key].max;
        expect(out.ok).toBe(inRange);
        if (inRange) expect(store.tx.get('parameters', key)).toEqual({ key, value });
        else expect(store.snapshot()).toEqual(before);
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('staff.setPassword', () => {
  const verifier = `scrypt$10$8$1$${'A'.repeat(22)}$${'B'.repeat(43)}`;

  it('lets a non-admin change their own password through `allow`', () => {
    const store = seededStore();
    store.tx.put('staff', staff());
    const self: MutationActor = { staffId: 'staff-1', roles: ['counter'] };
    expect(runInMemory(store, 'staff.setPassword', { staffId: 'staff-1', verifier }, ctxFor(self))).toEqual({ ok: true });
    expect(store.tx.get('credentials', 'staff-1')).toEqual({ staffId: 'staff-1', verifier, updatedAt: '2026-11-27T10:00:00.000Z' });
  });

  it("refuses a non-admin changing someone else's password, whatever other roles they hold", () => {
    const store = seededStore();
    store.tx.put('staff', staff());
    const roles: Role[] = ['counter', 'inspector', 'chief', 'secretariat'];
    const other: MutationActor = { staffId: 'staff-9', roles };
    expect(runInMemory(store, 'staff.setPassword', { staffId: 'staff-1', verifier }, ctxFor(other))).toEqual({
      ok: false,
      kind: 'forbidden',
    });
    expect(store.tx.get('credentials', 'staff-1')).toBeUndefined();
  });

  it('lets an admin set anyone’s password, but not for staff that do not exist', () => {
    const store = seededStore();
    store.tx.put('staff', staff());
    expect(runInMemory(store, 'staff.setPassword', { staffId: 'staff-1', verifier }, ctxFor(ADMIN))).toEqual({ ok: true });
    expectRejected(store, 'staff.setPassword', { staffId: 'ghost', verifier }, 'UNKNOWN_STAFF');
  });
});

describe('demo.load', () => {
  it('loads demo rows once, marked demo, and is idempotent', () => {
    const store = seededStore();
    expect(runInMemory(store, 'demo.load', demoSeed, ctxFor(ADMIN))).toEqual({ ok: true });
    const first = store.snapshot();
    const demoStaff = Object.values(first.staff).filter((s) => s.demo);
    expect(demoStaff).toHaveLength(demoSeed.staff.length);
    expect(runInMemory(store, 'demo.load', demoSeed, ctxFor(ADMIN, 2))).toEqual({ ok: true });
    expect(store.snapshot()).toEqual(first);
  });

  it('writes nothing at all when a row in the middle is refused', () => {
    const store = seededStore();
    const staffRows = demoSeed.staff.map((s, i) => (i === 2 ? { ...s, unitId: 'unit-nope' } : s));
    expectRejected(store, 'demo.load', { ...demoSeed, staff: staffRows }, 'UNKNOWN_UNIT');
  });
});
