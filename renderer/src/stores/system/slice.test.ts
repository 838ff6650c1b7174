import { describe, expect, it } from 'vitest';
import { fakeBackend, ok, localSyncStatus } from '../fake-client';
import { systemSelectors } from './selectors';

const status = (state: 'ready' | 'needs_setup' | 'db_error', extra: object = {}) =>
  ok({ state, dbPath: '/data/branchdesk.db', appVersion: '1.0', schemaVersion: 1, branchName: null, setupUnits: [], ...extra });

describe('system slice: which screen to show', () => {
  it('is undecided until main answers', () => {
    const { store } = fakeBackend();
    expect(systemSelectors.screen(store.getState())).toBe('boot');
  });

  it('shows the database error with its reason', async () => {
    const { store } = fakeBackend({ 'app:status': () => status('db_error', { dbError: 'db_too_new' }) });
    await store.getState().boot();
    expect(systemSelectors.screen(store.getState())).toBe('db_error');
    expect(store.getState().status?.dbError).toBe('db_too_new');
  });

  it('asks for first-run set-up without asking about a session', async () => {
    const { store, calls } = fakeBackend({ 'app:status': () => status('needs_setup') });
    await store.getState().boot();
    expect(systemSelectors.screen(store.getState())).toBe('setup');
    expect(calls.map((c) => c.channel)).toEqual(['app:status']);
  });

  it('reports an unreachable main instead of hanging', async () => {
    const { store } = fakeBackend({
      'app:status': () => {
        throw new Error('ipc down');
      },
    });
    await store.getState().boot();
    expect(systemSelectors.screen(store.getState())).toBe('boot_error');
    expect(store.getState().bootError?.code).toBe('internal');
  });

  it('keeps the last sync state when a refresh fails', async () => {
    let fail = false;
    const { store } = fakeBackend({
      'sync:status': () =>
        fail ? { ok: false, error: { code: 'session_locked', message: '' } } : ok(localSyncStatus(3)),
    });
    await store.getState().refreshSync();
    fail = true;
    await store.getState().refreshSync();
    expect(store.getState().sync?.pending).toBe(3);
  });
});
