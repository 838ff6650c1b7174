import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSignedInStaff, createTestApp, setUpAdmin } from '../testing/app-fixture';
import type { TestApp } from '../testing/app-fixture';

/** The counter's escort slice end to end through the real dispatcher and database. */
let app: TestApp;
let clock = Date.parse('2026-11-27T01:00:00Z');
const tick = (minutes: number) => (clock += minutes * 60_000);
const at = () => new Date(clock).toISOString();

let escort1: string;
let escort2: string;

beforeEach(async () => {
  clock = Date.parse('2026-11-27T01:00:00Z');
  app = createTestApp({ now: () => new Date(clock) });
  await setUpAdmin(app);
  await addSignedInStaff(app, 'counter', ['counter'], 'unit-s6');
  escort1 = await addSignedInStaff(app, 'escorta', ['inspector'], 'unit-s1');
  escort2 = await addSignedInStaff(app, 'escortb', ['inspector'], 'unit-s1');
  await addSignedInStaff(app, 'chief', ['chief'], 'unit-s1');
  await addSignedInStaff(app, 'otherchief', ['chief'], 'unit-s2');
});
afterEach(() => app.close());

const intake = (name: string, itemIds = ['item-e01', 'item-m01'], ubn: string | null = '22099131') =>
  app.ok<{ visitId: string; mode: string }>('counter', 'escort:intake', {
    visitor: { name, phone: '02-2343-1700' },
    company: ubn === null ? null : { name: '台灣積體電路製造股份有限公司', ubn },
    itemIds,
    escortRequested: false,
  });

