import { App, Flex, Form, Input, Select, Switch } from 'antd';
import { useShallow } from 'zustand/react/shallow';
import type { BusinessItem } from '../../../shared/domain/reference';
import { FormModal } from '../components/FormModal';
import { rules } from '../forms/rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';

type Values = Pick<BusinessItem, 'unitId' | 'code' | 'name' | 'active'>;

export const ItemFormModal = ({
  item,
  defaultUnitId,
  onClose,
}: {
  item: BusinessItem | null;
  defaultUnitId: string | null;
  onClose: () => void;
}) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const units = useAppStore(useShallow(referenceSelectors.unitsSorted));
  const saveItem = useAppStore(referenceSelectors.saveBusinessItem);
  const initial: Partial<Values> = item ?? { active: true, ...(defaultUnitId ? { unitId: defaultUnitId } : {}) };
  return (
    <FormModal<Values>
      name="businessItem"
      title={item ? t('items.editTitle') : t('items.addTitle')}
      width={560}
      firstField="unitId"
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await saveItem({
          ...(item ? { id: item.id } : {}),
          unitId: v.unitId,
          code: v.code.trim(),
          name: v.name.trim(),
          active: v.active,
        });
        if (res.ok) {
          void message.success(t('common.saved'));
          return null;
        }
        return { message: describeError(res.error, t), ...(res.error.reason === 'CODE_TAKEN' ? { field: 'code' } : {}) };
      }}
    >
      <Form.Item name="unitId" label={t('items.unit')} rules={[r.select(t('items.unit'))]}>
        <Select
          autoFocus
          showSearch={{ optionFilterProp: 'label' }}
          options={units.filter((u) => u.active || u.id === item?.unitId).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item name="code" label={t('items.code')} rules={r.code(t('items.code'))} style={{ width: 160 }}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="name" label={t('items.name')} rules={r.name(t('items.name'))} style={{ flex: 1 }}>
          <Input maxLength={100} />
        </Form.Item>
      </Flex>
      <Form.Item name="active" label={t('common.status')} valuePropName="checked">
        <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
      </Form.Item>
    </FormModal>
  );
};
