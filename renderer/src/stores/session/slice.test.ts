import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../../../shared/ipc/contract';
import { fakeBackend, ok } from '../fake-client';
import { sessionSelectors } from './selectors';
import { systemSelectors } from '../system/selectors';

const ADMIN: SessionInfo = {
  staffId: 's1',
  name: '王大明',
  username: 'admin',
  roles: ['admin'],
  unitId: 'unit-s1',
  unitName: '第一課',
  branchName: '分局',
  idleLockMinutes: 10,
};

const ready = {
  'app:status': () =>
    ok({ state: 'ready' as const, dbPath: '/x/branchdesk.db', appVersion: '1', schemaVersion: 1, branchName: '分局', setupUnits: [] }),
};

describe('session slice', () => {
  it('signs in with main’s answer and shows the shell', async () => {
    const { store } = fakeBackend({
      ...ready,
      'auth:session': () => ok({ session: null, locked: false }),
      'auth:login': () => ok(ADMIN),
    });
    await store.getState().boot();
    expect(systemSelectors.screen(store.getState())).toBe('login');
    const r = await store.getState().login('admin', 'correct horse battery');
    expect(r.ok).toBe(true);
    expect(sessionSelectors.session(store.getState())).toEqual(ADMIN);
    expect(systemSelectors.screen(store.getState())).toBe('shell');
  });

  it('keeps nobody signed in when main refuses the password', async () => {
    const { store } = fakeBackend({
      'auth:login': () => ({ ok: false, error: { code: 'bad_credentials', message: 'no' } }),
    });
    const r = await store.getState().login('admin', 'wrong');
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(store.getState().session).toBeNull();
  });

  it('locks the screen at once on lock(), then tells main', async () => {
    const { store, calls } = fakeBackend({ 'auth:login': () => ok(ADMIN), 'auth:lock': () => ok({ done: true as const }) });
    await store.getState().login('admin', 'pw');
    const pending = store.getState().lock('idle');
    expect(store.getState().locked).toBe(true);
    expect(store.getState().lockReason).toBe('idle');
    await pending;
    expect(calls.map((c) => c.channel)).toContain('auth:lock');
  });

  it('shows the lock screen when any call comes back session_locked', async () => {
    const { store } = fakeBackend({
      'auth:login': () => ok(ADMIN),
      'staff:list': () => ({ ok: false, error: { code: 'session_locked', message: 'locked' } }),
    });
    await store.getState().login('admin', 'pw');
    await store.getState().loadStaff();
    expect(store.getState().locked).toBe(true);
    expect(store.getState().lockReason).toBe('main');
  });

  it('signs out (with a notice) when main no longer knows the session', async () => {
    const { store } = fakeBackend({
      'auth:login': () => ok(ADMIN),
      'reference:get': () => ({ ok: false, error: { code: 'unauthenticated', message: 'gone' } }),
    });
    await store.getState().login('admin', 'pw');
    await store.getState().loadReference();
    expect(store.getState().session).toBeNull();
    expect(store.getState().sessionEnded).toBe(true);
  });

  it('unlocks with the right password; a wrong one re-reads whether the session survived', async () => {
    let unlockOk = false;
    const { store, calls } = fakeBackend({
      'auth:login': () => ok(ADMIN),
      'auth:lock': () => ok({ done: true as const }),
      'auth:unlock': () => (unlockOk ? ok(ADMIN) : { ok: false, error: { code: 'bad_credentials', message: 'no' } }),
      'auth:session': () => ok({ session: ADMIN, locked: true }),
    });
    await store.getState().login('admin', 'pw');
    await store.getState().lock('manual');
    await store.getState().unlock('wrong');
    expect(store.getState().locked).toBe(true);
    expect(calls.filter((c) => c.channel === 'auth:session')).toHaveLength(1);
    unlockOk = true;
    await store.getState().unlock('pw');
    expect(store.getState().locked).toBe(false);
    expect(store.getState().lockReason).toBeNull();
  });

  it('forgets cached data on sign-out', async () => {
    const { store } = fakeBackend({
      'auth:login': () => ok(ADMIN),
      'auth:logout': () => ok({ done: true as const }),
      'staff:list': () =>
        ok([{ id: 's1', unitId: 'unit-s1', name: '王大明', username: 'admin', roles: ['admin' as const], active: true, demo: false, hasPassword: true }]),
    });
    await store.getState().login('admin', 'pw');
    await store.getState().loadStaff();
    expect(store.getState().staff).toHaveLength(1);
    await store.getState().logout();
    expect(store.getState().staff).toEqual([]);
    expect(store.getState().session).toBeNull();
    expect(store.getState().sessionEnded).toBe(false);
  });
});
