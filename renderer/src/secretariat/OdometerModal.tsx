import { App, Flex, Form, InputNumber } from 'antd';
import type { VehicleRequestSummary } from '../../../shared/ipc/contract-visits';
import { FormModal } from '../components/FormModal';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { vehiclesSelectors } from '../stores/vehicles/selectors';
import { describeVisitError } from '../visits/visit-errors';

interface Values {
  odometerOut: number | null;
  odometerIn: number | null;
}

const HALF = { flex: 1, minWidth: 0 };

/** 出發／返回里程 of an approved car request: the reading at departure first, the one on return not below it. */
export const OdometerModal = ({ request, onClose }: { request: VehicleRequestSummary; onClose: () => void }) => {
  const t = useT();
  const { message } = App.useApp();
  const save = useAppStore(vehiclesSelectors.odometer);
  return (
    <FormModal<Values>
      name="odometer"
      title={t('odo.title', { plate: request.vehiclePlate ?? '' })}
      firstField={request.odometerOut === null ? 'odometerOut' : 'odometerIn'}
      initialValues={{ odometerOut: request.odometerOut, odometerIn: request.odometerIn }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await save(request.id, v.odometerOut ?? null, v.odometerIn ?? null);
        if (res.ok) {
          void message.success(t('odo.saved'));
          return null;
        }
        return { message: describeVisitError(res.error, t), field: res.error.reason === 'ODOMETER_OUT_MISSING' ? 'odometerOut' : 'odometerIn' };
      }}
    >
      <Flex gap={12}>
        <Form.Item name="odometerOut" label={t('odo.out')} style={HALF}>
          <InputNumber min={0} max={9_999_999} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="odometerIn"
          label={t('odo.in')}
          dependencies={['odometerOut']}
          style={HALF}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_r, v: unknown) => {
                const out = getFieldValue('odometerOut') as number | null | undefined;
                if (typeof v !== 'number') return Promise.resolve();
                if (typeof out !== 'number') return Promise.reject(new Error(t('odo.outFirst')));
                return v >= out ? Promise.resolve() : Promise.reject(new Error(t('odo.inBeforeOut')));
              },
            }),
          ]}
        >
          <InputNumber min={0} max={9_999_999} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
    </FormModal>
  );
};
