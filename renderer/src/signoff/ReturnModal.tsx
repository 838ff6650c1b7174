import { App, Form, Input } from 'antd';
import { FormModal } from '../components/FormModal';
import { visitRules } from '../counter/visit-rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { recordsSelectors } from '../stores/records/selectors';

/** 退回: the sheet goes back to its author with the reason, which they see at the top of the sheet. */
export const ReturnModal = ({ recordId, onClose }: { recordId: string; onClose: () => void }) => {
  const t = useT();
  const r = visitRules(t);
  const { message } = App.useApp();
  const returnRecord = useAppStore(recordsSelectors.returnRecord);
  return (
    <FormModal<{ reason: string }>
      name="returnRecord"
      title={t('return.title')}
      okText={t('return.submit')}
      firstField="reason"
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await returnRecord(recordId, v.reason.trim());
        if (!res.ok) return { message: describeError(res.error, t) };
        void message.success(t('return.done'));
        return null;
      }}
    >
      <Form.Item name="reason" label={t('return.reason')} rules={r.reason(t('return.reason'), 500)} extra={t('return.help')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
};
