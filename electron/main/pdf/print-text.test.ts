import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanPrintText, tokenize, wrapText } from './print-text';

/** A monospace stand-in for font metrics: CJK and other wide characters 10, everything else 5. */
const measure = (s: string): number => Array.from(s).reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 10 : 5), 0);

describe('cleanPrintText', () => {
  it('drops bidi controls, zero-width characters and C0/C1 controls but keeps line breaks', () => {
    expect(cleanPrintText('a\u202Eb\u200Fc\u2066d\u200Be\u0007f\u0085g')).toBe('abcdefg');
    expect(cleanPrintText('一\r\n二\r三\t四')).toBe('一\n二\n三 四');
  });

  it('keeps characters beyond the BMP and replaces lone surrogates', () => {
    expect(cleanPrintText('𠮷田')).toBe('𠮷田');
    expect(cleanPrintText('x\uD842y')).toBe('x\uFFFDy');
  });
});

describe('tokenize', () => {
  it('keeps Latin words and numbers whole, CJK characters single, and punctuation with its neighbour', () => {
    expect(tokenize('請於 12/3 前補送（可傳真）。')).toEqual(['請', '於', ' ', '12/3', ' ', '前', '補', '送', '（可', '傳', '真）。']);
    expect(tokenize('<img src=x>')).toEqual(['<', 'img', ' ', 'src=x', '>']);
  });
});

describe('wrapText', () => {
  it('fills lines greedily and never starts a line with closing punctuation', () => {
    expect(wrapText('一二三四五六', 30, measure)).toEqual(['一二三', '四五六']);
    expect(wrapText('一二三。四五', 30, measure)).toEqual(['一二', '三。四', '五']);
  });

  it('hard-breaks a word wider than the line, never inside a surrogate pair', () => {
    expect(wrapText('A'.repeat(9), 20, measure)).toEqual(['AAAA', 'AAAA', 'A']);
    expect(wrapText('𠮷𠮷𠮷', 20, measure)).toEqual(['𠮷𠮷', '𠮷']);
  });

  it('keeps explicit line breaks and always gives at least one line', () => {
    expect(wrapText('一\n\n二', 100, measure)).toEqual(['一', '', '二']);
    expect(wrapText('', 100, measure)).toEqual(['']);
  });

  it('every line fits and no visible character is lost, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 10, max: 200 }), (text, width) => {
        const lines = wrapText(text, width, measure);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(Math.max(width, 10));
        const visible = (s: string) => cleanPrintText(s).replace(/\s+/g, '');
        expect(lines.join('').replace(/\s+/g, '')).toBe(visible(text));
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });
});
