/** Nearest-rank percentile (p in 0..100) of a sample; the sample is not modified. */
export const percentile = (sample: readonly number[], p: number): number => {
  if (sample.length === 0) throw new RangeError('percentile of an empty sample');
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
};

export const median = (sample: readonly number[]): number => {
  if (sample.length === 0) throw new RangeError('median of an empty sample');
  const sorted = [...sample].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Milliseconds since `start` (from process.hrtime.bigint()), with sub-microsecond resolution. */
export const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
