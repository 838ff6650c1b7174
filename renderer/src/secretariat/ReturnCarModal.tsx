import { App, Form, Input } from 'antd';
import type { VehicleRequestSummary } from '../../../shared/ipc/contract-visits';
import { FormModal } from '../components/FormModal';
import { visitRules } from '../counter/visit-rules';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { vehiclesSelectors } from '../stores/vehicles/selectors';
import { describeVisitError } from '../visits/visit-errors';

/** 退回 a car request, with the reason the applicant will read. */
export const ReturnCarModal = ({ request, onClose }: { request: VehicleRequestSummary; onClose: () => void }) => {
  const t = useT();
  const r = visitRules(t);
  const { message } = App.useApp();
  const giveBack = useAppStore(vehiclesSelectors.giveBack);
  return (
    <FormModal<{ reason: string }>
      name="vehicle-return"
      title={t('returnCar.title', { applicant: request.applicantName })}
      okText={t('queue.return')}
      firstField="reason"
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await giveBack(request.id, v.reason.trim());
        if (res.ok) {
          void message.success(t('returnCar.done'));
          return null;
        }
        return { message: describeVisitError(res.error, t), field: 'reason' };
      }}
    >
      <Form.Item
        name="reason"
        label={t('returnCar.reason')}
        rules={r.reason(t('returnCar.reason'), 200)}
      >
        <Input.TextArea rows={3} maxLength={200} placeholder={t('returnCar.reasonHint')} />
      </Form.Item>
    </FormModal>
  );
};
