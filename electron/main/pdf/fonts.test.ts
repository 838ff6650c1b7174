import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formFontPath, loadFormFonts } from './fonts';

describe('form fonts', () => {
  it('resolves the Noto Sans TC TTFs from the npm package and reads them once', () => {
    expect(formFontPath('regular')).toMatch(/NotoSansTC_400Regular\.ttf$/);
    const fonts = loadFormFonts();
    expect(fonts.regular.readUInt32BE(0)).toBe(0x00010000); // a TrueType outline font
    expect(loadFormFonts()).toBe(fonts);
  });

  it('knows which characters the font has', () => {
    const { hasGlyph } = loadFormFonts();
    for (const ch of '堃喆峯綉啓專人全程服務紀錄表民國年月日０９（）／■□AZaz09') expect(hasGlyph(ch.codePointAt(0) ?? 0)).toBe(true);
    for (const ch of ['𠮷', '\u202E', '\uE000']) expect(hasGlyph(ch.codePointAt(0) ?? 0)).toBe(false);
  });

  it('reads from an override directory, and refuses one that lacks the files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-fonts-'));
    try {
      expect(() => loadFormFonts(dir)).toThrow(/form font missing/);
      for (const w of ['regular', 'bold'] as const) fs.copyFileSync(formFontPath(w), path.join(dir, path.basename(formFontPath(w))));
      expect(loadFormFonts(dir).regular.equals(loadFormFonts().regular)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
