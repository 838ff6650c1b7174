import { App } from 'antd';
import type { CalendarVisit } from '../../../shared/ipc/contract-visits';
import { FormModal } from '../components/FormModal';
import { useNow } from '../hooks/use-now';
import { formatDayKeyShort } from '../format/time';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { visitsSelectors } from '../stores/visits/selectors';
import { taipeiToday } from './calendar/calendar-dates';
import { InspectorsField } from './InspectorSelect';
import { SlotFields } from './SlotFields';
import type { StaffLookup } from './use-staff';
import { describeVisitError } from './visit-errors';
import { fieldOfVisitError, slotInput } from './visit-forms';
import type { SlotValues } from './visit-forms';
import { warningMessages } from './warning-messages';

type Values = SlotValues & { inspectorIds: string[] };

/**
 * 約定日期 for a visit waiting for one (who goes may change too), or 改期 for a scheduled one (the
 * same form; the inspectors stay unless changed). Warnings main finds after saving are shown, not hidden.
 */
export const ScheduleModal = ({ visit, staff, onClose }: { visit: CalendarVisit; staff: StaffLookup; onClose: () => void }) => {
  const t = useT();
  const { message } = App.useApp();
  const schedule = useAppStore(visitsSelectors.scheduleVisit);
  const today = taipeiToday(useNow(60_000));
  const rescheduling = visit.status === 'scheduled';
  return (
    <FormModal<Values>
      name="visit-schedule"
      title={t(rescheduling ? 'schedule.rescheduleTitle' : 'schedule.title', { company: visit.companyName })}
      width={560}
      firstField="day"
      initialValues={{
        day: visit.dayKey ?? '',
        startTime: visit.startTime ?? '09:00',
        endTime: visit.endTime ?? '11:00',
        inspectorIds: visit.inspectors.map((i) => i.staffId),
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        const slot = slotInput(v);
        if (!slot) return { message: t('visitForm.timeFormat'), field: 'startTime' };
        const res = await schedule(visit.id, slot, v.inspectorIds);
        if (!res.ok) {
          const field = fieldOfVisitError(res.error);
          return { message: describeVisitError(res.error, t, { staffName: staff.staffName }), ...(field ? { field } : {}) };
        }
        void message.success(t('schedule.saved', { day: formatDayKeyShort(slot.dayKey), start: slot.startTime, end: slot.endTime }));
        for (const w of warningMessages(res.value.warnings, visit.id, t)) void message.warning(w, 6);
        return null;
      }}
    >
      <SlotFields today={today} />
      <InspectorsField staff={staff} />
    </FormModal>
  );
};
