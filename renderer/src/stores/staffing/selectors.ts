import type { SignDeputy } from '../../../../shared/domain/record-sheet';
import type { AppState } from '../types';

/** Where a deputy span stands on `dayKey`: not begun, in force, or over. */
export type DeputyState = 'upcoming' | 'current' | 'past';
export const deputyState = (d: Pick<SignDeputy, 'fromDay' | 'toDay'>, dayKey: string): DeputyState =>
  dayKey < d.fromDay ? 'upcoming' : dayKey > d.toDay ? 'past' : 'current';

const STATE_ORDER: Readonly<Record<DeputyState, number>> = { current: 0, upcoming: 1, past: 2 };

export const staffingSelectors = {
  /** In force first, then upcoming, then past; latest start first within each. (derived: useShallow) */
  deputiesSorted:
    (dayKey: string) =>
    (s: AppState): SignDeputy[] =>
      [...s.deputies].sort(
        (a, b) =>
          STATE_ORDER[deputyState(a, dayKey)] - STATE_ORDER[deputyState(b, dayKey)] || b.fromDay.localeCompare(a.fromDay),
      ),
  deputiesLoaded: (s: AppState) => s.deputiesLoaded,
  absences: (s: AppState) => s.absences,
  absenceDay: (s: AppState) => s.absenceDay,
  error: (s: AppState) => s.staffingError,
  loadDeputies: (s: AppState) => s.loadDeputies,
  saveDeputy: (s: AppState) => s.saveDeputy,
  loadAbsences: (s: AppState) => s.loadAbsences,
  saveAbsence: (s: AppState) => s.saveAbsence,
  removeDeputy: (s: AppState) => s.removeDeputy,
  removeAbsence: (s: AppState) => s.removeAbsence,
};
