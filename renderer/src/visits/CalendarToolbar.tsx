import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDayKeyShort } from '../format/time';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import type { CalendarQuery } from '../stores/visits/slice';
import type { CalendarView } from './calendar/calendar-dates';
import { viewRange, weekdayOf } from './calendar/calendar-dates';
import type { StaffLookup } from './use-staff';

const VIEWS: readonly CalendarView[] = ['day', 'week', 'month'];

/** 115/12/03（四）, 115/11/30 – 115/12/06, or 民國115年12月: the period a view shows. */
export const PeriodLabel = ({ query }: { query: CalendarQuery }) => {
  const t = useT();
  const { view, anchor } = query;
  let text: string;
  if (view === 'day') {
    text = t('common.withNote', { text: formatDayKeyShort(anchor), note: t(`cal.weekday.${weekdayOf(anchor)}` as 'cal.weekday.0') });
  } else if (view === 'week') {
    const r = viewRange('week', anchor);
    text = `${formatDayKeyShort(r.fromDay)} – ${formatDayKeyShort(r.toDay)}`;
  } else {
    text = t('cal.monthLabel', { year: Number(anchor.slice(0, 4)) - 1911, month: Number(anchor.slice(5, 7)) });
  }
  return (
    <Typography.Text strong style={{ fontSize: 15, minWidth: 190 }} data-testid="cal-period">
      {text}
    </Typography.Text>
  );
};

/** Period navigation, the view switch, and the two filters (by inspector, by unit). */
export const CalendarToolbar = ({
  query,
  staff,
  onChange,
  onStep,
  onToday,
  extra,
}: {
  query: CalendarQuery;
  /** Shown after the view switch (the period's warnings). */
  extra?: ReactNode;
  staff: StaffLookup;
  onChange: (patch: Partial<CalendarQuery>) => void;
  onStep: (by: -1 | 1) => void;
  onToday: () => void;
}) => {
  const t = useT();
  const units = useAppStore(useShallow(referenceSelectors.activeUnits));
  return (
    <Flex align="center" gap={8} wrap style={{ marginBottom: 10 }} data-testid="cal-toolbar">
      <Button icon={<LeftOutlined />} onClick={() => onStep(-1)} aria-label={t('cal.prev')} title={`${t('cal.prev')} (PageUp)`} />
      <Button onClick={onToday} title={`${t('cal.today')} (T)`} data-testid="cal-today">
        {t('cal.today')}
      </Button>
      <Button icon={<RightOutlined />} onClick={() => onStep(1)} aria-label={t('cal.next')} title={`${t('cal.next')} (PageDown)`} />
      <PeriodLabel query={query} />
      <Segmented<CalendarView>
        value={query.view}
        onChange={(view) => onChange({ view })}
        options={VIEWS.map((v) => ({ value: v, label: <span data-testid={`cal-view-${v}`}>{t(`cal.view.${v}`)}</span> }))}
      />
      {extra}
      <Flex gap={8} style={{ marginLeft: 'auto' }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 180 }}
          placeholder={t('cal.allInspectors')}
          aria-label={t('cal.filterInspector')}
          value={query.inspectorId ?? undefined}
          onChange={(v: string | undefined) => onChange({ inspectorId: v ?? null })}
          options={staff.inspectors.map((s) => ({ value: s.id, label: s.name }))}
          data-testid="cal-filter-inspector"
        />
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('cal.allUnits')}
          aria-label={t('cal.filterUnit')}
          value={query.unitId ?? undefined}
          onChange={(v: string | undefined) => onChange({ unitId: v ?? null })}
          options={units.filter((u) => u.kind !== 'secretariat').map((u) => ({ value: u.id, label: u.name }))}
          data-testid="cal-filter-unit"
        />
      </Flex>
    </Flex>
  );
};
