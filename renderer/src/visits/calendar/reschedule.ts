import { addDays } from './calendar-dates';
import type { CalendarView } from './calendar-dates';

/**
 * Moving a visit on the calendar, by mouse or keyboard. Both paths only propose a new slot (shown as
 * a ghost with a confirm bar); nothing is saved until the person confirms (Enter or 確認).
 */

export interface Slot {
  dayKey: string;
  /** Minutes after midnight. */
  start: number;
  end: number;
}

/** Keyboard steps and drag snapping, in minutes. */
export const SLOT_MINUTES = 30;
export const SNAP_MINUTES = 15;
const LAST_MINUTE = 24 * 60 - 1;

export const snap = (minutes: number, step: number = SNAP_MINUTES): number => Math.round(minutes / step) * step;

/** The slot moved to start at `start` on `dayKey`, keeping its length, and kept within the day. */
export const placeAt = (slot: Slot, dayKey: string, start: number): Slot => {
  const length = slot.end - slot.start;
  const s = Math.max(0, Math.min(start, LAST_MINUTE - length));
  return { dayKey, start: s, end: s + length };
};

export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
export const isMoveKey = (key: string): key is MoveKey =>
  key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';

/**
 * One arrow key press: ←/→ a day earlier/later; ↑/↓ half an hour earlier/later (with Shift a whole
 * hour) in the day and week views, a week earlier/later in the month view, as the grid is drawn.
 */
export const moveByKey = (slot: Slot, key: MoveKey, view: CalendarView, shift = false): Slot => {
  const vertical = key === 'ArrowUp' ? -1 : key === 'ArrowDown' ? 1 : 0;
  const horizontal = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
  if (horizontal !== 0) return { ...slot, dayKey: addDays(slot.dayKey, horizontal) };
  if (view === 'month') return { ...slot, dayKey: addDays(slot.dayKey, 7 * vertical) };
  const step = shift ? 60 : SLOT_MINUTES;
  // A slot off the step grid lands on it first (09:10 ↓ → 09:30), as people expect.
  const next = vertical > 0 ? Math.floor(slot.start / step) * step + step : Math.ceil(slot.start / step) * step - step;
  return placeAt(slot, slot.dayKey, next);
};

/**
 * Where a drag in a time column puts the visit: the pointer's minute (from the column's top, in
 * pixels at `pxPerMinute`) less the point of the visit it was grabbed by, snapped.
 */
export const dragStart = (opts: {
  pointerY: number;
  pxPerMinute: number;
  rangeFrom: number;
  grabOffset: number;
  step?: number;
}): number => snap(opts.rangeFrom + opts.pointerY / opts.pxPerMinute - opts.grabOffset, opts.step);

export const sameSlot = (a: Slot, b: Slot): boolean => a.dayKey === b.dayKey && a.start === b.start && a.end === b.end;
