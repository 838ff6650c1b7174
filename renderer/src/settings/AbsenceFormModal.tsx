import { App, Form, Input, Select } from 'antd';
import { useShallow } from 'zustand/react/shallow';
import type { StaffAbsence } from '../../../shared/domain/escort';
import { FormModal } from '../components/FormModal';
import { rules } from '../forms/rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { staffingSelectors } from '../stores/staffing/selectors';

type Values = Omit<StaffAbsence, 'id'>;

/** Registers (or corrects) a day away for one person, with an optional reason (休假、公出 …). */
export const AbsenceFormModal = ({ absence, day, onClose }: { absence: StaffAbsence | null; day: string; onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const staff = useAppStore(useShallow(referenceSelectors.staffSorted));
  const unitNames = useAppStore(useShallow(referenceSelectors.unitNames));
  const saveAbsence = useAppStore(staffingSelectors.saveAbsence);
  return (
    <FormModal<Values>
      name="absence"
      title={absence ? t('absences.editTitle') : t('absences.addTitle')}
      firstField="staffId"
      initialValues={absence ?? { dayKey: day, reason: '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await saveAbsence({ ...(absence ? { id: absence.id } : {}), ...v, reason: (v.reason ?? '').trim() });
        if (res.ok) {
          void message.success(t('common.saved'));
          return null;
        }
        return { message: describeError(res.error, t), ...(res.error.reason === 'UNKNOWN_STAFF' ? { field: 'staffId' } : {}) };
      }}
    >
      <Form.Item name="staffId" label={t('absences.staff')} rules={[r.select(t('absences.staff'))]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={staff.filter((s) => s.active).map((s) => ({ value: s.id, label: t('common.withNote', { text: s.name, note: unitNames[s.unitId] ?? '' }) }))}
        />
      </Form.Item>
      <Form.Item name="dayKey" label={t('absences.day')} rules={[r.requiredValue(t('absences.day'))]}>
        <Input type="date" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="reason" label={t('absences.reason')} rules={[{ max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
        <Input maxLength={100} placeholder={t('absences.reasonPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
};
