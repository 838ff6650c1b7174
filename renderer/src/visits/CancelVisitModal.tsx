import { App, Form, Input } from 'antd';
import { FormModal } from '../components/FormModal';
import { visitRules } from '../counter/visit-rules';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { visitsSelectors } from '../stores/visits/selectors';
import { describeVisitError } from './visit-errors';

/** 取消訪廠, with a reason (at least two characters, as main requires). */
export const CancelVisitModal = ({ visitId, company, onClose }: { visitId: string; company: string; onClose: () => void }) => {
  const t = useT();
  const r = visitRules(t);
  const { message } = App.useApp();
  const cancel = useAppStore(visitsSelectors.cancelVisit);
  return (
    <FormModal<{ reason: string }>
      name="visit-cancel"
      title={t('fvisit.cancelTitle', { company })}
      okText={t('fvisit.cancel')}
      firstField="reason"
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await cancel(visitId, v.reason.trim());
        if (!res.ok) return { message: describeVisitError(res.error, t), field: 'reason' };
        void message.success(t('fvisit.cancelled'));
        return null;
      }}
    >
      <Form.Item
        name="reason"
        label={t('fvisit.cancelReason.label')}
        rules={r.reason(t('fvisit.cancelReason.label'), 200)}
      >
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
};
