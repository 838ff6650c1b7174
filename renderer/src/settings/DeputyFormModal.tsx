import { App, Flex, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SignDeputy } from '../../../shared/domain/record-sheet';
import { taipeiDayKey } from '../../../shared/util/roc-date';
import { FormModal } from '../components/FormModal';
import { rules } from '../forms/rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { staffingSelectors } from '../stores/staffing/selectors';

type Values = Omit<SignDeputy, 'id'>;
const HALF = { flex: 1, minWidth: 0 };
const FIELD_OF: Readonly<Record<string, keyof Values>> = { NOT_A_CHIEF: 'chiefId', UNKNOWN_STAFF: 'deputyId', ENDS_BEFORE_START: 'toDay' };

/** Adds or edits a deputy span: the unit, its chief, the deputy, and the first and last day. */
export const DeputyFormModal = ({ deputy, onClose }: { deputy: SignDeputy | null; onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const units = useAppStore(useShallow(referenceSelectors.activeUnits));
  const staff = useAppStore(useShallow(referenceSelectors.staffSorted));
  const unitNames = useAppStore(useShallow(referenceSelectors.unitNames));
  const saveDeputy = useAppStore(staffingSelectors.saveDeputy);
  const today = useMemo(() => taipeiDayKey(new Date()), []);
  const initial: Partial<Values> = deputy ?? { fromDay: today, toDay: today };

  return (
    <FormModal<Values>
      name="deputy"
      title={deputy ? t('deputies.editTitle') : t('deputies.addTitle')}
      width={600}
      firstField="unitId"
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await saveDeputy({ ...(deputy ? { id: deputy.id } : {}), ...v });
        if (res.ok) {
          void message.success(t('common.saved'));
          return null;
        }
        const field = FIELD_OF[res.error.reason ?? ''];
        return { message: describeError(res.error, t), ...(field ? { field } : {}) };
      }}
    >
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.unitId !== b.unitId}>
        {(form) => {
          const unitId = form.getFieldValue('unitId') as string | undefined;
          const chiefs = staff.filter((s) => s.active && s.unitId === unitId && s.roles.includes('chief'));
          return (
            <Flex gap={16}>
              <Form.Item name="unitId" label={t('deputies.unit')} rules={[r.select(t('deputies.unit'))]} style={HALF}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={units.map((u) => ({ value: u.id, label: u.name }))}
                  onChange={() => form.setFieldValue('chiefId', undefined)}
                />
              </Form.Item>
              <Form.Item
                name="chiefId"
                label={t('deputies.chief')}
                rules={[r.select(t('deputies.chief'))]}
                style={HALF}
                {...(unitId && chiefs.length === 0 ? { help: t('deputies.noChief'), validateStatus: 'warning' as const } : {})}
              >
                <Select showSearch={{ optionFilterProp: 'label' }} options={chiefs.map((s) => ({ value: s.id, label: s.name }))} />
              </Form.Item>
            </Flex>
          );
        }}
      </Form.Item>
      <Form.Item name="deputyId" label={t('deputies.deputy')} rules={[r.select(t('deputies.deputy'))]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={staff
            .filter((s) => s.active)
            .map((s) => ({ value: s.id, label: t('common.withNote', { text: s.name, note: unitNames[s.unitId] ?? '' }) }))}
        />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item name="fromDay" label={t('deputies.from')} rules={[r.requiredValue(t('deputies.from'))]} style={HALF}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="toDay"
          label={t('deputies.to')}
          dependencies={['fromDay']}
          style={HALF}
          rules={[
            r.requiredValue(t('deputies.to')),
            ({ getFieldValue }) => ({
              validator: (_rule, v: unknown) =>
                typeof v !== 'string' || v === '' || v >= String(getFieldValue('fromDay') ?? '')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.toBeforeFrom'))),
            }),
          ]}
        >
          <Input type="date" />
        </Form.Item>
      </Flex>
    </FormModal>
  );
};
