import { Alert, App, Form, Input, Radio } from 'antd';
import { useNavigate } from 'react-router';
import { ANSWER_MODES } from '../../../shared/domain/visit';
import type { VisitRequestSummary } from '../../../shared/ipc/contract-visits';
import { FormModal } from '../components/FormModal';
import { rules } from '../forms/rules';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { visitsSelectors } from '../stores/visits/selectors';
import { describeVisitError } from './visit-errors';
import { fieldOfVisitError } from './visit-forms';
import type { AnswerValues } from './visit-forms';

/**
 * 電話咨詢／書面答覆: a request answered without a visit is still a service the plan counts: main records
 * it and drafts its 附件1, which opens next for the officer to complete and submit.
 */
export const AnswerModal = ({ request, onClose }: { request: VisitRequestSummary; onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const answer = useAppStore(visitsSelectors.answerRequest);
  return (
    <FormModal<AnswerValues>
      name="visit-answer"
      title={t('answer.title', { company: request.companyName })}
      width={560}
      firstField="summary"
      initialValues={{ mode: request.channel === 'letter' ? 'letter' : 'phone', summary: '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await answer({ requestId: request.id, mode: v.mode, summary: v.summary.trim() });
        if (!res.ok) {
          const field = fieldOfVisitError(res.error);
          return { message: describeVisitError(res.error, t), ...(field ? { field } : {}) };
        }
        void message.success(t('answer.done'));
        void navigate(`/visits/visit/${res.value.visitId}/record`);
        return null;
      }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('answer.note')} description={request.question} />
      <Form.Item name="mode" label={t('answer.mode')}>
        <Radio.Group options={ANSWER_MODES.map((m) => ({ value: m, label: t(`answerMode.${m}`) }))} />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('answer.summary')}
        rules={[r.required(t('answer.summary')), { max: 2000, message: t('validation.maxLength', { max: 2000 }) }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
};
