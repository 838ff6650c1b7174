import type { Role } from '../../../../shared/domain/roles';
import type { AppState } from '../types';
import type { BoardActive, BoardWaiting } from './slice';

const NO_WAITING: readonly BoardWaiting[] = [];
const NO_ACTIVE: readonly BoardActive[] = [];
/** Roles that take visitors in at the counter, assign and cancel (main checks the same). */
const COUNTER_ROLES: readonly Role[] = ['counter'];

const hasCounterRole = (s: AppState) => s.session?.roles.some((r) => COUNTER_ROLES.includes(r)) ?? false;

/** Selectors returning new arrays or objects must be used with `useShallow`. */
export const counterSelectors = {
  board: (s: AppState) => s.board,
  boardError: (s: AppState) => s.boardError,
  boardReadAt: (s: AppState) => s.boardReadAt,
  waiting: (s: AppState): readonly BoardWaiting[] => s.board?.waiting ?? NO_WAITING,
  active: (s: AppState): readonly BoardActive[] => s.board?.active ?? NO_ACTIVE,
  figures: (s: AppState) => s.board?.figures ?? null,
  /** Visits in service that the signed-in person escorts. (derived: useShallow) */
  myActive: (s: AppState): BoardActive[] =>
    s.session ? (s.board?.active ?? []).filter((a) => a.escortId === s.session?.staffId) : [],
  /** Whether this person works the counter: intake, assignment, cancelling. */
  isCounter: hasCounterRole,
  visit: (s: AppState) => s.visit,
  visitError: (s: AppState) => s.visitError,
  /** Suggestions for `visitId`, or none while they are for another visit. */
  suggestionsFor: (visitId: string | null) => (s: AppState) => (visitId !== null && s.suggestionsFor === visitId ? s.suggestions : null),
  loadBoard: (s: AppState) => s.loadBoard,
  loadVisit: (s: AppState) => s.loadVisit,
  closeVisit: (s: AppState) => s.closeVisit,
  loadSuggestions: (s: AppState) => s.loadSuggestions,
  lookup: (s: AppState) => s.lookup,
  intake: (s: AppState) => s.intake,
  assignEscort: (s: AppState) => s.assignEscort,
  reassignEscort: (s: AppState) => s.reassignEscort,
  startDirect: (s: AppState) => s.startDirect,
  recordStop: (s: AppState) => s.recordStop,
  finishVisit: (s: AppState) => s.finishVisit,
  cancelVisit: (s: AppState) => s.cancelVisit,
};
