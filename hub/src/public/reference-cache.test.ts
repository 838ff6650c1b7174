import { describe, expect, it } from 'vitest';
import { createReferenceCache } from './reference-cache';

describe('reference cache', () => {
  it('answers from memory within the TTL, reads again after it, and stays bounded', () => {
    let t = 0;
    let reads = 0;
    const cache = createReferenceCache(1000, 2, () => t);
    const load = (v: string) => () => {
      reads += 1;
      return v;
    };
    expect(cache('a', load('A1'))).toBe('A1');
    t = 999;
    expect(cache('a', load('A2'))).toBe('A1');
    t = 1000;
    expect(cache('a', load('A3'))).toBe('A3');
    expect(reads).toBe(2);
    cache('b', load('B'));
    cache('c', load('C')); // evicts a
    expect(cache('a', load('A4'))).toBe('A4');
    expect(reads).toBe(5);
  });
});
