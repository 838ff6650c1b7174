import type { AppState } from '../types';

export const auditSelectors = {
  entries: (s: AppState) => s.auditEntries,
  /** 1-based page number of the current page. */
  page: (s: AppState) => Math.max(1, s.auditCursors.length),
  hasOlder: (s: AppState) => s.auditHasOlder,
  hasNewer: (s: AppState) => s.auditCursors.length > 1,
  verify: (s: AppState) => s.auditVerify,
  loading: (s: AppState) => s.auditLoading,
  error: (s: AppState) => s.auditError,
  loadPage: (s: AppState) => s.loadAuditPage,
  verifyAudit: (s: AppState) => s.verifyAudit,
};
