import { describe, expect, it } from 'vitest';
import { base32, caseUrl, parseScan } from './inspection-case';

describe('QR tokens and scans', () => {
  it('base32 matches RFC 4648 test vectors (upper-case, no padding)', () => {
    const enc = (s: string) => base32(new TextEncoder().encode(s));
    expect(enc('')).toBe('');
    expect(enc('f')).toBe('MY');
    expect(enc('fo')).toBe('MZXQ');
    expect(enc('foobar')).toBe('MZXW6YTBOI');
    expect(base32(new Uint8Array(16).fill(255))).toHaveLength(26);
  });

  it('builds the public URL without doubled slashes', () => {
    expect(caseUrl('https://e.bsmi.example/', 'ABC')).toBe('https://e.bsmi.example/C/ABC');
  });

  it('reads our label URL (any case), a case number, and refuses other codes', () => {
    const token = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(parseScan(`https://e.bsmi.example/C/${token}`, 'https://e.bsmi.example')).toEqual({ token });
    expect(parseScan(`https://e.bsmi.example/c/${token.toLowerCase()}`.replace('/c/', '/C/'), 'https://e.bsmi.example')).toEqual({ token });
    expect(parseScan(`https://evil.example/C/${token}`, 'https://e.bsmi.example')).toBeNull();
    expect(parseScan(' tn-1150001 ', null)).toEqual({ caseNumber: 'TN-1150001' });
    expect(parseScan('<script>', null)).toBeNull();
    expect(parseScan('4710088123456 7', null)).toBeNull();
  });
});
