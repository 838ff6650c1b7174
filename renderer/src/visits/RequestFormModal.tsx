import { App, Flex, Form, Input, Select } from 'antd';
import { REQUEST_CHANNELS } from '../../../shared/domain/visit';
import { FormModal } from '../components/FormModal';
import { rules } from '../forms/rules';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { visitsSelectors } from '../stores/visits/selectors';
import { CompanyFields } from './CompanyFields';
import { UnitField } from './UnitField';
import { describeVisitError } from './visit-errors';
import { fieldOfVisitError, requestInput } from './visit-forms';
import type { RequestValues } from './visit-forms';

const HALF = { flex: 1, minWidth: 0 };

/** 登錄請求: a phone or written inquiry (or a walk-in asking for a visit), with the business and the question. */
export const RequestFormModal = ({ onClose }: { onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const [form] = Form.useForm<RequestValues>();
  const myUnit = useAppStore(sessionSelectors.session)?.unitId;
  const create = useAppStore(visitsSelectors.createRequest);
  return (
    <FormModal<RequestValues>
      name="visit-request"
      title={t('request.title')}
      width={640}
      form={form}
      firstField="channel"
      initialValues={{ channel: 'phone', unitId: myUnit ?? '', category: 'electrical' }}
      onClose={onClose}
      okText={t('visits.newRequest')}
      onSubmit={async (v) => {
        const res = await create(requestInput(v));
        if (res.ok) {
          void message.success(t('request.created', { company: v.companyName.trim() }));
          return null;
        }
        const field = fieldOfVisitError(res.error);
        return { message: describeVisitError(res.error, t), ...(field ? { field } : {}) };
      }}
    >
      <Flex gap={12}>
        <Form.Item name="channel" label={t('request.channel')} rules={[r.select(t('request.channel'))]} style={HALF}>
          <Select options={REQUEST_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
        </Form.Item>
        <UnitField style={HALF} />
      </Flex>
      <CompanyFields form={form} />
      <Form.Item
        name="question"
        label={t('request.question')}
        rules={[r.required(t('request.question')), { max: 1000, message: t('validation.maxLength', { max: 1000 }) }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('request.questionHint')} />
      </Form.Item>
    </FormModal>
  );
};
