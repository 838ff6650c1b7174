import { describe, expect, it } from 'vitest';
import type { CalendarVisit } from '../../../../shared/ipc/contract-visits';
import { fakeBackend, ok } from '../fake-client';
import { visitsSelectors } from './selectors';

const visit = (id: string, over: Partial<CalendarVisit> = {}): CalendarVisit => ({
  id,
  unitId: 'unit-s1',
  unitName: '第一課',
  status: 'scheduled',
  occasion: 'violation',
  mode: 'on_site',
  companyName: '永信機械有限公司',
  address: '台南市永康區中正路1號',
  area: '台南市',
  dayKey: '2026-12-03',
  startTime: '09:00',
  endTime: '11:00',
  inspectors: [{ staffId: 's1', name: '王檢驗' }],
  ...over,
});

describe('visits slice', () => {
  it('asks for the days of the view with its filters, and keeps only the latest answer', async () => {
    const answers: ((v: unknown) => void)[] = [];
    const { store, calls } = fakeBackend({
      'visit:calendar': () => new Promise((resolve) => answers.push(resolve as (v: unknown) => void)),
    });
    store.setState({ calendarQuery: { view: 'week', anchor: '2026-12-03', inspectorId: null, unitId: null } });
    const first = store.getState().loadCalendar();
    const second = store.getState().setCalendarQuery({ view: 'month', inspectorId: 's1' });
    expect(calls.map((c) => c.input)).toEqual([
      { fromDay: '2026-11-30', toDay: '2026-12-06' },
      { fromDay: '2026-11-30', toDay: '2027-01-10', inspectorId: 's1' },
    ]);
    answers[1]?.(ok({ visits: [visit('new')], warnings: [] }));
    answers[0]?.(ok({ visits: [visit('old')], warnings: [] }));
    await Promise.all([first, second]);
    expect(visitsSelectors.placedVisits(store.getState()).map((v) => v.id)).toEqual(['new']);
    expect(store.getState().calendar).toMatchObject({ fromDay: '2026-11-30', toDay: '2027-01-10' });
  });

  it('leaves visits without a date or cancelled out of the calendar', async () => {
    const { store } = fakeBackend({
      'visit:calendar': () =>
        ok({ visits: [visit('a'), visit('b', { dayKey: null, startTime: null, endTime: null }), visit('c', { status: 'cancelled' })], warnings: [] }),
    });
    await store.getState().loadCalendar();
    expect(visitsSelectors.placedVisits(store.getState()).map((v) => v.id)).toEqual(['a']);
  });

  it('shows a moved visit at its new place at once, and where main has it after a refusal', async () => {
    let refuse = true;
    let seen: string | undefined;
    const { store } = fakeBackend({
      'visit:calendar': () => ok({ visits: [visit('a')], warnings: [] }),
      'visit:reschedule': () => {
        seen = store.getState().calendar?.visits[0]?.startTime ?? undefined;
        return refuse ? { ok: false, error: { code: 'rejected', message: 'x', reason: 'VISIT_IN_PAST' } } : ok({ visitId: 'a', warnings: [] });
      },
    });
    await store.getState().loadCalendar();
    const slot = { dayKey: '2026-12-03', startTime: '13:00', endTime: '15:00' };
    const r = await store.getState().rescheduleFactoryVisit('a', slot);
    expect(r.ok).toBe(false);
    expect(seen).toBe('13:00');
    expect(store.getState().calendar?.visits[0]?.startTime).toBe('09:00');
    refuse = false;
    expect((await store.getState().rescheduleFactoryVisit('a', slot)).ok).toBe(true);
  });

  it('after a new visit, re-reads the lists on screen and not the others', async () => {
    const { store, calls } = fakeBackend({
      'visit:waiting': () => ok([visit('w', { status: 'waiting', dayKey: null, startTime: null, endTime: null })]),
      'visit:create': () => ok({ visitId: 'w2', warnings: [] }),
    });
    await store.getState().loadWaitingVisits();
    await store.getState().createFactoryVisit({
      requestId: null,
      occasion: 'violation',
      unitId: 'unit-s1',
      company: { name: '甲', ubn: null },
      contactName: '',
      contactPhone: '',
      address: '',
      category: 'food',
      purpose: '',
      inspectorIds: ['s1'],
      slot: null,
    });
    const names = calls.map((c) => c.channel);
    expect(names.filter((n) => n === 'visit:waiting')).toHaveLength(2);
    expect(names).not.toContain('visit:calendar');
    expect(names).not.toContain('visitRequest:list');
  });

  it('keeps the saved 附件1 on screen without reading it back, and marks the new draft', async () => {
    const content = {
      serviceDay: '2026-12-03',
      startTime: '09:00',
      endTime: '11:00',
      unitName: '第一課',
      inspectorNames: ['王檢驗'],
      companyName: '永信機械有限公司',
      companyUbn: '',
      address: '',
      contactName: '',
      contactPhone: '',
      productCategory: 'mechanical' as const,
      inquiry: '',
      serviceMode: 'on_site' as const,
      category: null,
      occasion: 'violation' as const,
      summary: '',
      eServiceTaught: null,
      personTrips: null,
      businessComments: '',
    };
    const { store, calls } = fakeBackend({
      'visitRecord:get': () => ok({ recordId: null, status: null, content, returnReason: null, missing: ['category'], can: { edit: true, submit: false } }),
      'visitRecord:update': () => ok({ recordId: 'r1' }),
    });
    await store.getState().loadVisitRecord('v1');
    await store.getState().saveVisitRecord('v1', { ...content, summary: '說明法規' });
    expect(store.getState().visitRecord).toMatchObject({ visitId: 'v1', recordId: 'r1', status: 'draft', content: { summary: '說明法規' } });
    expect(calls.filter((c) => c.channel === 'visitRecord:get')).toHaveLength(1);
  });
});
