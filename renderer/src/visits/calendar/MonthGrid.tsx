import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { formatDayKeyShort } from '../../format/time';
import { monthCells } from './month-grid';
import type { CalendarEntry } from './columns';
import { slotOf } from './columns';
import { hmToMinutes, minutesToHm } from './calendar-dates';
import { useVisitDrag } from './use-visit-drag';
import type { useVisitMove } from './use-visit-move';
import { visitClasses } from './VisitBlock';
import type { WarningKind } from './warning-kinds';

/** Lines a day cell has for visits; with more, the last line says "+N". */
export const MONTH_LINES = 3;

export interface MonthGridProps<V extends CalendarEntry & { status: string; companyName: string }> {
  anchor: string;
  visits: readonly V[];
  today: string;
  warnings: ReadonlyMap<string, ReadonlySet<WarningKind>>;
  move: ReturnType<typeof useVisitMove<V>>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (visit: V) => void;
  /** Opens the day view of a day ("+N", or the day number). */
  onDay: (dayKey: string) => void;
  ariaLabel: (visit: V) => string;
}

/** The day cell under a pointer, by its data-day attribute. */
const dayAt = (x: number, y: number): string | null =>
  (document.elementFromPoint(x, y)?.closest('[data-day]') as HTMLElement | null)?.dataset['day'] ?? null;

/**
 * The month view: six weeks, Monday first; each day lists its visits by start time up to three lines.
 * A visit dragged to another day keeps its times (a proposal, confirmed like any other move).
 */
export const MonthGrid = <V extends CalendarEntry & { status: string; companyName: string }>(p: MonthGridProps<V>) => {
  const t = useT();
  const [dropDay, setDropDay] = useState<string | null>(null);
  const pending = p.move.pending;
  const entries = p.visits.map((v) => ({ ...v, start: hmToMinutes(v.startTime) }));
  // The ghost of a proposal shows in its new day; the visit itself stays (faded) where it is until confirmed.
  const withGhost = pending
    ? [...entries, { ...pending.visit, id: `${pending.visit.id}::ghost`, dayKey: pending.to.dayKey, start: pending.to.start }]
    : entries;
  const cells = monthCells(withGhost, p.anchor, MONTH_LINES);

  const handlers = useVisitDrag<V>({
    onSelect: p.onSelect,
    onMove: (_visit, e) => setDropDay(dayAt(e.clientX, e.clientY)),
    onEnd: () => setDropDay(null),
    onDrop: (visit, e) => {
      const day = dayAt(e.clientX, e.clientY);
      if (day) p.move.propose(visit, { ...slotOf(visit), dayKey: day });
    },
  });

  return (
    <div className="bd-cal" data-testid="cal-month">
      <div className="bd-cal-month">
        {[0, 1, 2, 3, 4, 5, 6].map((d) => (
          <div key={d} className="bd-cal-month-head">
            {t(`cal.weekday.${d}` as 'cal.weekday.0')}
          </div>
        ))}
        {cells.map((c) => (
          <div
            key={c.dayKey}
            className={`bd-cal-cell${c.inMonth ? '' : ' is-out'}${c.dayKey === p.today ? ' is-today' : ''}${
              dropDay === c.dayKey ? ' is-drop' : ''
            }`}
            data-day={c.dayKey}
            data-testid="cal-day"
          >
            <button
              type="button"
              className="bd-cal-daynum"
              onClick={() => p.onDay(c.dayKey)}
              tabIndex={-1}
              aria-label={formatDayKeyShort(c.dayKey)}
            >
              {Number(c.dayKey.slice(8))}
            </button>
            {c.shown.map((v) => {
              const ghostOf = v.id.endsWith('::ghost');
              const visit = p.visits.find((x) => x.id === (ghostOf ? v.id.slice(0, -7) : v.id));
              if (!visit) return null;
              const label = `${minutesToHm(v.start)} ${v.companyName}`;
              if (ghostOf) {
                return (
                  <span key={v.id} className="bd-cal-chip is-ghost" data-testid="cal-ghost" aria-hidden>
                    {label}
                  </span>
                );
              }
              return (
                <button
                  key={v.id}
                  type="button"
                  className={visitClasses('bd-cal-chip', {
                    done: visit.status === 'done',
                    warnings: p.warnings.get(visit.id),
                    moving: pending?.visit.id === visit.id,
                    selected: p.selectedId === visit.id,
                  })}
                  title={label}
                  aria-label={p.ariaLabel(visit)}
                  data-visit-id={visit.id}
                  data-testid="cal-visit"
                  onKeyDown={(e) => p.move.onVisitKey(visit, e, () => p.onOpen(visit))}
                  onDoubleClick={() => p.onOpen(visit)}
                  onFocus={() => p.onSelect(visit.id)}
                  {...handlers(visit)}
                >
                  {label}
                </button>
              );
            })}
            {c.more > 0 ? (
              <button
                type="button"
                className="bd-cal-more"
                onClick={() => p.onDay(c.dayKey)}
                title={t('cal.moreTitle', { day: formatDayKeyShort(c.dayKey), count: c.total })}
                data-testid="cal-more"
              >
                {t('cal.more', { count: c.more })}
              </button>
            ) : null}
          </div>
        ))}
      </div>
    </div>
  );
};
