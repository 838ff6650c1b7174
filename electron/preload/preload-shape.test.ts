import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import { buildApi } from '../../shared/ipc/bridge';

describe('window.api shape (what the preload exposes)', () => {
  const calls: [string, unknown][] = [];
  const api = buildApi(CHANNELS, async (c, i) => {
    calls.push([c, i]);
    return { ok: true, value: null };
  }) as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>;

  it('has one function per channel and nothing else', () => {
    const exposed = Object.entries(api).flatMap(([d, g]) => Object.keys(g).map((v) => `${d}:${v}`));
    expect(exposed.sort()).toEqual([...CHANNELS].sort());
    for (const g of Object.values(api)) for (const f of Object.values(g)) expect(typeof f).toBe('function');
  });

  it('binds each function to its own channel and passes only the input', async () => {
    await api['auth']!['login']!({ username: 'a', password: 'b' });
    await api['staff']!['list']!();
    expect(calls).toEqual([
      ['auth:login', { username: 'a', password: 'b' }],
      ['staff:list', {}],
    ]);
  });

  it('is frozen: the page cannot swap a function for another channel', () => {
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api['auth'])).toBe(true);
  });
});
