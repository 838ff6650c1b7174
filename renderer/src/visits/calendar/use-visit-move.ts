import { useCallback, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { CalendarView } from './calendar-dates';
import type { CalendarEntry } from './columns';
import { slotOf } from './columns';
import { isMoveKey, moveByKey, sameSlot } from './reschedule';
import type { Slot } from './reschedule';

export interface PendingMove<V extends CalendarEntry> {
  visit: V;
  to: Slot;
}

/**
 * A proposed move of one visit, shared by the mouse and the keyboard: a drop or an arrow key
 * proposes, Enter (or 確認) confirms, Esc cancels. A proposal back at the visit's own slot is none.
 */
export const useVisitMove = <V extends CalendarEntry>(view: CalendarView, onConfirm: (visit: V, to: Slot) => Promise<boolean>) => {
  const [pending, setPending] = useState<PendingMove<V> | null>(null);
  const [busy, setBusy] = useState(false);

  const propose = useCallback((visit: V, to: Slot) => {
    setPending(sameSlot(slotOf(visit), to) ? null : { visit, to });
  }, []);

  const cancel = useCallback(() => setPending(null), []);

  const confirm = useCallback(async () => {
    if (!pending || busy) return;
    setBusy(true);
    try {
      // Refused or not, the proposal is over: main's answer (or the calendar re-read) is what shows.
      await onConfirm(pending.visit, pending.to);
      setPending(null);
    } finally {
      setBusy(false);
    }
  }, [pending, busy, onConfirm]);

  /** Keys on a focused visit: arrows move the proposal, Enter confirms it (or opens the visit), Esc drops it. */
  const onVisitKey = useCallback(
    (visit: V, e: KeyboardEvent, open: () => void) => {
      if (e.nativeEvent.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
      const mine = pending?.visit.id === visit.id ? pending : null;
      if (isMoveKey(e.key)) {
        e.preventDefault();
        e.stopPropagation();
        propose(visit, moveByKey(mine?.to ?? slotOf(visit), e.key, view, e.shiftKey));
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (mine) void confirm();
        else open();
      } else if (e.key === 'Escape' && pending) {
        e.preventDefault();
        e.stopPropagation();
        cancel();
      }
    },
    [pending, propose, view, confirm, cancel],
  );

  return { pending, busy, propose, cancel, confirm, onVisitKey };
};
