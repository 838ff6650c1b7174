import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate';
import { ubnRules } from './ubn-rules';

describe('統一編號 rules', () => {
  const t = translatorFor('zh-TW');
  const run = async (trigger: 'onChange' | 'onBlur', value: string): Promise<string[]> => {
    const out: string[] = [];
    for (const rule of ubnRules(t)) {
      if (typeof rule === 'function' || !rule.validator) continue;
      const triggers = ([] as string[]).concat(rule.validateTrigger ?? []);
      if (!triggers.includes(trigger)) continue;
      await Promise.resolve(rule.validator(rule as never, value, () => undefined)).catch((e: Error) => out.push(e.message));
    }
    return out;
  };

  it('flags a wrong checksum as soon as eight digits are typed, and still when the field is left', async () => {
    expect(await run('onChange', '22099132')).toEqual(['統一編號檢查碼不正確，請再核對一次']);
    expect(await run('onBlur', '22099132')).toEqual(['統一編號檢查碼不正確，請再核對一次']);
    expect(await run('onBlur', '22099131')).toEqual([]);
  });

  it('lets a number be typed, and flags a short one when the field is left', async () => {
    expect(await run('onChange', '2209')).toEqual([]);
    expect(await run('onBlur', '2209')).toEqual(['統一編號為 8 位數字']);
    expect(await run('onChange', '22a')).toEqual(['統一編號為 8 位數字']);
    expect(await run('onBlur', '')).toEqual([]);
  });
});
