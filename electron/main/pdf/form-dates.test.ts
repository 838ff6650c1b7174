import { describe, expect, it } from 'vitest';
import { formatDuration, formatRocDateTime, formatRocDayKey, formatTaipeiTime, minutesBetween } from './form-dates';

describe('form dates', () => {
  it('prints times in Taiwan time whatever the offset they were stored with', () => {
    expect(formatTaipeiTime('2026-11-26T01:05:00Z')).toBe('09:05');
    expect(formatTaipeiTime('2026-11-26T23:59:00+08:00')).toBe('23:59');
    expect(formatRocDateTime(new Date('2026-11-26T16:30:00Z'))).toBe('民國115年11月27日 00:30');
  });

  it('prints a day key as an ROC date', () => {
    expect(formatRocDayKey('2026-11-26')).toBe('民國115年11月26日');
    expect(formatRocDayKey('2027-01-01')).toBe('民國116年1月1日');
    expect(() => formatRocDayKey('26/11/2026')).toThrow(RangeError);
  });

  it('spans and durations', () => {
    expect(minutesBetween('2026-11-26T09:05:00+08:00', '2026-11-26T10:40:00+08:00')).toBe(95);
    expect(minutesBetween('2026-11-26T10:40:00+08:00', '2026-11-26T09:05:00+08:00')).toBe(0);
    expect(formatDuration(95)).toBe('1小時35分');
    expect(formatDuration(40)).toBe('40分');
  });
});
