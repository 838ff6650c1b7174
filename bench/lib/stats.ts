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

export interface BufferTimings {
  ms: number[];
  /** Byte length of the last result. */
  bytes: number;
}

/** `n` sequential runs of `op`: each run's milliseconds and the size of what it made. */
export const timeBuffers = async (op: () => Promise<Buffer>, n: number): Promise<BufferTimings> => {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    const out = await op();
    ms.push(msSince(t));
    bytes = out.length;
  }
  return { ms, bytes };
};

/**
 * `ours` against its same-run `baseline`: `warm` unrecorded runs of each (fonts parsed, code
 * compiled, as in a running app), then at least `runs` recorded runs of each in interleaved rounds
 * of `round`, so drift on a shared machine hits both sides alike.
 */
export const interleavedBuffers = async (
  ours: () => Promise<Buffer>,
  baseline: () => Promise<Buffer>,
  { runs, round, warm = 5 }: { runs: number; round: number; warm?: number },
): Promise<{ ours: BufferTimings; baseline: BufferTimings }> => {
  await timeBuffers(ours, warm);
  await timeBuffers(baseline, warm);
  const a: BufferTimings = { ms: [], bytes: 0 };
  const b: BufferTimings = { ms: [], bytes: 0 };
  for (let k = 0; k < runs; k += round) {
    const x = await timeBuffers(ours, round);
    const y = await timeBuffers(baseline, round);
    a.ms.push(...x.ms);
    a.bytes = x.bytes;
    b.ms.push(...y.ms);
    b.bytes = y.bytes;
  }
  return { ours: a, baseline: b };
};
