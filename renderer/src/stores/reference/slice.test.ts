import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../../shared/domain/reference';
import { fakeBackend, ok, localSyncStatus } from '../fake-client';
import { referenceSelectors } from './selectors';

const unit = (code: string, sortOrder: number, active = true): Unit => ({
  id: `unit-${code}`,
  branchId: 'b',
  code,
  name: `單位${code}`,
  kind: 'section',
  sortOrder,
  active,
});

const reference = (units: Unit[]) => ({
  branch: { id: 'b', code: 'TN', name: '分局' },
  units,
  businessItems: [
    { id: 'i2', unitId: 'unit-S1', code: 'E02', name: '驗證登錄', active: true, demo: false },
    { id: 'i1', unitId: 'unit-S1', code: 'E01', name: '報驗', active: true, demo: false },
    { id: 'i3', unitId: 'unit-S2', code: 'M01', name: '機械', active: true, demo: true },
  ],
  parameters: [{ key: 'citizen.hourlyWage' as const, value: 200 }],
});

describe('reference slice', () => {
  it('caches what main returns; selectors sort and filter it', async () => {
    const { store } = fakeBackend({ 'reference:get': () => ok(reference([unit('S2', 20), unit('S1', 10), unit('X', 5, false)])) });
    await store.getState().loadReference();
    const s = store.getState();
    expect(referenceSelectors.unitsSorted(s).map((u) => u.code)).toEqual(['X', 'S1', 'S2']);
    expect(referenceSelectors.activeUnits(s).map((u) => u.code)).toEqual(['S1', 'S2']);
    expect(referenceSelectors.itemsOf('unit-S1')(s).map((b) => b.code)).toEqual(['E01', 'E02']);
    expect(referenceSelectors.itemsOf(null)(s)).toHaveLength(3);
    expect(referenceSelectors.parameter('citizen.hourlyWage')(s)).toBe(200);
    expect(referenceSelectors.demoCounts(s)).toEqual({ staff: 0, items: 1 });
  });

  it('re-reads from main after an accepted write, and not after a refusal', async () => {
    let units = [unit('S1', 10)];
    const { store, calls } = fakeBackend({
      'reference:get': () => ok(reference(units)),
      'auth:session': () => ok({ session: null, locked: false }),
      'sync:status': () => ok(localSyncStatus(1)),
      'unit:save': (input) => {
        if (input.code === 'S1' && !input.id) {
          return { ok: false, error: { code: 'rejected', message: 'taken', reason: 'CODE_TAKEN', details: { code: 'S1' } } };
        }
        units = [...units, { ...input, id: 'unit-new' }];
        return ok({ id: 'unit-new' });
      },
    });
    await store.getState().loadReference();
    const base = { branchId: 'b', name: '第七課', kind: 'section' as const, sortOrder: 70, active: true };

    const refused = await store.getState().saveUnit({ ...base, code: 'S1' });
    expect(refused).toMatchObject({ ok: false, error: { reason: 'CODE_TAKEN' } });
    expect(calls.filter((c) => c.channel === 'reference:get')).toHaveLength(1);

    const saved = await store.getState().saveUnit({ ...base, code: 'S7' });
    expect(saved.ok).toBe(true);
    expect(calls.filter((c) => c.channel === 'reference:get')).toHaveLength(2);
    expect(store.getState().units.map((u) => u.code)).toEqual(['S1', 'S7']);
    expect(store.getState().sync?.pending).toBe(1);
  });
});
