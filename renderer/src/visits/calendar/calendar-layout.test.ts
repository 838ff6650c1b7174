import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  hmToMinutes,
  minutesToHm,
  monthGridDays,
  stepAnchor,
  taipeiToday,
  viewRange,
  weekDays,
  weekdayOf,
} from './calendar-dates';
import { monthCells } from './month-grid';
import { dragStart, moveByKey, placeAt } from './reschedule';
import { hourMarks, layoutColumn, MIN_VISIBLE_MINUTES, visibleRange } from './time-grid';

const RANGE = { from: 8 * 60, to: 18 * 60 };
const at = (id: string, from: string, to: string) => ({ id, start: hmToMinutes(from), end: hmToMinutes(to) });
const lanesOf = (items: ReturnType<typeof at>[]) =>
  Object.fromEntries(layoutColumn(items, RANGE).map((p) => [p.item.id, `${p.lane}/${p.lanes}`]));

describe('calendar dates', () => {
  it('starts weeks on Monday and crosses months and years', () => {
    expect(weekdayOf('2026-11-30')).toBe(0);
    expect(weekdayOf('2026-12-06')).toBe(6);
    expect(weekDays('2026-12-03')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  });

  it('keeps the day of the month where it exists when moving by months', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-10', -1)).toBe('2025-12-10');
  });

  it('draws six whole weeks for every month, Monday first, holding the 1st and the last day', () => {
    for (const key of ['2026-02-15', '2026-11-01', '2027-02-01', '2026-03-31']) {
      const days = monthGridDays(key);
      expect(days).toHaveLength(42);
      expect(weekdayOf(days[0] ?? '')).toBe(0);
      expect(days).toContain(`${key.slice(0, 7)}-01`);
      expect(days.filter((d) => d.startsWith(key.slice(0, 7))).length).toBeGreaterThanOrEqual(28);
    }
  });

  it('gives each view its days and steps by a view at a time', () => {
    expect(viewRange('day', '2026-12-03')).toEqual({ fromDay: '2026-12-03', toDay: '2026-12-03' });
    expect(viewRange('week', '2026-12-03')).toEqual({ fromDay: '2026-11-30', toDay: '2026-12-06' });
    expect(viewRange('month', '2026-12-03')).toEqual({ fromDay: '2026-11-30', toDay: '2027-01-10' });
    expect(stepAnchor('week', '2026-12-03', 1)).toBe('2026-12-10');
    expect(stepAnchor('month', '2026-12-31', -1)).toBe('2026-11-30');
    expect(stepAnchor('day', '2026-12-31', 1)).toBe('2027-01-01');
  });

  it('reads times of day and the Taiwan day of an instant', () => {
    expect(hmToMinutes('09:30')).toBe(570);
    expect(minutesToHm(570)).toBe('09:30');
    expect(minutesToHm(24 * 60)).toBe('23:59');
    expect(() => hmToMinutes('24:00')).toThrow();
    // 16:30 UTC on 30 Nov is already 1 Dec in Taiwan.
    expect(taipeiToday(Date.parse('2026-11-30T16:30:00Z'))).toBe('2026-12-01');
  });
});

