import { TERMINAL_MILESTONES } from '../../../../shared/domain/inspection-case';
import type { AppState } from '../types';

export const casesSelectors = {
  query: (s: AppState) => s.caseQuery,
  kind: (s: AppState) => s.caseKind,
  results: (s: AppState) => s.caseResults,
  resultKind: (s: AppState) => s.caseResultKind,
  searching: (s: AppState) => s.caseSearching,
  searchError: (s: AppState) => s.caseSearchError,
  recent: (s: AppState) => s.recentCases,
  recentLoaded: (s: AppState) => s.recentCasesLoaded,
  detail: (s: AppState) => s.caseDetail,
  detailError: (s: AppState) => s.caseDetailError,
  /** The open case, only when it is `caseId` (never the last one's data under another address). */
  detailOf: (caseId: string) => (s: AppState) => (s.caseDetail?.summary.id === caseId ? s.caseDetail : null),
  /** Whether the open case is closed (發證/結案, 退件, 撤件): no further milestone. */
  closed: (s: AppState) => (s.caseDetail ? TERMINAL_MILESTONES.includes(s.caseDetail.summary.status) : false),
  setSearch: (s: AppState) => s.setCaseSearch,
  search: (s: AppState) => s.searchCases,
  loadRecent: (s: AppState) => s.loadRecentCases,
  loadCase: (s: AppState) => s.loadCase,
  createCase: (s: AppState) => s.createCase,
  updateCase: (s: AppState) => s.updateCase,
  addMilestone: (s: AppState) => s.addMilestone,
  reissueToken: (s: AppState) => s.reissueToken,
  resolveScan: (s: AppState) => s.resolveScan,
  importCases: (s: AppState) => s.importCases,
};
