import { useRef } from 'react';
import type { CSSProperties, PointerEvent, ReactNode } from 'react';
import { isWeekend } from './calendar-dates';
import type { CalendarEntry, GridColumn } from './columns';
import { slotOf } from './columns';
import { dragStart, placeAt } from './reschedule';
import type { HourRange } from './time-grid';
import { hourMarks, layoutColumn } from './time-grid';
import { useVisitDrag } from './use-visit-drag';
import type { DragState } from './use-visit-drag';
import type { useVisitMove } from './use-visit-move';
import { VisitBlock, visitClasses } from './VisitBlock';
import type { WarningKind } from './warning-kinds';

/** Pixels per minute: 42 px an hour keeps an office day (08–18) on a 768-pixel-high screen. */
export const PX_PER_MINUTE = 0.7;
/** Weekend days get half a column in the week view (offices rarely visit then), unless they hold visits. */
const flexOf = (c: GridColumn<CalendarEntry>): CSSProperties =>
  c.staffId === null && isWeekend(c.dayKey) && c.visits.length === 0 ? { flex: '0.5 1 0' } : {};

export interface TimeGridProps<V extends CalendarEntry & { status: string; companyName: string }> {
  columns: GridColumn<V>[];
  range: HourRange;
  today: string;
  nowMinutes: number;
  warnings: ReadonlyMap<string, ReadonlySet<WarningKind>>;
  move: ReturnType<typeof useVisitMove<V>>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (visit: V) => void;
  columnHead: (col: GridColumn<V>) => ReactNode;
  sub: (visit: V) => string;
  ariaLabel: (visit: V) => string;
}

/**
 * Day and week views: an hour gutter and one column per day (week) or per inspector (day). A visit
 * dragged with the mouse proposes its new slot (snapped to 15 minutes) as a ghost; dropping leaves
 * the proposal for the person to confirm. Horizontal drags change the day only between day columns.
 */
