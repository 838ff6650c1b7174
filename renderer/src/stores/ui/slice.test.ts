import { describe, expect, it } from 'vitest';
import { fakeBackend } from '../fake-client';
import { LOCALE_STORAGE_KEY } from './slice';

describe('ui slice', () => {
  it('starts in zh-TW and remembers a switch to English', () => {
    const { store, memory } = fakeBackend();
    expect(store.getState().locale).toBe('zh-TW');
    store.getState().setLocale('en');
    expect(store.getState().locale).toBe('en');
    expect(memory.get(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('ignores a stored value that is not a language it knows', async () => {
    const { createAppStore } = await import('../store');
    const { createClient } = await import('../../api/client');
    const storage = { getItem: () => 'klingon', setItem: () => undefined };
    const store = createAppStore({ client: createClient(() => undefined), storage });
    expect(store.getState().locale).toBe('zh-TW');
  });

  it('opens and closes the app-wide dialogs', () => {
    const { store } = fakeBackend();
    store.getState().setChangePasswordOpen(true);
    store.getState().setShortcutsOpen(true);
    expect(store.getState().changePasswordOpen && store.getState().shortcutsOpen).toBe(true);
  });
});
