import { WarningOutlined } from '@ant-design/icons';
import type { CSSProperties, KeyboardEvent, PointerEvent } from 'react';
import { minutesToHm } from './calendar-dates';
import type { WarningKind } from './warning-kinds';

/** The class names of a visit drawn on the calendar: its state, warnings and move. */
export const visitClasses = (
  base: string,
  o: { done: boolean; warnings: ReadonlySet<WarningKind> | undefined; moving: boolean; selected: boolean; ghost?: boolean },
): string =>
  [
    base,
    o.done ? 'is-done' : '',
    o.warnings?.has('double_booked') ? 'is-warn-double' : '',
    o.warnings?.has('far_apart') ? 'is-warn-far' : '',
    o.moving ? 'is-moving' : '',
    o.selected ? 'is-selected' : '',
    o.ghost ? 'is-ghost' : '',
  ]
    .filter(Boolean)
    .join(' ');

export interface VisitBlockProps {
  id: string;
  start: number;
  end: number;
  title: string;
  sub: string;
  ariaLabel: string;
  className: string;
  style: CSSProperties;
  warned: boolean;
  onKeyDown?: (e: KeyboardEvent<HTMLButtonElement>) => void;
  onPointerDown?: (e: PointerEvent<HTMLButtonElement>) => void;
  onPointerMove?: (e: PointerEvent<HTMLButtonElement>) => void;
  onPointerUp?: (e: PointerEvent<HTMLButtonElement>) => void;
  onDoubleClick?: () => void;
  onFocus?: () => void;
  /** The ghost of a proposed move is drawn, not used: no focus, no test id of a visit. */
  ghost?: boolean;
}

/** One visit in a time column: its times, company and who goes, cut to the space it has. */
export const VisitBlock = (p: VisitBlockProps) => {
  const height = typeof p.style.height === 'number' ? p.style.height : 40;
  return (
    <button
      type="button"
      className={p.className}
      style={p.style}
      aria-label={p.ariaLabel}
      title={`${minutesToHm(p.start)}–${minutesToHm(p.end)} ${p.title}\n${p.sub}`}
      data-visit-id={p.id}
      data-testid={p.ghost ? 'cal-ghost' : 'cal-visit'}
      aria-hidden={p.ghost}
      onKeyDown={p.onKeyDown}
      onPointerDown={p.onPointerDown}
      onPointerMove={p.onPointerMove}
      onPointerUp={p.onPointerUp}
      onDoubleClick={p.onDoubleClick}
      onFocus={p.onFocus}
      tabIndex={p.onKeyDown ? 0 : -1}
    >
      <span className="bd-cal-time">
        {minutesToHm(p.start)}–{minutesToHm(p.end)}
        {p.warned ? <WarningOutlined style={{ marginLeft: 4, color: '#cf1322' }} /> : null}
      </span>
      {height >= 30 ? <span className="bd-cal-title">{p.title}</span> : null}
      {height >= 48 ? <span className="bd-cal-sub">{p.sub}</span> : null}
    </button>
  );
};
