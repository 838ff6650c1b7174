import { Alert, App, Typography } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { useNow } from '../hooks/use-now';
import { usePolling } from '../hooks/use-polling';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { visitsSelectors } from '../stores/visits/selectors';
import type { PlacedVisit } from '../stores/visits/selectors';
import { minutesToHm, stepAnchor, taipeiToday } from './calendar/calendar-dates';
import type { CalendarView } from './calendar/calendar-dates';
import type { Slot } from './calendar/reschedule';
import { VisitCalendar } from './calendar/VisitCalendar';
import { warningText } from './calendar/warning-text';
import { CalendarToolbar } from './CalendarToolbar';
import { formatDayKeyShort } from '../format/time';
import type { StaffLookup } from './use-staff';
import { describeVisitError } from './visit-errors';
import { WarningsButton } from './WarningsBar';

/** The calendar follows what colleagues schedule. */
export const CALENDAR_POLL_MS = 30_000;
const VIEW_KEYS: Readonly<Record<string, CalendarView>> = { d: 'day', w: 'week', m: 'month' };

/** Keys typed into a text field or a picker are text, not shortcuts (a focused view switch or button is fine). */
const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.closest('textarea, [contenteditable="true"], .ant-select') !== null ||
    (target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type)));

/** 行事曆: the calendar with its toolbar, the period's warnings, and page keys (PageUp/PageDown, T, D/W/M). */
export const CalendarTab = ({ staff }: { staff: StaffLookup }) => {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const now = useNow(60_000);
  const today = taipeiToday(now);
  const query = useAppStore(visitsSelectors.calendarQuery);
  const visits = useAppStore(useShallow(visitsSelectors.placedVisits));
  const warnings = useAppStore(visitsSelectors.warnings);
  const error = useAppStore(visitsSelectors.calendarError);
  const setQuery = useAppStore(visitsSelectors.setCalendarQuery);
  const load = useAppStore(visitsSelectors.loadCalendar);
  const reschedule = useAppStore(visitsSelectors.rescheduleVisit);

  usePolling(() => void load(), CALENDAR_POLL_MS);
  useEffect(() => {
    void load();
  }, [load]);

  const areaOf = (id: string) => visits.find((v) => v.id === id)?.area;
  const texts = warnings.map((w) => warningText(w, areaOf, t));
  const inspector = useMemo(() => {
    const name = query.inspectorId ? staff.staffName(query.inspectorId) : undefined;
    return query.inspectorId && name ? { staffId: query.inspectorId, name } : null;
  }, [query.inspectorId, staff]);
  const nowMinutes = Math.floor(((now + 8 * 3_600_000) % 86_400_000) / 60_000);

  const move = async (visit: PlacedVisit, to: Slot): Promise<boolean> => {
    const slot = { dayKey: to.dayKey, startTime: minutesToHm(to.start), endTime: minutesToHm(to.end) };
    const r = await reschedule(visit.id, slot);
    if (!r.ok) {
      void message.error(describeVisitError(r.error, t, { staffName: staff.staffName }), 8);
      return false;
    }
    void message.success(t('cal.moved', { day: formatDayKeyShort(slot.dayKey), start: slot.startTime, end: slot.endTime }));
    // Warnings of the new slot show in the period's list above the calendar (re-read after the move).
    return true;
  };

  // Page keys work wherever the focus is on the page (after a view change the focused button may be gone),
  // except in text fields, pickers and dialogs.
  const latest = useRef({ query, today, setQuery });
  useLayoutEffect(() => {
    latest.current = { query, today, setQuery };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing || typing(e.target)) return;
      if (e.target instanceof HTMLElement && e.target.closest('[role="dialog"], .ant-popover')) return;
      const { query: q, today: d, setQuery: go } = latest.current;
      const key = e.key.toLowerCase();
      if (e.key === 'PageUp' || e.key === 'PageDown') {
        e.preventDefault();
        void go({ anchor: stepAnchor(q.view, q.anchor, e.key === 'PageUp' ? -1 : 1) });
      } else if (key === 't') {
        void go({ anchor: d });
      } else if (VIEW_KEYS[key]) {
        void go({ view: VIEW_KEYS[key] });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div data-testid="calendar-tab">
      <CalendarToolbar
        query={query}
        staff={staff}
        onChange={(patch) => void setQuery(patch)}
        onStep={(by) => void setQuery({ anchor: stepAnchor(query.view, query.anchor, by) })}
        onToday={() => void setQuery({ anchor: today })}
        extra={<WarningsButton texts={texts} />}
      />
      {error ? <Alert type="error" showIcon title={describeError(error, t)} style={{ marginBottom: 10 }} /> : null}
      <VisitCalendar
        view={query.view}
        anchor={query.anchor}
        visits={visits}
        warnings={warnings}
        today={today}
        nowMinutes={nowMinutes}
        inspector={inspector}
        onOpen={(v) => void navigate(`/visits/visit/${v.id}`)}
        onDay={(dayKey) => void setQuery({ view: 'day', anchor: dayKey })}
        onMove={move}
      />
      {visits.length === 0 && !error ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('cal.empty')}
        </Typography.Text>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        {t('cal.help')}
      </Typography.Paragraph>
    </div>
  );
};