describe('time columns', () => {
  it('gives a lone visit the full width, at its place in the visible hours', () => {
    const [p] = layoutColumn([at('a', '09:00', '10:30')], RANGE);
    expect(p).toMatchObject({ top: 60, height: 90, lane: 0, lanes: 1, cutStart: false, cutEnd: false });
  });

  it('puts overlapping visits side by side and reuses a lane once it is free', () => {
    expect(lanesOf([at('a', '09:00', '11:00'), at('b', '09:30', '10:00'), at('c', '10:00', '10:30')])).toEqual({
      a: '0/2',
      b: '1/2',
      c: '1/2',
    });
    expect(
      lanesOf([at('a', '09:00', '12:00'), at('b', '09:00', '10:00'), at('c', '09:30', '10:30'), at('d', '13:00', '14:00')]),
    ).toEqual({ a: '0/3', b: '1/3', c: '2/3', d: '0/1' });
  });

  it('does not count touching ends as an overlap', () => {
    expect(lanesOf([at('a', '09:00', '10:00'), at('b', '10:00', '11:00')])).toEqual({ a: '0/1', b: '0/1' });
  });

  it('shares the lane count through a chain of overlaps', () => {
    // a overlaps b, b overlaps c, a and c do not: one group, two lanes.
    expect(lanesOf([at('a', '09:00', '10:00'), at('b', '09:30', '10:30'), at('c', '10:00', '11:00')])).toEqual({
      a: '0/2',
      b: '1/2',
      c: '0/2',
    });
  });

  it('keeps a very short visit readable and counts that height as taken', () => {
    const placed = layoutColumn([at('a', '09:00', '09:05'), at('b', '09:10', '09:40')], RANGE);
    expect(placed[0]?.height).toBe(MIN_VISIBLE_MINUTES);
    expect(placed.map((p) => p.lanes)).toEqual([2, 2]);
  });

  it('clips visits at the edges of the visible hours and never drops one outside them', () => {
    const placed = layoutColumn([at('early', '06:00', '09:00'), at('late', '19:00', '20:00')], RANGE);
    expect(placed[0]).toMatchObject({ top: 0, height: 60, cutStart: true, cutEnd: false });
    expect(placed[1]).toMatchObject({ top: 600 - MIN_VISIBLE_MINUTES, height: MIN_VISIBLE_MINUTES, cutEnd: true });
  });

  it('widens the visible hours to whole hours around early and late visits', () => {
    expect(visibleRange([])).toEqual(RANGE);
    expect(visibleRange([at('a', '07:20', '08:30'), at('b', '17:00', '18:10')])).toEqual({ from: 7 * 60, to: 19 * 60 });
    expect(hourMarks(RANGE)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });
});

describe('month cells', () => {
  const visit = (id: string, dayKey: string, hm: string) => ({ id, dayKey, start: hmToMinutes(hm) });

  it('shows every visit when they fit, and "+N" in the last line when they do not', () => {
    const items = [
      visit('a', '2026-12-03', '14:00'),
      visit('b', '2026-12-03', '09:00'),
      visit('c', '2026-12-03', '10:00'),
      visit('d', '2026-12-04', '10:00'),
      visit('e', '2026-12-04', '11:00'),
      visit('f', '2026-12-04', '12:00'),
      visit('g', '2026-12-04', '13:00'),
    ];
    const cells = monthCells(items, '2026-12-10', 3);
    const three = cells.find((c) => c.dayKey === '2026-12-03');
    expect(three?.shown.map((v) => v.id)).toEqual(['b', 'c', 'a']);
    expect(three?.more).toBe(0);
    const four = cells.find((c) => c.dayKey === '2026-12-04');
    expect(four?.shown.map((v) => v.id)).toEqual(['d', 'e']);
    expect(four).toMatchObject({ more: 2, total: 4 });
  });

  it('marks the days of the neighbouring months and still shows their visits', () => {
    const cells = monthCells([visit('x', '2026-11-30', '09:00')], '2026-12-10', 3);
    expect(cells[0]).toMatchObject({ dayKey: '2026-11-30', inMonth: false, total: 1 });
    expect(cells.find((c) => c.dayKey === '2026-12-01')?.inMonth).toBe(true);
  });
});

describe('rescheduling', () => {
  const slot = { dayKey: '2026-12-03', start: hmToMinutes('09:00'), end: hmToMinutes('10:30') };

  it('moves by half an hour (an hour with Shift) or a day, keeping the length', () => {
    expect(moveByKey(slot, 'ArrowDown', 'week')).toEqual({ dayKey: '2026-12-03', start: 570, end: 660 });
    expect(moveByKey(slot, 'ArrowUp', 'day', true)).toEqual({ dayKey: '2026-12-03', start: 480, end: 570 });
    expect(moveByKey(slot, 'ArrowRight', 'week')).toEqual({ ...slot, dayKey: '2026-12-04' });
    expect(moveByKey(slot, 'ArrowLeft', 'day')).toEqual({ ...slot, dayKey: '2026-12-02' });
  });

  it('moves by a week vertically in the month view, keeping the times', () => {
    expect(moveByKey(slot, 'ArrowDown', 'month')).toEqual({ ...slot, dayKey: '2026-12-10' });
    expect(moveByKey(slot, 'ArrowUp', 'month')).toEqual({ ...slot, dayKey: '2026-11-26' });
  });

  it('lands an odd time on the half-hour grid first', () => {
    const odd = { dayKey: '2026-12-03', start: hmToMinutes('09:10'), end: hmToMinutes('09:40') };
    expect(moveByKey(odd, 'ArrowDown', 'week').start).toBe(hmToMinutes('09:30'));
    expect(moveByKey(odd, 'ArrowUp', 'week').start).toBe(hmToMinutes('09:00'));
  });

  it('never moves a visit across midnight', () => {
    const late = { dayKey: '2026-12-03', start: hmToMinutes('22:30'), end: hmToMinutes('23:30') };
    expect(moveByKey(late, 'ArrowDown', 'week', true)).toEqual({ dayKey: '2026-12-03', start: 1379, end: 1439 });
    const early = { dayKey: '2026-12-03', start: 0, end: 60 };
    expect(moveByKey(early, 'ArrowUp', 'week')).toEqual(early);
    expect(placeAt(slot, '2026-12-05', -100)).toEqual({ dayKey: '2026-12-05', start: 0, end: 90 });
  });

  it('turns a drag into a snapped start, keeping the point the visit was grabbed by under the pointer', () => {
    // 1 px per minute, range from 08:00, pointer at 150 px (10:30), grabbed 20 minutes below the visit's top.
    expect(dragStart({ pointerY: 150, pxPerMinute: 1, rangeFrom: 480, grabOffset: 20 })).toBe(hmToMinutes('10:15'));
    expect(dragStart({ pointerY: 157, pxPerMinute: 1, rangeFrom: 480, grabOffset: 0 })).toBe(hmToMinutes('10:30'));
    expect(dragStart({ pointerY: 80, pxPerMinute: 0.8, rangeFrom: 480, grabOffset: 0, step: 30 })).toBe(hmToMinutes('09:30'));
  });
});
