import { scheduleWarnings } from '../../../../shared/domain/visit';
import type { ScheduleWarningKind } from '../../../../shared/domain/visit';
import type { CalendarEntry } from './columns';
import { minutesToHm } from './calendar-dates';
import type { Slot } from './reschedule';

export type WarningKind = ScheduleWarningKind;

/** Visit id → the kinds of warning it is part of. */
export const warningKindsByVisit = (warnings: readonly { kind: WarningKind; visitIds: readonly string[] }[]) => {
  const out = new Map<string, Set<WarningKind>>();
  for (const w of warnings) {
    for (const id of w.visitIds) {
      const set = out.get(id) ?? new Set<WarningKind>();
      set.add(w.kind);
      out.set(id, set);
    }
  }
  return out;
};

type Warnable = CalendarEntry & { address: string; status: string };

/**
 * The warnings a proposed move would bring to the moved visit, by the same rule main applies
 * (shared/domain/visit.ts), over the visits on screen: a preview, since the calendar may be filtered;
 * main's answer after the move is the word that counts.
 */
export const warningsAfterMove = <V extends Warnable>(visits: readonly V[], moved: V, to: Slot) => {
  const placed = visits.map((v) => {
    const s = v.id === moved.id ? { dayKey: to.dayKey, startTime: minutesToHm(to.start), endTime: minutesToHm(to.end) } : v;
    return {
      id: v.id,
      address: v.address,
      status: v.status === 'cancelled' ? ('cancelled' as const) : ('scheduled' as const),
      inspectorIds: v.inspectors.map((p) => p.staffId),
      dayKey: s.dayKey,
      startTime: s.startTime,
      endTime: s.endTime,
    };
  });
  return scheduleWarnings(placed).filter((w) => w.visitIds.includes(moved.id));
};
