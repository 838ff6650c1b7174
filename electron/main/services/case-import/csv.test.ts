import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv } from './csv';

describe('CSV', () => {
  it('reads quotes, doubled quotes, commas and newlines inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFF報驗號碼,公司名稱\r\nA1,"甲公司, 台南"\r\nA2,"說""明""\n第二行"\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      ['報驗號碼', '公司名稱'],
      ['A1', '甲公司, 台南'],
      ['A2', '說"明"\n第二行'],
    ]);
  });
  it('keeps a last line without a newline and empty fields', () => {
    expect(parseCsv('a,,c\nd,e,')).toEqual([
      ['a', '', 'c'],
      ['d', 'e', ''],
    ]);
  });
  it('decodes UTF-8, and Big5 when the bytes are not UTF-8', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('標準檢驗局'))).toEqual({ text: '標準檢驗局', encoding: 'utf-8' });
    // 標準 in Big5: BC D0 B7 C7
    expect(decodeCsvBytes(new Uint8Array([0xbc, 0xd0, 0xb7, 0xc7]))).toEqual({ text: '標準', encoding: 'big5' });
  });
});
