import { describe, expect, it } from 'vitest';
import type { StaffAbsence } from '../../../../shared/domain/escort';
import type { SignDeputy } from '../../../../shared/domain/record-sheet';
import { fakeBackend, ok, localSyncStatus } from '../fake-client';
import { deputyState, staffingSelectors } from './selectors';

const deputy = (id: string, fromDay: string, toDay: string): SignDeputy => ({
  id,
  unitId: 'unit-s1',
  chiefId: 'chief',
  deputyId: 'dep',
  fromDay,
  toDay,
});

describe('staffing slice', () => {
  it('orders deputies: in force, then upcoming, then over', async () => {
    const { store } = fakeBackend({
      'deputy:list': () =>
        ok([deputy('past', '2026-11-01', '2026-11-03'), deputy('next', '2026-12-01', '2026-12-02'), deputy('now', '2026-11-20', '2026-11-30')]),
    });
    await store.getState().loadDeputies();
    expect(staffingSelectors.deputiesSorted('2026-11-27')(store.getState()).map((d) => d.id)).toEqual(['now', 'next', 'past']);
    expect(deputyState(deputy('x', '2026-11-27', '2026-11-27'), '2026-11-27')).toBe('current');
  });

  it('keeps only the absences of the day last asked for, even when answers cross', async () => {
    const answers: Record<string, (v: StaffAbsence[]) => void> = {};
    const { store } = fakeBackend({
      'absence:list': ({ dayKey }) => new Promise((resolve) => (answers[dayKey] = (v) => resolve(ok(v)))),
    });
    const first = store.getState().loadAbsences('2026-11-26');
    const second = store.getState().loadAbsences('2026-11-27');
    answers['2026-11-27']?.([{ id: 'a2', staffId: 's2', dayKey: '2026-11-27', reason: '' }]);
    await second;
    answers['2026-11-26']?.([{ id: 'a1', staffId: 's1', dayKey: '2026-11-26', reason: '' }]);
    await first;
    expect(store.getState().absenceDay).toBe('2026-11-27');
    expect(store.getState().absences.map((a) => a.id)).toEqual(['a2']);
  });

  it('re-reads the deputies after an accepted save, not after a refusal', async () => {
    let refuse = true;
    const { store, calls } = fakeBackend({
      'deputy:list': () => ok([]),
      'sync:status': () => ok(localSyncStatus(0)),
      'deputy:save': () =>
        refuse ? { ok: false, error: { code: 'rejected', message: 'x', reason: 'NOT_A_CHIEF' } } : ok({ id: 'd1' }),
    });
    const input = { unitId: 'unit-s1', chiefId: 'c', deputyId: 'd', fromDay: '2026-11-27', toDay: '2026-11-27' };
    await store.getState().saveDeputy(input);
    expect(calls.filter((c) => c.channel === 'deputy:list')).toHaveLength(0);
    refuse = false;
    await store.getState().saveDeputy(input);
    expect(calls.filter((c) => c.channel === 'deputy:list')).toHaveLength(1);
  });

  it('a removal re-reads the list (also when someone removed it first), and the day of the absences stays', async () => {
    let deputies = [deputy('d1', '2026-11-27', '2026-11-27')];
    let absences: StaffAbsence[] = [{ id: 'a1', staffId: 's1', dayKey: '2026-11-27', reason: '休假' }];
    const { store, calls } = fakeBackend({
      'sync:status': () => ok(localSyncStatus(0)),
      'deputy:list': () => ok(deputies),
      'absence:list': () => ok(absences),
      'deputy:remove': () => {
        deputies = [];
        return ok({ done: true as const });
      },
      'absence:remove': () => {
        const known = absences.length > 0;
        absences = [];
        return known ? ok({ done: true as const }) : { ok: false, error: { code: 'rejected', message: 'x', reason: 'UNKNOWN_ABSENCE' } };
      },
    });
    await store.getState().loadDeputies();
    await store.getState().removeDeputy('d1');
    expect(store.getState().deputies).toEqual([]);
    await store.getState().loadAbsences('2026-11-27');
    await store.getState().removeAbsence('a1');
    expect(store.getState().absences).toEqual([]);
    const again = await store.getState().removeAbsence('a1');
    expect(again).toMatchObject({ ok: false, error: { reason: 'UNKNOWN_ABSENCE' } });
    expect(calls.filter((c) => c.channel === 'absence:list').map((c) => c.input)).toEqual([
      { dayKey: '2026-11-27' },
      { dayKey: '2026-11-27' },
      { dayKey: '2026-11-27' },
    ]);
  });
});
