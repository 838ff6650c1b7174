import { App, Form, Input } from 'antd';
import { FormModal } from '../components/FormModal';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { counterSelectors } from '../stores/counter/selectors';
import type { VisitDetail } from '../stores/counter/slice';
import { visitRules } from './visit-rules';

/** 取消來洽, with the reason (the visitor left, came on the wrong day …). */
export const CancelVisitModal = ({ detail, onClose }: { detail: VisitDetail; onClose: () => void }) => {
  const t = useT();
  const r = visitRules(t);
  const { message } = App.useApp();
  const cancelVisit = useAppStore(counterSelectors.cancelVisit);
  return (
    <FormModal<{ reason: string }>
      name="cancelVisit"
      title={t('cancel.title', { name: detail.visitor.name })}
      okText={t('cancel.submit')}
      firstField="reason"
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await cancelVisit(detail.visit.id, v.reason.trim());
        if (!res.ok) return { message: describeError(res.error, t) };
        void message.success(t('cancel.done'));
        return null;
      }}
    >
      <Form.Item name="reason" label={t('cancel.reason')} rules={r.reason(t('cancel.reason'), 200)}>
        <Input.TextArea rows={2} maxLength={200} placeholder={t('cancel.placeholder')} />
      </Form.Item>
    </FormModal>
  );
};