describe('escort service', () => {
  it('applies the rule: two units need an escort, one unit is served directly', async () => {
    expect((await intake('王小明')).mode).toBe('escort');
    expect((await intake('李大華', ['item-e01', 'item-e02'])).mode).toBe('direct');
    const asked = await app.ok<{ mode: string }>('counter', 'escort:intake', {
      visitor: { name: '陳阿姨', phone: '0912345678' },
      company: null,
      itemIds: ['item-e01'],
      escortRequested: true,
    });
    expect(asked.mode).toBe('escort');
  });

  it('refuses an invalid 統一編號 and writes nothing', async () => {
    const before = await app.ok<{ pending: number }>('counter', 'sync:status');
    const r = await app.call('counter', 'escort:intake', {
      visitor: { name: '王小明', phone: '0912345678' },
      company: { name: '某公司', ubn: '22099132' },
      itemIds: ['item-e01'],
      escortRequested: false,
    });
    expect(r.error?.code).toBe('invalid_input');
    expect(await app.ok('counter', 'sync:status')).toEqual(before);
  });

  it('finds returning visitors and companies as the clerk types, and reuses a company by 統一編號', async () => {
    await intake('王小明');
    await intake('王大明');
    const found = await app.ok<{ visitors: { name: string }[]; companies: { id: string; ubn: string }[] }>('counter', 'escort:lookup', { q: '王' });
    expect(found.visitors.map((v) => v.name).sort()).toEqual(['王大明', '王小明']);
    const byUbn = await app.ok<{ companies: { ubn: string }[] }>('counter', 'escort:lookup', { q: '2209' });
    expect(byUbn.companies).toHaveLength(1);
    const byPhone = await app.ok<{ visitors: unknown[] }>('counter', 'escort:lookup', { q: '02-2343' });
    expect(byPhone.visitors).toHaveLength(2);
  });

  it('suggests free staff of the receiving unit, fewest escorts today first, and never double-books one', async () => {
    const a = await intake('甲');
    const b = await intake('乙');
    const s1 = await app.ok<{ staffId: string; busy: boolean }[]>('counter', 'escort:suggest', { visitId: a.visitId });
    expect(s1.map((s) => s.staffId)).toEqual(expect.arrayContaining([escort1, escort2]));
    await app.ok('counter', 'escort:assign', { visitId: a.visitId, staffId: escort1 });
    const busy = await app.call('counter', 'escort:assign', { visitId: b.visitId, staffId: escort1 });
    expect(busy.error).toMatchObject({ code: 'rejected', reason: 'ESCORT_BUSY' });
    const s2 = await app.ok<{ staffId: string; busy: boolean }[]>('counter', 'escort:suggest', { visitId: b.visitId });
    // The busy escort sinks to the bottom and is marked busy.
    expect(s2.at(-1)).toMatchObject({ staffId: escort1, busy: true });
    expect(s2.slice(0, -1).every((s) => !s.busy)).toBe(true);
  });

  it('two assignments of one escort at the same moment: exactly one wins', async () => {
    const a = await intake('甲');
    const b = await intake('乙');
    const results = await Promise.all([
      app.call('counter', 'escort:assign', { visitId: a.visitId, staffId: escort1 }),
      app.call('counter', 'escort:assign', { visitId: b.visitId, staffId: escort1 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.error).toMatchObject({ reason: 'ESCORT_BUSY' });
  });

  it('reassigns with a reason and keeps the history', async () => {
    const a = await intake('甲');
    await app.ok('counter', 'escort:assign', { visitId: a.visitId, staffId: escort1 });
    await app.ok('counter', 'escort:reassign', { visitId: a.visitId, staffId: escort2, reason: '原專人臨時支援檢驗' });
    const d = await app.ok<{ visit: { escortId: string }; reassignments: { fromStaffId: string; reason: string }[] }>('counter', 'escort:visit', { visitId: a.visitId });
    expect(d.visit.escortId).toBe(escort2);
    expect(d.reassignments).toMatchObject([{ fromStaffId: escort1, reason: '原專人臨時支援檢驗' }]);
    // escort1 is free again.
    const b = await intake('乙');
    await app.ok('counter', 'escort:assign', { visitId: b.visitId, staffId: escort1 });
  });

  it('refuses a stop that ends before it starts, and a finish with an open stop', async () => {
    const a = await intake('甲');
    await app.ok('counter', 'escort:assign', { visitId: a.visitId, staffId: escort1 });
    tick(5);
    const start = at();
    const bad = await app.call('escorta', 'escort:recordStop', {
      visitId: a.visitId, unitId: 'unit-s1', itemId: 'item-e01', startedAt: start,
      endedAt: new Date(clock - 60_000).toISOString(), outcome: 'done', note: '',
    });
    expect(bad.error).toMatchObject({ code: 'rejected', reason: 'STOP_ENDS_BEFORE_START' });
    await app.ok('escorta', 'escort:recordStop', { visitId: a.visitId, unitId: 'unit-s1', itemId: 'item-e01', startedAt: start, endedAt: null, outcome: null, note: '' });
    const early = await app.call('escorta', 'escort:finish', { visitId: a.visitId, satisfaction: 5, remarks: '' });
    expect(early.error).toMatchObject({ reason: 'OPEN_STOP' });
  });

  it('lets only the visit’s escort (or the counter) record its stops, and only escorting roles be escorts', async () => {
    const a = await intake('甲');
    await app.ok('counter', 'escort:assign', { visitId: a.visitId, staffId: escort1 });
    const stop = { visitId: a.visitId, unitId: 'unit-s1', itemId: 'item-e01', startedAt: new Date(clock).toISOString(), endedAt: null, outcome: null, note: '' };
    expect((await app.call('escortb', 'escort:recordStop', stop)).error).toMatchObject({ reason: 'NOT_VISIT_ESCORT' });
    await app.ok('counter', 'escort:recordStop', stop);
    const sec = await addSignedInStaff(app, 'secretary', ['secretariat'], 'unit-s1');
    const b = await intake('乙');
    expect((await app.call('counter', 'escort:assign', { visitId: b.visitId, staffId: sec })).error).toMatchObject({ reason: 'ESCORT_NOT_ELIGIBLE' });
    const suggested = await app.ok<{ staffId: string }[]>('counter', 'escort:suggest', { visitId: b.visitId });
    expect(suggested.map((x) => x.staffId)).not.toContain(sec);
  });

  it('shows the board: waiting, active with the current stop, and today’s figures', async () => {
    const a = await intake('甲');
    await intake('乙');
    tick(4);
    await app.ok('counter', 'escort:assign', { visitId: a.visitId, staffId: escort1 });
    await app.ok('escorta', 'escort:recordStop', { visitId: a.visitId, unitId: 'unit-s2', itemId: 'item-m01', startedAt: at(), endedAt: null, outcome: null, note: '' });
    const board = await app.ok<{
      waiting: { visitorName: string }[];
      active: { visitorName: string; escortName: string; currentStop: { unitId: string; open: boolean } }[];
      figures: { visitors: number; escorted: number; avgWaitMinutes: number };
    }>('counter', 'escort:board');
    expect(board.waiting.map((w) => w.visitorName)).toEqual(['乙']);
    expect(board.active[0]).toMatchObject({ visitorName: '甲', currentStop: { unitId: 'unit-s2', open: true } });
    expect(board.figures).toMatchObject({ visitors: 2, escorted: 2, avgWaitMinutes: 4 });
  });
});
