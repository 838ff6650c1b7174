import { describe, expect, it } from 'vitest';
import referenceSeed from '../../resources/seed/reference.json';
import type { MutationActor, MutationContext } from './define';
import { createMemoryStore, runInMemory } from './memory-tx';
import { SETUP_DONE_KEY } from './setup';

const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
const ctx = (actor: MutationActor = SYSTEM): MutationContext => ({
  actor,
  now: '2026-11-27T10:00:00.000Z',
  mutationId: 'm-setup',
});
const verifier = `scrypt$10$8$1$${'A'.repeat(22)}$${'B'.repeat(43)}`;
const firstAdmin = { staffId: 'admin-1', unitId: 'unit-sec', name: '系統管理員', username: 'admin', verifier };

const seeded = () => {
  const store = createMemoryStore();
  expect(runInMemory(store, 'reference.seed', referenceSeed, ctx())).toEqual({ ok: true });
  return store;
};

describe('setup.createFirstAdmin', () => {
  it('creates an active admin, their credential and the set-up marker', () => {
    const store = seeded();
    expect(runInMemory(store, 'setup.createFirstAdmin', firstAdmin, ctx())).toEqual({ ok: true });
    expect(store.tx.get('staff', 'admin-1')).toEqual({
      id: 'admin-1',
      unitId: 'unit-sec',
      name: '系統管理員',
      username: 'admin',
      roles: ['admin'],
      active: true,
      demo: false,
    });
    expect(store.tx.get('credentials', 'admin-1')?.verifier).toBe(verifier);
    expect(store.tx.get('settings', SETUP_DONE_KEY)?.value).toEqual({ at: '2026-11-27T10:00:00.000Z', by: 'admin-1' });
  });

  it('runs only once: a second first admin is refused (SETUP_DONE) and nothing changes', () => {
    const store = seeded();
    runInMemory(store, 'setup.createFirstAdmin', firstAdmin, ctx());
    const before = store.snapshot();
    const again = runInMemory(store, 'setup.createFirstAdmin', { ...firstAdmin, staffId: 'admin-2', username: 'admin2' }, ctx());
    expect(again).toMatchObject({ ok: false, kind: 'rejected', code: 'SETUP_DONE' });
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses a username already taken (USERNAME_TAKEN) and an unknown unit, writing nothing', () => {
    const store = seeded();
    store.tx.put('staff', { id: 'x', unitId: 'unit-s1', name: 'x', username: 'admin', roles: ['counter'], active: true, demo: true });
    const before = store.snapshot();
    expect(runInMemory(store, 'setup.createFirstAdmin', firstAdmin, ctx())).toMatchObject({ code: 'USERNAME_TAKEN' });
    expect(runInMemory(store, 'setup.createFirstAdmin', { ...firstAdmin, username: 'root', unitId: 'nope' }, ctx())).toMatchObject({
      code: 'UNKNOWN_UNIT',
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('is the app’s own act: a person (even one claiming admin) cannot run it', () => {
    const store = seeded();
    const before = store.snapshot();
    expect(runInMemory(store, 'setup.createFirstAdmin', firstAdmin, ctx({ staffId: 'a', roles: ['admin'] }))).toEqual({
      ok: false,
      kind: 'forbidden',
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses malformed args: an upper-case username, a short verifier, extra fields', () => {
    const store = seeded();
    for (const bad of [
      { ...firstAdmin, username: 'Admin' },
      { ...firstAdmin, verifier: 'short' },
      { ...firstAdmin, roles: ['admin'] },
    ]) {
      expect(runInMemory(store, 'setup.createFirstAdmin', bad, ctx())).toEqual({ ok: false, kind: 'invalid_args' });
    }
    expect(store.tx.get('settings', SETUP_DONE_KEY)).toBeUndefined();
  });
});
