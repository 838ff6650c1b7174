import { describe, expect, it } from 'vitest';
import { configFromEnv, HubConfigError, parseIntegrationKeys, parseTrustProxy } from '../config';
import { hashIntegrationKey, integrationAuthenticator } from './keys';

const KEY = 'k'.repeat(16) + 'abcdefghijklmnopqrstuvwx';

describe('integration keys from HUB_INTEGRATION_KEYS', () => {
  it('keeps only the SHA-256 of each key, or takes the hash as given', () => {
    const hash = hashIntegrationKey('another-key-of-at-least-32-characters');
    const keys = parseIntegrationKeys(` bureau-central:${KEY} , lab_2:sha256:${hash},`);
    expect(keys).toEqual([
      { name: 'bureau-central', keyHash: hashIntegrationKey(KEY) },
      { name: 'lab_2', keyHash: hash },
    ]);
    expect(JSON.stringify(keys)).not.toContain(KEY);
  });

  it.each([
    ['no colon', 'bureau'],
    ['an empty name', `:${KEY}`],
    ['a short key', 'bureau:short-key'],
    ['a bad name', `bureau central:${KEY}`],
    ['an upper-case name (it becomes a username)', `Bureau:${KEY}`],
    ['a name over 28 characters', `${'b'.repeat(29)}:${KEY}`],
    ['a bad hash', 'bureau:sha256:abc'],
    ['a name twice', `a:${KEY},a:${KEY}x`],
    ['one key for two systems', `a:${KEY},b:${KEY}`],
  ])('refuses %s', (_what, text) => {
    expect(() => parseIntegrationKeys(text)).toThrow(HubConfigError);
  });

  it('reads the rate limit and the proxy setting, with defaults', () => {
    expect(configFromEnv({})).toMatchObject({ integrationKeys: [], publicRateLimit: { burst: 60, perSecond: 0.5, maxClients: 10_000 }, trustProxy: false });
    const c = configFromEnv({ HUB_PUBLIC_RATE_BURST: '5', HUB_PUBLIC_RATE_PER_SECOND: '0.25', HUB_PUBLIC_RATE_CLIENTS: '100', HUB_TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' });
    expect(c.publicRateLimit).toEqual({ burst: 5, perSecond: 0.25, maxClients: 100 });
    expect(c.trustProxy).toBe('10.0.0.1, 10.0.0.0/8');
    expect(() => configFromEnv({ HUB_PUBLIC_RATE_BURST: '0' })).toThrow(HubConfigError);
    expect(() => configFromEnv({ HUB_PUBLIC_RATE_BURST: '2.5' })).toThrow(HubConfigError);
    expect(() => configFromEnv({ HUB_PUBLIC_RATE_PER_SECOND: 'fast' })).toThrow(HubConfigError);
    expect(parseTrustProxy('true')).toBe(true);
    expect(() => parseTrustProxy('everyone')).toThrow(HubConfigError);
  });
});

describe('integration authenticator', () => {
  const auth = integrationAuthenticator([
    { name: 'bureau-central', keyHash: hashIntegrationKey(KEY) },
    { name: 'lab', keyHash: hashIntegrationKey(`${KEY}2`) },
  ]);

  it('names the integration a bearer key belongs to', () => {
    expect(auth(`Bearer ${KEY}`)).toBe('bureau-central');
    expect(auth(`Bearer ${KEY}2`)).toBe('lab');
  });

  it('knows nobody else', () => {
    for (const h of [undefined, '', KEY, `Basic ${KEY}`, `Bearer ${KEY}x`, `Bearer  ${KEY}`, `bearer ${KEY}`]) expect(auth(h)).toBeUndefined();
    expect(integrationAuthenticator([])(`Bearer ${KEY}`)).toBeUndefined();
  });
});
