import { describe, expect, it } from 'vitest';
import { createReferenceCache } from './reference-cache';

describe('reference cache', () => {
  it('answers from memory within the TTL, reads again after it, and stays bounded', async () => {
    let t = 0;
    let reads = 0;
    const cache = createReferenceCache<string>(1000, 2, () => t);
    const load = (v: string) => async () => {
      reads += 1;
      return v;
    };
    expect(await cache('a', load('A1'))).toBe('A1');
    t = 999;
    expect(await cache('a', load('A2'))).toBe('A1');
    t = 1000;
    expect(await cache('a', load('A3'))).toBe('A3');
    expect(reads).toBe(2);
    await cache('b', load('B'));
    await cache('c', load('C')); // evicts a
    expect(await cache('a', load('A4'))).toBe('A4');
    expect(reads).toBe(5);
  });
});
