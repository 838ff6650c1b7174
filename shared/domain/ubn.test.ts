import { describe, expect, it } from 'vitest';
import { isValidUbn } from './ubn';

describe('統一編號 check', () => {
  it('accepts real numbers', () => {
    // 台積電, 中華電信, 鴻海, 統一企業
    for (const u of ['22099131', '96979933', '04541302', '04595257']) expect(isValidUbn(u), u).toBe(true);
  });
  it('applies the 7-in-the-seventh-digit rule both ways', () => {
    // 台灣大哥大 has a 7 in the seventh digit.
    expect(isValidUbn('97176270')).toBe(true);
    // Other digits sum to 4: valid only when the 7 counts as 1.
    expect(isValidUbn('40000070')).toBe(true);
    // Other digits sum to 1 or 3: neither 0 nor 1 makes it divisible by 5.
    expect(isValidUbn('10000070')).toBe(false);
    expect(isValidUbn('00000171')).toBe(false);
    // Other digits sum to 5: valid when the 7 counts as 0.
    expect(isValidUbn('12000070')).toBe(true);
  });
  it('accepts numbers valid only under the divisible-by-5 rule (not the old divisible-by-10)', () => {
    // Digit sum 5: divisible by 5, not by 10.
    expect(isValidUbn('10000004')).toBe(true);
    expect(isValidUbn('10000009')).toBe(true);
    expect(isValidUbn('10000002')).toBe(false);
  });
  it('refuses wrong check digits and malformed input', () => {
    for (const u of ['22099132', '12345678', '2209913', '220991311', '2209913a', '', ' 22099131']) {
      expect(isValidUbn(u), u).toBe(false);
    }
  });
});
