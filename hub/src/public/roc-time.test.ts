import { describe, expect, it } from 'vitest';
import { formatRocDate } from '../../../shared/util/roc-date';
import { formatRocDateTime } from './roc-time';

describe('ROC date and time on the public page', () => {
  it('prints Taiwan time, crossing the date line of UTC', () => {
    expect(formatRocDateTime(new Date('2026-11-27T01:30:00Z'))).toBe('民國115年11月27日 09:30');
    expect(formatRocDateTime(new Date('2026-11-26T16:05:09Z'), true)).toBe('民國115年11月27日 00:05:09');
    expect(formatRocDateTime(new Date('2026-11-27T09:30:00+08:00'))).toBe('民國115年11月27日 09:30');
  });
});

describe('the same calendar day as the desktop forms', () => {
  it('agrees with formatRocDate on every day of a year, at both ends of the day', () => {
    for (let d = 0; d < 366; d++) {
      for (const ms of [0, 86_399_000]) {
        const instant = new Date(Date.UTC(2026, 0, 1) - 8 * 3_600_000 + d * 86_400_000 + ms);
        expect(formatRocDateTime(instant).split(' ')[0]).toBe(formatRocDate(instant));
      }
    }
  });
});
