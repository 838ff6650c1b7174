import { useRef } from 'react';
import type { PointerEvent } from 'react';

/** A press that moves less than this is a click (select), not a drag. */
export const DRAG_THRESHOLD_PX = 4;

export interface DragState {
  pointerId: number;
  x: number;
  y: number;
  /** Where in the visit it was grabbed (the time grid keeps that point under the pointer). */
  grabOffset: number;
  dragging: boolean;
}

/**
 * Pointer handlers for dragging a visit on the calendar, shared by the time and month grids: the pointer
 * is captured on press (so the drag survives leaving the visit), a short move stays a click that selects,
 * and the grid says what a move and a drop mean. After a drop the keyboard takes over (Enter confirms).
 */
export const useVisitDrag = <V extends { id: string }>(opts: {
  onSelect: (id: string) => void;
  grabOffset?: (e: PointerEvent<HTMLElement>) => number;
  onMove: (visit: V, e: PointerEvent<HTMLElement>, drag: DragState) => void;
  onDrop?: (visit: V, e: PointerEvent<HTMLElement>, drag: DragState) => void;
  onEnd?: () => void;
}) => {
  const drag = useRef<DragState | null>(null);
  return (visit: V) => ({
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0) return;
      drag.current = { pointerId: e.pointerId, x: e.clientX, y: e.clientY, grabOffset: opts.grabOffset?.(e) ?? 0, dragging: false };
      e.currentTarget.setPointerCapture(e.pointerId);
      opts.onSelect(visit.id);
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const d = drag.current;
      if (!d || d.pointerId !== e.pointerId) return;
      if (!d.dragging && Math.hypot(e.clientX - d.x, e.clientY - d.y) < DRAG_THRESHOLD_PX) return;
      d.dragging = true;
      e.currentTarget.classList.add('is-dragging');
      opts.onMove(visit, e, d);
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const d = drag.current;
      drag.current = null;
      e.currentTarget.classList.remove('is-dragging');
      if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
      opts.onEnd?.();
      if (!d?.dragging) return;
      opts.onDrop?.(visit, e, d);
      e.currentTarget.focus();
    },
  });
};
