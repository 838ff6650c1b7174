import { describe, expect, it } from 'vitest';
import { areaOf, scheduleWarnings, taipeiDayOf, taipeiInstant } from './visit';

const v = (id: string, inspectorIds: string[], dayKey: string, startTime: string, endTime: string, address: string, status = 'scheduled' as const) => ({
  id,
  inspectorIds,
  dayKey,
  startTime,
  endTime,
  address,
  status,
});

describe('areaOf (縣市 of an address)', () => {
  it('folds 臺/台, skips a postal code and 台灣省, and keeps a county apart from a city inside it', () => {
    expect(areaOf('臺北市中正區重慶南路一段1號')).toBe('台北市');
    expect(areaOf('100 台北市中正區')).toBe('台北市');
    expect(areaOf('70955臺南市安南區工業一路1號')).toBe('台南市');
    expect(areaOf('台灣省新竹縣竹北市光明六路')).toBe('新竹縣');
    expect(areaOf('新竹市東區')).toBe('新竹市');
    expect(areaOf('高雄市前鎮區')).toBe('高雄市');
    expect(areaOf('工業一路1號')).toBeNull();
    expect(areaOf('')).toBeNull();
  });
});

describe('Taiwan day and instant', () => {
  it('a UTC evening is the next Taiwan day; an agreed time is +08:00', () => {
    expect(taipeiDayOf('2026-11-26T16:00:00.000Z')).toBe('2026-11-27');
    expect(taipeiDayOf('2026-11-26T15:59:59.000Z')).toBe('2026-11-26');
    expect(new Date(taipeiInstant('2026-12-01', '09:30')).toISOString()).toBe('2026-12-01T01:30:00.000Z');
  });
});

describe('scheduleWarnings', () => {
  it('double_booked: the same inspector on overlapping times that day; touching ends are fine', () => {
    const w = scheduleWarnings([
      v('a', ['s1', 's2'], '2026-12-01', '09:00', '11:00', '台南市'),
      v('b', ['s1'], '2026-12-01', '10:30', '12:00', '台南市'),
      v('c', ['s2'], '2026-12-01', '11:00', '12:00', '台南市'),
    ]);
    expect(w).toEqual([{ kind: 'double_booked', dayKey: '2026-12-01', staffId: 's1', visitIds: ['a', 'b'] }]);
  });

  it('far_apart: one inspector in two 縣市 on one day, not on two days, not two inspectors', () => {
    const w = scheduleWarnings([
      v('a', ['s1'], '2026-12-01', '09:00', '10:00', '臺南市安南區'),
      v('b', ['s1'], '2026-12-01', '14:00', '15:00', '高雄市前鎮區'),
      v('c', ['s1'], '2026-12-02', '09:00', '10:00', '屏東縣'),
      v('d', ['s2'], '2026-12-01', '09:00', '10:00', '嘉義縣'),
    ]);
    expect(w).toEqual([{ kind: 'far_apart', dayKey: '2026-12-01', staffId: 's1', visitIds: ['a', 'b'] }]);
  });

  it('cancelled visits never count, and an address without an area is not judged', () => {
    expect(
      scheduleWarnings([
        v('a', ['s1'], '2026-12-01', '09:00', '11:00', '臺南市'),
        { ...v('b', ['s1'], '2026-12-01', '10:00', '12:00', '高雄市'), status: 'cancelled' as const },
        v('c', ['s1'], '2026-12-01', '13:00', '14:00', '某工業區'),
      ]),
    ).toEqual([]);
  });
});
