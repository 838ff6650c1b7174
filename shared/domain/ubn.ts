/**
 * 統一編號 (Unified Business Number) check, by the Ministry of Finance's current rule (since 2023):
 * eight digits, weights 1-2-1-2-1-2-4-1; add the two digits of each product; the total must be
 * divisible by 5. When the seventh digit is 7, its product 28 counts as 2+8=10 and then as either
 * 1 or 0, so the number is valid if either total is divisible by 5.
 */
const WEIGHTS = [1, 2, 1, 2, 1, 2, 4, 1] as const;

export const isValidUbn = (ubn: string): boolean => {
  if (!/^\d{8}$/.test(ubn)) return false;
  const digits = Array.from(ubn, Number);
  let sum = 0;
  digits.forEach((d, i) => {
    if (i === 6 && d === 7) return; // handled below
    const p = d * (WEIGHTS[i] ?? 0);
    sum += Math.floor(p / 10) + (p % 10);
  });
  if (digits[6] === 7) return sum % 5 === 0 || (sum + 1) % 5 === 0;
  return sum % 5 === 0;
};
