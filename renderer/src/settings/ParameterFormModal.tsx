import { App, Form, InputNumber } from 'antd';
import { FormModal } from '../components/FormModal';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import type { ParameterView } from './parameter-format';

interface Values {
  value: number | null;
}

/**
 * Changes one parameter. The field does not clamp (that would hide a mistake): an out-of-range
 * value is named as such, here and, should it get through, by main (OUT_OF_RANGE).
 */
export const ParameterFormModal = ({ param, onClose }: { param: ParameterView; onClose: () => void }) => {
  const t = useT();
  const { message } = App.useApp();
  const setParameter = useAppStore(referenceSelectors.setParameter);
  const rangeMessage = t('validation.range', { min: param.min, max: param.max });
  return (
    <FormModal<Values>
      name="parameter"
      title={t('params.editTitle', { name: param.label })}
      width={440}
      firstField="value"
      initialValues={{ value: param.value ?? null }}
      onClose={onClose}
      onSubmit={async (v) => {
        if (v.value === null) return { message: rangeMessage, field: 'value' };
        const res = await setParameter(param.key, v.value);
        if (res.ok) {
          void message.success(t('common.saved'));
          return null;
        }
        return { message: describeError(res.error, t), field: 'value' };
      }}
    >
      <Form.Item
        name="value"
        label={param.label}
        extra={t('params.rangeHint', { range: param.range })}
        rules={[
          { required: true, message: t('validation.required', { field: param.label }) },
          { type: 'number', min: param.min, max: param.max, message: rangeMessage },
        ]}
      >
        <InputNumber autoFocus suffix={param.unit} style={{ width: 220 }} data-testid="param-value" />
      </Form.Item>
    </FormModal>
  );
};
