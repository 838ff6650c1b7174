import { describe, expect, it } from 'vitest';
import { configFromEnv, HubConfigError, parseDeviceTokens } from './config';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

describe('hub configuration from the environment', () => {
  it('has the documented defaults', () => {
    const c = configFromEnv({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 8787, branchId: 'branch-main', deviceTokens: [], logLevel: 'info' });
    expect(c.dataDir.endsWith('.hub-data')).toBe(true);
  });

  it('reads the static device token list', () => {
    expect(parseDeviceTokens(` laptop-1:${TOKEN}, counter_2:${TOKEN}x ,`)).toEqual([
      { deviceId: 'laptop-1', token: TOKEN },
      { deviceId: 'counter_2', token: `${TOKEN}x` },
    ]);
  });

  it.each([
    ['no colon', 'laptop-1'],
    ['empty id', `:${TOKEN}`],
    ['short token', 'laptop-1:short'],
    ['bad id', `lap top:${TOKEN}`],
    ['a device twice', `a:${TOKEN},a:${TOKEN}`],
  ])('refuses %s', (_what, text) => {
    expect(() => parseDeviceTokens(text)).toThrow(HubConfigError);
  });

  it('refuses a port that is not one', () => {
    expect(() => configFromEnv({ HUB_PORT: 'eighty' })).toThrow(HubConfigError);
    expect(() => configFromEnv({ HUB_PORT: '70000' })).toThrow(HubConfigError);
  });
});
