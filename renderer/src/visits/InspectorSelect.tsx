import { Form, Select } from 'antd';
import type { SelectProps } from 'antd';
import { useT } from '../i18n/use-t';
import type { StaffLookup } from './use-staff';

/** One or more inspectors (or chiefs), shown with their unit; searchable by name. */
export const InspectorSelect = ({
  staff,
  ...field
}: { staff: StaffLookup } & Pick<SelectProps<string[]>, 'value' | 'onChange' | 'id'>) => {
  const t = useT();
  return (
    <Select
      {...field}
      mode="multiple"
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('visitForm.inspectorsHint')}
      options={staff.inspectors.map((s) => ({ value: s.id, label: t('common.withNote', { text: s.name, note: staff.unitName(s.unitId) }) }))}
      maxCount={10}
      data-testid="inspector-select"
    />
  );
};

/** The form field of who goes: one or more inspectors, required. */
export const InspectorsField = ({ staff }: { staff: StaffLookup }) => {
  const t = useT();
  return (
    <Form.Item
      name="inspectorIds"
      label={t('visitForm.inspectors')}
      rules={[{ required: true, type: 'array', min: 1, message: t('validation.select', { field: t('visitForm.inspectors') }) }]}
    >
      <InspectorSelect staff={staff} />
    </Form.Item>
  );
};
