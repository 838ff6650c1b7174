import type { AppState } from '../types';

/** Which top-level screen the app shows; the lock screen is an overlay over the shell. */
export type Screen = 'boot' | 'boot_error' | 'db_error' | 'setup' | 'login' | 'shell';

const screen = (s: AppState): Screen => {
  if (!s.status) return s.bootError ? 'boot_error' : 'boot';
  if (s.status.state === 'db_error') return 'db_error';
  if (s.status.state === 'needs_setup') return 'setup';
  if (!s.sessionChecked) return 'boot';
  return s.session ? 'shell' : 'login';
};

export const systemSelectors = {
  screen,
  status: (s: AppState) => s.status,
  bootError: (s: AppState) => s.bootError,
  boot: (s: AppState) => s.boot,
  appVersion: (s: AppState) => s.status?.appVersion ?? '',
  branchName: (s: AppState) => s.session?.branchName || s.status?.branchName || '',
  sync: (s: AppState) => s.sync,
  refreshSync: (s: AppState) => s.refreshSync,
};
