import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });
  it('gives the same bytes whatever the key order', () => {
    expect(canonicalJson({ 名稱: '測試', id: 'x' })).toBe(canonicalJson({ id: 'x', 名稱: '測試' }));
  });
  it('sorts by UTF-16 code units as RFC 8785 does', () => {
    // U+1F600 (surrogates D83D..) sorts before U+FFFD by code units, after it by code points.
    expect(canonicalJson({ '\uFFFD': 1, '😀': 2 })).toBe('{"😀":2,"\uFFFD":1}');
  });
  it('writes numbers in shortest ECMAScript form and refuses non-finite ones', () => {
    expect(canonicalJson([1.0, 0.1, 1e21, -0])).toBe('[1,0.1,1e+21,0]');
    expect(() => canonicalJson(Number.NaN)).toThrow();
  });
  it('escapes strings as JSON does', () => {
    expect(canonicalJson('a"\\\n\u2028')).toBe(JSON.stringify('a"\\\n\u2028'));
  });
});
