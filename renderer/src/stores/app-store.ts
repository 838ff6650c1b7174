import { useStore } from 'zustand';
import { apiClient } from '../api/client';
import { createAppStore } from './store';
import type { AppState } from './types';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** The app's single store, talking to the real main process. */
export const appStore = createAppStore({ client: apiClient, storage: storage() });

export const useAppStore = <T>(selector: (s: AppState) => T): T => useStore(appStore, selector);
