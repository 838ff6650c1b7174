import { describe, expect, it } from 'vitest';
import { interleavedBuffers } from './stats';

describe('interleavedBuffers', () => {
  it('warms each side, then records whole interleaved rounds of each and the size of the last result', async () => {
    const calls: string[] = [];
    const op = (name: string, size: number) => () => {
      calls.push(name);
      return Promise.resolve(Buffer.alloc(size));
    };
    const r = await interleavedBuffers(op('a', 3), op('b', 7), { runs: 5, round: 2, warm: 1 });
    expect(calls.join('')).toBe('abaabbaabbaabb');
    expect(r.ours.ms).toHaveLength(6);
    expect(r.baseline.ms).toHaveLength(6);
    expect(r.ours.ms.every((ms) => ms >= 0)).toBe(true);
    expect([r.ours.bytes, r.baseline.bytes]).toEqual([3, 7]);
  });
});
