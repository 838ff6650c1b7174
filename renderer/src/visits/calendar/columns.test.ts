import { describe, expect, it } from 'vitest';
import { dayColumns, inspectorColumns, slotOf } from './columns';

const visit = (id: string, dayKey: string, who: [string, string][], startTime = '09:00', endTime = '10:00') => ({
  id,
  dayKey,
  startTime,
  endTime,
  inspectors: who.map(([staffId, name]) => ({ staffId, name })),
});

describe('calendar columns', () => {
  const visits = [
    visit('a', '2026-12-03', [['s2', '陳檢驗']]),
    visit('b', '2026-12-03', [
      ['s1', '王檢驗'],
      ['s2', '陳檢驗'],
    ]),
    visit('c', '2026-12-04', [['s3', '李檢驗']]),
  ];

  it('puts each visit in its day column for the week view', () => {
    const cols = dayColumns(visits, ['2026-12-03', '2026-12-04', '2026-12-05']);
    expect(cols.map((c) => c.visits.map((v) => v.id))).toEqual([['a', 'b'], ['c'], []]);
  });

  it('gives each busy inspector a column in the day view, a shared visit in each of theirs', () => {
    const cols = inspectorColumns(visits, '2026-12-03', null);
    expect(cols.map((c) => [c.name, c.visits.map((v) => v.id)])).toEqual([
      ['王檢驗', ['b']],
      ['陳檢驗', ['a', 'b']],
    ]);
  });

  it('keeps the one inspector asked for, even on a free day, and a plain column when nobody is busy', () => {
    expect(inspectorColumns(visits, '2026-12-05', { staffId: 's1', name: '王檢驗' })).toMatchObject([
      { staffId: 's1', name: '王檢驗', visits: [] },
    ]);
    expect(inspectorColumns(visits, '2026-12-05', null)).toMatchObject([{ staffId: null, dayKey: '2026-12-05', visits: [] }]);
  });

  it('reads a visit as a slot in minutes', () => {
    expect(slotOf(visit('a', '2026-12-03', [], '09:30', '11:15'))).toEqual({ dayKey: '2026-12-03', start: 570, end: 675 });
  });
});