export const TimeGrid = <V extends CalendarEntry & { status: string; companyName: string }>(p: TimeGridProps<V>) => {
  const colsRef = useRef<HTMLDivElement>(null);
  const span = p.range.to - p.range.from;
  const height = span * PX_PER_MINUTE;
  const pending = p.move.pending;

  const slotAtPointer = (visit: V, e: PointerEvent, d: DragState) => {
    const box = colsRef.current?.getBoundingClientRect();
    if (!box || !colsRef.current) return null;
    // Columns differ in width (weekends are narrower): find the one under the pointer, or the nearest edge one.
    const rects = Array.from(colsRef.current.children, (el) => el.getBoundingClientRect());
    const hit = rects.findIndex((r) => e.clientX >= r.left && e.clientX < r.right);
    const index = hit >= 0 ? hit : e.clientX < box.left ? 0 : p.columns.length - 1;
    const col = p.columns[index];
    const from = slotOf(visit);
    // Between inspectors' columns (the day view) a drag moves the time only: who goes is not changed by dragging.
    const dayKey = col && col.staffId === null ? col.dayKey : from.dayKey;
    const start = dragStart({ pointerY: e.clientY - box.top, pxPerMinute: PX_PER_MINUTE, rangeFrom: p.range.from, grabOffset: d.grabOffset });
    return placeAt(from, dayKey, start);
  };

  const handlers = useVisitDrag<V>({
    onSelect: p.onSelect,
    grabOffset: (e) => (e.clientY - e.currentTarget.getBoundingClientRect().top) / PX_PER_MINUTE,
    onMove: (visit, e, d) => {
      const to = slotAtPointer(visit, e, d);
      if (to) p.move.propose(visit, to);
    },
  });

  const blockStyle = (top: number, h: number, lane: number, lanes: number): CSSProperties => ({
    top: top * PX_PER_MINUTE,
    height: Math.max(16, h * PX_PER_MINUTE - 2),
    left: `calc(${(lane / lanes) * 100}% + 2px)`,
    width: `calc(${100 / lanes}% - 4px)`,
  });

  return (
    <div className="bd-cal" data-testid="cal-time-grid">
      <div className="bd-cal-head">
        <div className="bd-cal-gutter" />
        {p.columns.map((c) => (
          <div
            key={c.key}
            className={`bd-cal-colhead${c.dayKey === p.today && c.staffId === null ? ' is-today' : ''}${
              c.staffId === null && isWeekend(c.dayKey) ? ' is-weekend' : ''
            }`}
            style={flexOf(c)}
            data-testid="cal-colhead"
          >
            {p.columnHead(c)}
          </div>
        ))}
      </div>
      <div className="bd-cal-scroll">
        <div className="bd-cal-body" style={{ height }}>
          <div className="bd-cal-hours">
            {hourMarks(p.range).map((h) => (
              <span
                key={h}
                className="bd-cal-hour"
                // The first mark sits at the very top: drawn below its line rather than cut off.
                style={{ top: (h * 60 - p.range.from) * PX_PER_MINUTE, ...(h * 60 === p.range.from ? { transform: 'none' } : {}) }}
              >
                {String(h).padStart(2, '0')}:00
              </span>
            ))}
          </div>
          <div className="bd-cal-cols" ref={colsRef} style={{ ['--bd-hour-px' as string]: `${60 * PX_PER_MINUTE}px` }}>
            {p.columns.map((c) => {
              const items = c.visits.map((v) => ({ ...slotOf(v), id: v.id, visit: v }));
              const ghost =
                pending && pending.to.dayKey === c.dayKey && (c.staffId === null || pending.visit.inspectors.some((x) => x.staffId === c.staffId))
                  ? layoutColumn([{ id: 'ghost', start: pending.to.start, end: pending.to.end }], p.range)[0]
                  : undefined;
              return (
                <div
                  key={c.key}
                  className={`bd-cal-col${c.staffId === null && isWeekend(c.dayKey) ? ' is-weekend' : ''}`}
                  style={flexOf(c)}
                  data-day={c.dayKey}
                  data-testid="cal-column"
                >
                  {c.dayKey === p.today && p.nowMinutes > p.range.from && p.nowMinutes < p.range.to ? (
                    <div className="bd-cal-now" style={{ top: (p.nowMinutes - p.range.from) * PX_PER_MINUTE }} />
                  ) : null}
                  {layoutColumn(items, p.range).map(({ item, top, height: h, lane, lanes, cutStart, cutEnd }) => {
                    const v = item.visit;
                    const warned = p.warnings.get(v.id);
                    return (
                      <VisitBlock
                        key={v.id}
                        id={v.id}
                        start={item.start}
                        end={item.end}
                        title={v.companyName}
                        sub={p.sub(v)}
                        ariaLabel={p.ariaLabel(v)}
                        warned={warned !== undefined && warned.size > 0}
                        className={`${visitClasses('bd-cal-visit', {
                          done: v.status === 'done',
                          warnings: warned,
                          moving: pending?.visit.id === v.id,
                          selected: p.selectedId === v.id,
                        })}${cutStart ? ' bd-cal-cut-start' : ''}${cutEnd ? ' bd-cal-cut-end' : ''}`}
                        style={blockStyle(top, h, lane, lanes)}
                        onKeyDown={(e) => p.move.onVisitKey(v, e, () => p.onOpen(v))}
                        onDoubleClick={() => p.onOpen(v)}
                        onFocus={() => p.onSelect(v.id)}
                        {...handlers(v)}
                      />
                    );
                  })}
                  {ghost && pending ? (
                    <VisitBlock
                      id={`${pending.visit.id}-ghost`}
                      start={pending.to.start}
                      end={pending.to.end}
                      title={pending.visit.companyName}
                      sub={p.sub(pending.visit)}
                      ariaLabel=""
                      ghost
                      warned={false}
                      className={visitClasses('bd-cal-visit', { done: false, warnings: undefined, moving: false, selected: false, ghost: true })}
                      style={blockStyle(ghost.top, ghost.height, 0, 1)}
                    />
                  ) : null}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
};
