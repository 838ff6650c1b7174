import { describe, expect, it } from 'vitest';
import { formatRocDate, formatRocShort, toRocDate } from './roc-date';

describe('ROC dates', () => {
  it('prints a date as government forms do', () => {
    expect(formatRocDate(new Date('2026-11-26T03:00:00Z'))).toBe('民國115年11月26日');
    expect(formatRocShort(new Date('2026-01-05T03:00:00Z'))).toBe('115/01/05');
  });
  it('uses Taiwan time, not the machine zone: 16:30 UTC is already the next day in Taipei', () => {
    expect(toRocDate(new Date('2026-12-31T16:30:00Z'))).toEqual({ rocYear: 116, month: 1, day: 1 });
    expect(toRocDate(new Date('2026-12-31T15:59:59Z'))).toEqual({ rocYear: 115, month: 12, day: 31 });
  });
  it('starts at 民國1年 in 1912 and refuses earlier dates', () => {
    expect(toRocDate(new Date('1912-06-01T00:00:00Z')).rocYear).toBe(1);
    expect(() => toRocDate(new Date('1911-06-01T00:00:00Z'))).toThrow();
  });
});
