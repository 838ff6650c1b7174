import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/errors';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export type CounterBoard = ChannelOutput<'escort:board'>;
export type BoardWaiting = CounterBoard['waiting'][number];
export type BoardActive = CounterBoard['active'][number];
export type VisitDetail = ChannelOutput<'escort:visit'>;
export type EscortSuggestion = ChannelOutput<'escort:suggest'>[number];
export type LookupResult = ChannelOutput<'escort:lookup'>;
type VisitRef = Result<{ visitId: string }>;

/**
 * The counter's escort service (專人全程服務): a cached copy of the board, the visit open in the
 * detail drawer and the escort suggestions for one visit. Every accepted action re-reads what it
 * changed (board, open visit, pending sync count), so the screen never shows what main did not store.
 */
export interface CounterSlice {
  board: CounterBoard | null;
  boardError: AppError | null;
  /** When the board was last read successfully (ms since epoch, the renderer's clock). */
  boardReadAt: number | null;
  visit: VisitDetail | null;
  visitError: AppError | null;
  suggestions: EscortSuggestion[];
  /** The visit the suggestions are for. */
  suggestionsFor: string | null;
  loadBoard(): Promise<Result<CounterBoard>>;
  loadVisit(visitId: string): Promise<Result<VisitDetail>>;
  closeVisit(): void;
  loadSuggestions(visitId: string): Promise<Result<EscortSuggestion[]>>;
  /** Returning visitors and companies as the clerk types (not cached). */
  lookup(q: string): Promise<Result<LookupResult>>;
  intake(input: ChannelInput<'escort:intake'>): Promise<Result<ChannelOutput<'escort:intake'>>>;
  assignEscort(visitId: string, staffId: string): Promise<VisitRef>;
  reassignEscort(visitId: string, staffId: string, reason: string): Promise<VisitRef>;
  startDirect(visitId: string): Promise<VisitRef>;
  recordStop(input: ChannelInput<'escort:recordStop'>): Promise<Result<{ stopId: string }>>;
  finishVisit(input: ChannelInput<'escort:finish'>): Promise<Result<ChannelOutput<'escort:finish'>>>;
  cancelVisit(visitId: string, reason: string): Promise<VisitRef>;
  clearCounter(): void;
}

type CounterCache = Pick<
  CounterSlice,
  'board' | 'boardError' | 'boardReadAt' | 'visit' | 'visitError' | 'suggestions' | 'suggestionsFor'
>;
const empty = (): CounterCache => ({
  board: null,
  boardError: null,
  boardReadAt: null,
  visit: null,
  visitError: null,
  suggestions: [],
  suggestionsFor: null,
});

export const createCounterSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): CounterSlice => {
    /** After an accepted change: the board, the open visit (if it is this one) and the outbox count. */
    const reread = async (visitId: string) => {
      const open = get().visit?.visit.id === visitId;
      await Promise.all([get().loadBoard(), open ? get().loadVisit(visitId) : null, get().refreshSync()]);
    };
    const write = async <T>(visitId: string, result: Promise<Result<T>>): Promise<Result<T>> => {
      const r = await result;
      if (r.ok) await reread(visitId);
      // A refusal usually means the screen was stale (someone else acted): show the current state.
      else if (r.error.code === 'rejected') await get().loadBoard();
      return r;
    };
    return {
      ...empty(),
      async loadBoard() {
        const r = await deps.client.call('escort:board', {});
        set(r.ok ? { board: r.value, boardError: null, boardReadAt: Date.now() } : { boardError: r.error });
        return r;
      },
      async loadVisit(visitId) {
        const r = await deps.client.call('escort:visit', { visitId });
        if (r.ok) set({ visit: r.value, visitError: null });
        else set({ visitError: r.error, ...(get().visit?.visit.id === visitId ? {} : { visit: null }) });
        return r;
      },
      closeVisit: () => set({ visit: null, visitError: null }),
      async loadSuggestions(visitId) {
        const r = await deps.client.call('escort:suggest', { visitId });
        set(r.ok ? { suggestions: r.value, suggestionsFor: visitId } : { suggestions: [], suggestionsFor: null });
        return r;
      },
      lookup: (q) => deps.client.call('escort:lookup', { q }),
      async intake(input) {
        const r = await deps.client.call('escort:intake', input);
        if (r.ok) await Promise.all([get().loadBoard(), get().refreshSync()]);
        return r;
      },
      async assignEscort(visitId, staffId) {
        const r = await write(visitId, deps.client.call('escort:assign', { visitId, staffId }));
        // Refused (busy, away): the list was stale; show who is free now.
        if (!r.ok) await get().loadSuggestions(visitId);
        return r;
      },
      reassignEscort: (visitId, staffId, reason) =>
        write(visitId, deps.client.call('escort:reassign', { visitId, staffId, reason })),
      startDirect: (visitId) => write(visitId, deps.client.call('escort:startDirect', { visitId })),
      recordStop: (input) => write(input.visitId, deps.client.call('escort:recordStop', input)),
      finishVisit: (input) => write(input.visitId, deps.client.call('escort:finish', input)),
      cancelVisit: (visitId, reason) => write(visitId, deps.client.call('escort:cancel', { visitId, reason })),
      clearCounter: () => set(empty()),
    };
  };
