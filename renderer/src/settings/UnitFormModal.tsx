import { App, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import { UNIT_KINDS } from '../../../shared/domain/reference';
import type { Unit } from '../../../shared/domain/reference';
import { FormModal } from '../components/FormModal';
import { rules } from '../forms/rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';

type Values = Pick<Unit, 'code' | 'name' | 'kind' | 'sortOrder' | 'active'>;

/** Add or edit a unit. A code clash comes back from main as CODE_TAKEN and is shown on the code field. */
export const UnitFormModal = ({ unit, onClose }: { unit: Unit | null; onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const branch = useAppStore(referenceSelectors.branch);
  const saveUnit = useAppStore(referenceSelectors.saveUnit);
  const initial: Partial<Values> = unit ?? { kind: 'section', sortOrder: 100, active: true };
  return (
    <FormModal<Values>
      name="unit"
      title={unit ? t('units.editTitle') : t('units.addTitle')}
      firstField="code"
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const branchId = unit?.branchId ?? branch?.id;
        if (!branchId) return { message: t('reason.UNKNOWN_BRANCH') };
        const res = await saveUnit({
          ...(unit ? { id: unit.id } : {}),
          branchId,
          code: v.code.trim(),
          name: v.name.trim(),
          kind: v.kind,
          sortOrder: v.sortOrder,
          active: v.active,
        });
        if (res.ok) {
          void message.success(t('common.saved'));
          return null;
        }
        return { message: describeError(res.error, t), ...(res.error.reason === 'CODE_TAKEN' ? { field: 'code' } : {}) };
      }}
    >
      <Flex gap={16}>
        <Form.Item name="code" label={t('units.code')} rules={r.code(t('units.code'))} style={{ width: 160 }}>
          <Input autoFocus maxLength={20} />
        </Form.Item>
        <Form.Item name="name" label={t('units.name')} rules={r.name(t('units.name'))} style={{ flex: 1 }}>
          <Input maxLength={100} />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item name="kind" label={t('units.kind')} rules={[r.select(t('units.kind'))]} style={{ width: 160 }}>
          <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="sortOrder"
          label={t('units.sortOrder')}
          tooltip={t('units.sortOrderHelp')}
          rules={[
            r.requiredValue(t('units.sortOrder')),
            { type: 'integer', min: 0, max: 9999, message: t('validation.range', { min: 0, max: 9999 }) },
          ]}
          style={{ width: 140 }}
        >
          <InputNumber precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="active" label={t('common.status')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
        </Form.Item>
      </Flex>
    </FormModal>
  );
};
