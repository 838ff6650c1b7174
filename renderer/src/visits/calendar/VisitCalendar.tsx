import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { formatDayKeyShort } from '../../format/time';
import type { PlacedVisit } from '../../stores/visits/selectors';
import type { ScheduleWarningOut } from '../../stores/visits/slice';
import { CalendarStyles } from './CalendarStyles';
import type { CalendarView } from './calendar-dates';
import { weekDays, weekdayOf } from './calendar-dates';
import { dayColumns, inspectorColumns } from './columns';
import type { GridColumn } from './columns';
import { MonthGrid } from './MonthGrid';
import { MoveBar } from './MoveBar';
import type { Slot } from './reschedule';
import { TimeGrid } from './TimeGrid';
import { visibleRange } from './time-grid';
import { slotOf } from './columns';
import { useVisitMove } from './use-visit-move';
import { warningKindsByVisit, warningsAfterMove } from './warning-kinds';
import { warningText } from './warning-text';

export interface VisitCalendarProps {
  view: CalendarView;
  anchor: string;
  visits: readonly PlacedVisit[];
  warnings: readonly ScheduleWarningOut[];
  today: string;
  nowMinutes: number;
  /** The inspector the calendar is filtered to, if any (the day view keeps their column). */
  inspector: { staffId: string; name: string } | null;
  onOpen: (visit: PlacedVisit) => void;
  onDay: (dayKey: string) => void;
  /** Saves a confirmed move; resolves whether main accepted it. */
  onMove: (visit: PlacedVisit, to: Slot) => Promise<boolean>;
}

/**
 * The visits calendar: day (by inspector), week and month, with moves by mouse or keyboard that are
 * proposed first and saved only when confirmed. Visits that are done cannot be moved (main refuses).
 */
export const VisitCalendar = (p: VisitCalendarProps) => {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);
  const { onMove } = p;
  const confirmMove = useCallback(
    async (visit: PlacedVisit, to: Slot) => {
      focusAfter.current = visit.id;
      return onMove(visit, to);
    },
    [onMove],
  );
  const move = useVisitMove<PlacedVisit>(p.view, confirmMove);
  const { cancel } = move;
  const movable = useMemo(() => p.visits.filter((v) => v.status === 'scheduled'), [p.visits]);
  const warnings = useMemo(() => warningKindsByVisit(p.warnings), [p.warnings]);
  const areaOf = useCallback((id: string) => p.visits.find((v) => v.id === id)?.area, [p.visits]);

  // A proposal does not survive a change of view or period.
  useEffect(() => cancel(), [p.view, p.anchor, cancel]);
  // After a move the visit is drawn anew (maybe in another column): keep the keyboard on it.
  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-visit-id="${CSS.escape(id)}"]`);
    if (el) {
      el.focus();
      focusAfter.current = null;
    }
  }, [p.visits]);

  const sub = (v: PlacedVisit) =>
    [v.inspectors.map((x) => x.name).join(t('common.listSeparator')), v.area ?? ''].filter(Boolean).join(' · ');
  const ariaLabel = (v: PlacedVisit) =>
    t('cal.visitLabel', {
      time: `${formatDayKeyShort(v.dayKey)} ${v.startTime}–${v.endTime}`,
      company: v.companyName,
      inspectors: v.inspectors.map((x) => x.name).join(t('common.listSeparator')),
    });
  const columnHead = (c: GridColumn<PlacedVisit>) =>
    c.staffId !== null
      ? c.name
      : t('cal.dayHeader', { md: `${Number(c.dayKey.slice(5, 7))}/${Number(c.dayKey.slice(8))}`, weekday: t(`cal.weekday.${weekdayOf(c.dayKey)}` as 'cal.weekday.0') });

  // Done visits show but cannot be moved: they get no move handlers (the keyboard opens them).
  const asMovable = <M extends typeof move>(m: M): M => ({
    ...m,
    onVisitKey: (v, e, open) => (v.status === 'scheduled' ? m.onVisitKey(v, e, open) : e.key === 'Enter' ? open() : undefined),
    propose: (v, to) => (v.status === 'scheduled' ? m.propose(v, to) : undefined),
  });
  const guarded = asMovable(move);

  const pending = move.pending;
  const previews = pending
    ? warningsAfterMove(movable, pending.visit, pending.to).map((w) =>
        warningText(
          { ...w, staffName: pending.visit.inspectors.find((x) => x.staffId === w.staffId)?.name ?? w.staffId },
          areaOf,
          t,
        ),
      )
    : [];

  const common = {
    today: p.today,
    warnings,
    move: guarded,
    selectedId,
    onSelect: setSelectedId,
    onOpen: p.onOpen,
  };

  let grid;
  if (p.view === 'month') {
    grid = <MonthGrid {...common} anchor={p.anchor} visits={p.visits} onDay={p.onDay} ariaLabel={ariaLabel} />;
  } else {
    const columns = p.view === 'week' ? dayColumns(p.visits, weekDays(p.anchor)) : inspectorColumns(p.visits, p.anchor, p.inspector);
    const shown = columns.flatMap((c) => c.visits.map((v) => ({ ...slotOf(v), id: v.id })));
    const range = visibleRange(pending ? [...shown, { ...pending.to, id: 'ghost' }] : shown);
    grid = (
      <TimeGrid
        {...common}
        columns={columns}
        range={range}
        nowMinutes={p.nowMinutes}
        columnHead={columnHead}
        sub={sub}
        ariaLabel={ariaLabel}
      />
    );
  }

  return (
    <div ref={root} style={{ position: 'relative' }} data-testid="visit-calendar" data-view={p.view}>
      <CalendarStyles />
      {grid}
      {pending ? (
        <MoveBar
          company={pending.visit.companyName}
          to={pending.to}
          past={pending.to.dayKey < p.today}
          previews={previews}
          busy={move.busy}
          onConfirm={() => void move.confirm()}
          onCancel={move.cancel}
        />
      ) : null}
    </div>
  );
};
