import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../../../shared/ipc/contract';
import { fakeBackend, ok, localSyncStatus } from '../fake-client';
import { counterSelectors } from './selectors';
import type { CounterBoard, EscortSuggestion } from './slice';

const T0 = '2026-11-27T01:00:00.000Z';
const board = (over: Partial<CounterBoard> = {}): CounterBoard => ({
  dayKey: '2026-11-27',
  asOf: T0,
  waiting: [],
  active: [],
  figures: { visitors: 0, escorted: 0, finished: 0, avgWaitMinutes: null, avgServiceMinutes: null },
  ...over,
});
const activeVisit = (id: string, escortId: string | null) => ({
  id,
  visitorName: `來洽人${id}`,
  companyName: null,
  mode: 'escort' as const,
  receivingUnitId: 'unit-s1',
  unitIds: ['unit-s1', 'unit-s2'],
  itemIds: ['item-e01', 'item-m01'],
  arrivedAt: T0,
  escortId,
  escortName: escortId ? '陳專人' : null,
  serviceStartedAt: T0,
  stopCount: 0,
  currentStop: null,
});
const suggestion = (staffId: string, busy = false): EscortSuggestion => ({ staffId, name: staffId, escortsToday: 0, busy, absent: false });
const ESCORT: SessionInfo = {
  staffId: 's-escort',
  name: '陳專人',
  username: 'escort1',
  roles: ['inspector'],
  unitId: 'unit-s1',
  unitName: '第一課',
  branchName: '分局',
  idleLockMinutes: 10,
};
const sync = { 'sync:status': () => ok(localSyncStatus(0)) };

describe('counter slice', () => {
  it('caches the board; the escort sees their own visits, and only the counter role takes visitors in', async () => {
    const { store } = fakeBackend({
      'auth:login': () => ok(ESCORT),
      'escort:board': () => ok(board({ active: [activeVisit('v1', 's-escort'), activeVisit('v2', 's-other')] })),
    });
    await store.getState().login('escort1', 'pw');
    await store.getState().loadBoard();
    const s = store.getState();
    expect(counterSelectors.active(s)).toHaveLength(2);
    expect(counterSelectors.myActive(s).map((v) => v.id)).toEqual(['v1']);
    expect(counterSelectors.isCounter(s)).toBe(false);
    expect(counterSelectors.boardReadAt(s)).not.toBeNull();
  });

  it('keeps the last board when a read fails, and says why', async () => {
    let up = true;
    const { store } = fakeBackend({
      'escort:board': () => (up ? ok(board({ waiting: [] })) : { ok: false, error: { code: 'db_unavailable', message: 'x' } }),
    });
    await store.getState().loadBoard();
    up = false;
    await store.getState().loadBoard();
    expect(store.getState().board).not.toBeNull();
    expect(store.getState().boardError?.code).toBe('db_unavailable');
  });

  it('re-reads the board and the outbox count after an intake; not after a refusal', async () => {
    let accept = false;
    const { store, calls } = fakeBackend({
      ...sync,
      'escort:board': () => ok(board()),
      'escort:intake': () =>
        accept
          ? ok({ visitId: 'v1', mode: 'escort' as const })
          : { ok: false, error: { code: 'rejected', message: 'x', reason: 'UBN_TAKEN' } },
    });
    const input = { visitor: { name: '王小明', phone: '0912345678' }, company: null, itemIds: ['i1'], escortRequested: false };
    const refused = await store.getState().intake(input);
    expect(refused).toMatchObject({ ok: false, error: { reason: 'UBN_TAKEN' } });
    expect(calls.filter((c) => c.channel === 'escort:board')).toHaveLength(0);
    accept = true;
    await store.getState().intake(input);
    expect(calls.map((c) => c.channel)).toEqual(expect.arrayContaining(['escort:board', 'sync:status']));
  });

  it('an assignment refused as busy reads the suggestions again, so the list shows who is free now', async () => {
    let busy = false;
    const { store } = fakeBackend({
      ...sync,
      'escort:board': () => ok(board()),
      'escort:suggest': () => ok([suggestion('a', busy), suggestion('b')]),
      'escort:assign': () => ({ ok: false, error: { code: 'rejected', message: 'x', reason: 'ESCORT_BUSY', details: { visitId: 'v9' } } }),
    });
    await store.getState().loadSuggestions('v1');
    expect(counterSelectors.suggestionsFor('v1')(store.getState())?.[0]?.busy).toBe(false);
    expect(counterSelectors.suggestionsFor('v2')(store.getState())).toBeNull();
    busy = true;
    const r = await store.getState().assignEscort('v1', 'a');
    expect(r).toMatchObject({ ok: false, error: { reason: 'ESCORT_BUSY' } });
    expect(counterSelectors.suggestionsFor('v1')(store.getState())?.[0]?.busy).toBe(true);
  });

  it('a recorded stop re-reads the open visit as well as the board', async () => {
    const { store, calls } = fakeBackend({
      ...sync,
      'escort:board': () => ok(board()),
      'escort:visit': () => ok({ visit: { id: 'v1' } } as never),
      'escort:recordStop': () => ok({ stopId: 'st1' }),
    });
    await store.getState().loadVisit('v1');
    await store.getState().recordStop({
      visitId: 'v1',
      unitId: 'unit-s1',
      itemId: 'item-e01',
      startedAt: T0,
      endedAt: null,
      outcome: null,
      note: '',
    });
    expect(calls.filter((c) => c.channel === 'escort:visit')).toHaveLength(2);
    store.getState().closeVisit();
    expect(store.getState().visit).toBeNull();
  });
});
