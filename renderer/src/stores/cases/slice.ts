import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { CaseSummary } from '../../../../shared/ipc/contract-cases';
import type { AppError, Result } from '../../../../shared/ipc/errors';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export type { CaseSummary };
export type CaseDetail = ChannelOutput<'case:get'>;
export type CaseSearchKind = ChannelInput<'case:search'>['kind'];
export type ImportResult = ChannelOutput<'case:import'>;
type CaseRef = Result<{ caseId: string }>;

/** Main searches only from two characters on (the contract's minimum). */
export const SEARCH_MIN_CHARS = 2;
/** The most results main returns for one search. */
export const SEARCH_LIMIT = 50;

/**
 * 檢驗案件 at the counter: the search (query, kind, latest answer), the recent cases shown when
 * nothing is searched, and the case open on its page. Accepted changes re-read the open case.
 */
export interface CasesSlice {
  caseQuery: string;
  caseKind: CaseSearchKind;
  /** Results for caseQuery, or null when nothing long enough is searched (recent cases show). */
  caseResults: CaseSummary[] | null;
  /** The kind main used for the last search (auto resolves to number, ubn or name). */
  caseResultKind: string | null;
  caseSearching: boolean;
  caseSearchError: AppError | null;
  recentCases: CaseSummary[];
  recentCasesLoaded: boolean;
  caseDetail: CaseDetail | null;
  caseDetailError: AppError | null;
  setCaseSearch(query: string, kind: CaseSearchKind): void;
  /** Runs the search for the current query and kind; only the latest question's answer is kept. */
  searchCases(): Promise<void>;
  loadRecentCases(): Promise<Result<CaseSummary[]>>;
  loadCase(caseId: string): Promise<Result<CaseDetail>>;
  createCase(input: ChannelInput<'case:create'>): Promise<CaseRef>;
  updateCase(input: ChannelInput<'case:update'>): Promise<CaseRef>;
  addMilestone(input: ChannelInput<'case:addMilestone'>): Promise<CaseRef>;
  reissueToken(caseId: string): Promise<Result<ChannelOutput<'case:reissueToken'>>>;
  resolveScan(text: string): Promise<Result<ChannelOutput<'case:resolveScan'>>>;
  importCases(input: ChannelInput<'case:import'>): Promise<Result<ImportResult>>;
  clearCases(): void;
}

type CasesCache = Pick<
  CasesSlice,
  | 'caseQuery'
  | 'caseKind'
  | 'caseResults'
  | 'caseResultKind'
  | 'caseSearching'
  | 'caseSearchError'
  | 'recentCases'
  | 'recentCasesLoaded'
  | 'caseDetail'
  | 'caseDetailError'
>;
const empty = (): CasesCache => ({
  caseQuery: '',
  caseKind: 'auto',
  caseResults: null,
  caseResultKind: null,
  caseSearching: false,
  caseSearchError: null,
  recentCases: [],
  recentCasesLoaded: false,
  caseDetail: null,
  caseDetailError: null,
});

export const createCasesSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): CasesSlice => {
    let asked = 0;
    /** After an accepted change to one case: that case (if open), the recent list and the outbox count. */
    const reread = async (caseId: string) => {
      const open = get().caseDetail?.summary.id === caseId;
      await Promise.all([open ? get().loadCase(caseId) : null, get().loadRecentCases(), get().refreshSync()]);
    };
    const write = async (caseId: string, result: Promise<CaseRef>): Promise<CaseRef> => {
      const r = await result;
      // Refused because the case moved on (closed by someone else): show it as it is now.
      if (r.ok || r.error.code === 'rejected') await reread(caseId);
      return r;
    };
    return {
      ...empty(),
      setCaseSearch: (query, kind) => set({ caseQuery: query, caseKind: kind }),
      async searchCases() {
        const { caseQuery, caseKind } = get();
        const q = caseQuery.trim().slice(0, 50);
        const mine = ++asked;
        if (q.length < SEARCH_MIN_CHARS) {
          set({ caseResults: null, caseResultKind: null, caseSearching: false, caseSearchError: null });
          return;
        }
        set({ caseSearching: true });
        const r = await deps.client.call('case:search', { q, kind: caseKind });
        if (mine !== asked) return;
        set(
          r.ok
            ? { caseResults: r.value.results, caseResultKind: r.value.kind, caseSearching: false, caseSearchError: null }
            : { caseSearching: false, caseSearchError: r.error },
        );
      },
      async loadRecentCases() {
        const r = await deps.client.call('case:recent', {});
        if (r.ok) set({ recentCases: r.value, recentCasesLoaded: true });
        return r;
      },
      async loadCase(caseId) {
        const r = await deps.client.call('case:get', { caseId });
        if (r.ok) set({ caseDetail: r.value, caseDetailError: null });
        else set({ caseDetailError: r.error, ...(get().caseDetail?.summary.id === caseId ? {} : { caseDetail: null }) });
        return r;
      },
      async createCase(input) {
        const r = await deps.client.call('case:create', input);
        if (r.ok) await Promise.all([get().loadRecentCases(), get().refreshSync()]);
        return r;
      },
      updateCase: (input) => write(input.caseId, deps.client.call('case:update', input)),
      addMilestone: (input) => write(input.caseId, deps.client.call('case:addMilestone', input)),
      async reissueToken(caseId) {
        const r = await deps.client.call('case:reissueToken', { caseId });
        if (r.ok) await reread(caseId);
        return r;
      },
      resolveScan: (text) => deps.client.call('case:resolveScan', { text: text.slice(0, 300) }),
      async importCases(input) {
        const r = await deps.client.call('case:import', input);
        if (r.ok && r.value.committed) await Promise.all([get().loadRecentCases(), get().refreshSync()]);
        return r;
      },
      clearCases: () => {
        asked++;
        set(empty());
      },
    };
  };
