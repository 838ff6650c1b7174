import { describe, expect, it } from 'vitest';
import { buildReport, targetMet } from './report';

describe('bench report', () => {
  it('reads targets as written and computes met from the numbers', () => {
    expect(targetMet('ratio <= 3', { value: 9, ratio: 3 })).toBe(true);
    expect(targetMet('ratio <= 3', { value: 1, ratio: 3.01 })).toBe(false);
    expect(targetMet('value <= 5', { value: 5.5, ratio: 1 })).toBe(false);
    expect(targetMet('value < 5', { value: 4.99, ratio: 9 })).toBe(true);
    expect(targetMet('ratio >= 0.5', { value: 1, ratio: 0.4 })).toBe(false);
    expect(() => targetMet('about 3x', { value: 1, ratio: 1 })).toThrow(/cannot read target/);
  });

  it('writes the quality.md shape, with ratio and met derived from the rounded figures', () => {
    const r = buildReport(
      'demo',
      [
        { name: 'a', unit: 'ms', stat: 'median', value: 0.30004, baseline_name: 'raw', baseline: 0.1, target: 'ratio <= 3' },
        { name: 'b', unit: 'ms', stat: 'p95', value: 2, baseline_name: 'raw', baseline: 0.5, target: null },
      ],
      new Date('2026-11-27T10:00:00.123Z'),
    );
    expect(r).toMatchObject({ bench: 'demo', when: '2026-11-27T10:00:00Z' });
    expect(r.machine).toMatch(/^\d+ cores, Node \d+\.\d+$/);
    expect(Object.keys(r.figures[0]!)).toEqual(['name', 'unit', 'stat', 'value', 'baseline_name', 'baseline', 'ratio', 'target', 'met']);
    // 0.30004 is written as 0.3, so the ratio is exactly 3 and the target is met.
    expect(r.figures[0]).toMatchObject({ value: 0.3, baseline: 0.1, ratio: 3, met: true });
    expect(r.figures[1]).toMatchObject({ ratio: 4, target: null, met: null });
  });
});
