import { describe, expect, it } from 'vitest';
import { formatRocDateTime } from './roc-time';

describe('ROC date and time on the public page', () => {
  it('prints Taiwan time, crossing the date line of UTC', () => {
    expect(formatRocDateTime(new Date('2026-11-27T01:30:00Z'))).toBe('民國115年11月27日 09:30');
    expect(formatRocDateTime(new Date('2026-11-26T16:05:09Z'), true)).toBe('民國115年11月27日 00:05:09');
    expect(formatRocDateTime(new Date('2026-11-27T09:30:00+08:00'))).toBe('民國115年11月27日 09:30');
  });
});
