import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/ipc/errors';
import { DICTIONARIES, en, LOCALES, ZH_PARTS, zhTW } from './dictionary';
import type { MessageKey } from './dictionary';
import { describeError, KNOWN_REJECTION_REASONS } from './error-message';
import { placeholdersOf, translatorFor } from './translate';

const zhKeys = Object.keys(zhTW).sort();

describe('i18n dictionaries', () => {
  it('every language has exactly the zh-TW keys', () => {
    for (const locale of LOCALES) expect(Object.keys(DICTIONARIES[locale]).sort()).toEqual(zhKeys);
  });

  it('no key is defined by two parts (the later one would silently win)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [part, messages] of Object.entries(ZH_PARTS)) {
      for (const key of Object.keys(messages)) {
        const first = owner.get(key);
        if (first !== undefined) clashes.push(`${key}: ${first} and ${part}`);
        else owner.set(key, part);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('no message is empty, and each translation uses the same placeholders', () => {
    for (const key of zhKeys as MessageKey[]) {
      expect(zhTW[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholdersOf(en[key]), key).toEqual(placeholdersOf(zhTW[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translatorFor('zh-TW');
    expect(t('app.version', { version: '1.2.3' })).toBe('版本 1.2.3');
    expect(t('app.version')).toBe('版本 {version}');
  });
});

describe('error messages', () => {
  const t = translatorFor('zh-TW');

  it('gives every error code a Traditional Chinese message that is not the key', () => {
    for (const code of ERROR_CODES) {
      const text = describeError({ code, message: 'x' }, t);
      expect(text, code).toMatch(/[\u4e00-\u9fff]/);
      expect(text).not.toContain('error.');
    }
  });

  it('says how long a lock-out lasts', () => {
    const text = describeError({ code: 'locked_out', message: 'x', details: { retryAfterSeconds: 30 } }, t);
    expect(text).toBe('登入失敗次數過多，請於 30 秒後再試。若忘記密碼，請洽系統管理者重新設定。');
    expect(describeError({ code: 'locked_out', message: 'x' }, t)).toContain('請稍後再試');
  });

  it('knows the refusal reasons of the reference, set-up, escort and record mutators', () => {
    for (const reason of ['USERNAME_TAKEN', 'LAST_ADMIN', 'CODE_TAKEN', 'OUT_OF_RANGE', 'SETUP_DONE', 'ESCORT_BUSY', 'RECORD_SIGNED']) {
      expect(KNOWN_REJECTION_REASONS).toContain(reason);
    }
  });

  it('names each known refusal reason, with its details when given', () => {
    for (const reason of KNOWN_REJECTION_REASONS) {
      const text = describeError({ code: 'rejected', message: 'x', reason }, t);
      expect(text, reason).not.toBe(t('error.rejected'));
      expect(text, reason).not.toMatch(/\{\w+\}/);
    }
    expect(describeError({ code: 'rejected', message: 'x', reason: 'CODE_TAKEN', details: { code: 'S1' } }, t)).toBe(
      '代碼「S1」已被使用，請改用其他代碼。',
    );
    expect(
      describeError({ code: 'rejected', message: 'x', reason: 'OUT_OF_RANGE', details: { min: 1, max: 240 } }, t),
    ).toBe('數值超出允許範圍，請輸入 1 至 240 之間的數值。');
    expect(describeError({ code: 'rejected', message: 'x', reason: 'SOMETHING_NEW' }, t)).toBe(t('error.rejected'));
    expect(describeError({ code: 'rejected', message: 'x', reason: 'ESCORT_BUSY', details: { visitId: 'v1' } }, t)).toContain(
      '正在陪同另一位來洽人',
    );
  });

  it('lets a screen word a code its own way', () => {
    expect(describeError({ code: 'bad_credentials', message: 'x' }, t, { bad_credentials: 'error.unlock_bad_password' })).toBe(
      t('error.unlock_bad_password'),
    );
  });
});
