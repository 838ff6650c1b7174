import type { AppState } from '../types';

export const syncSelectors = {
  status: (s: AppState) => s.sync,
  rejections: (s: AppState) => s.syncRejections,
  rejectionsLoaded: (s: AppState) => s.syncRejectionsLoaded,
  rejectedCount: (s: AppState): number => s.sync?.rejected ?? 0,
  rejectionsOpen: (s: AppState) => s.rejectionsOpen,
  settings: (s: AppState) => s.syncSettings,
  issuedCode: (s: AppState) => s.issuedCode,
  running: (s: AppState): boolean => s.syncRunning || (s.sync?.syncing ?? false),
  error: (s: AppState) => s.syncError,
  loadRejections: (s: AppState) => s.loadSyncRejections,
  dismiss: (s: AppState) => s.dismissRejection,
  setRejectionsOpen: (s: AppState) => s.setRejectionsOpen,
  syncNow: (s: AppState) => s.syncNow,
  loadSettings: (s: AppState) => s.loadSyncSettings,
  saveSettings: (s: AppState) => s.saveSyncSettings,
  enroll: (s: AppState) => s.enrollSync,
  issueCode: (s: AppState) => s.issueEnrollmentCode,
  join: (s: AppState) => s.joinBranch,
};
