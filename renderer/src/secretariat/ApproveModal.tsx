import { Alert, App, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import type { VehicleRequestSummary } from '../../../shared/ipc/contract-visits';
import { DEFAULT_VEHICLE_BUFFER_MINUTES } from '../../../shared/mutations/vehicles';
import { FormModal } from '../components/FormModal';
import { rules } from '../forms/rules';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { vehiclesSelectors } from '../stores/vehicles/selectors';
import { describeVisitError } from '../visits/visit-errors';
import { carChoices } from './car-choice';
import { formatSpan, ridersOf } from './vehicle-form';

interface Values {
  vehicleId: string;
  driverName: string;
}

/**
 * 核准派車: pick a car (free ones first; one held at an overlapping time or too small for the riders
 * is marked, and main refuses it anyway) and name the driver when one was asked for.
 */
export const ApproveModal = ({ request, onClose }: { request: VehicleRequestSummary; onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const fleet = useAppStore(vehiclesSelectors.fleet);
  const loadFleet = useAppStore(vehiclesSelectors.loadFleet);
  const approve = useAppStore(vehiclesSelectors.approve);
  const buffer = useAppStore(referenceSelectors.parameter('vehicle.bufferMinutes')) ?? DEFAULT_VEHICLE_BUFFER_MINUTES;
  // The requests the queue shows (pending ones hold the car they ask for, approved ones theirs).
  const pending = useAppStore(vehiclesSelectors.pending);
  const approved = useAppStore(vehiclesSelectors.approved);
  const known = useMemo(() => [...pending, ...approved], [pending, approved]);
  useEffect(() => {
    void loadFleet();
  }, [loadFleet]);
  const choices = useMemo(() => carChoices(request, fleet ?? [], known, buffer), [request, fleet, known, buffer]);
  const first = choices.find((c) => !c.busyWith && !c.tooSmall)?.car.id;
  const riders = ridersOf(request);
  const bookingOf = (id: string) => {
    const b = known.find((x) => x.id === id);
    return b ? { applicant: b.applicantName, when: formatSpan(b.startAt, b.endAt) } : undefined;
  };

  if (!fleet) return null;
  return (
    <FormModal<Values>
      name="vehicle-approve"
      title={t('approve.title', { applicant: request.applicantName })}
      okText={t('queue.approve')}
      width={560}
      firstField="vehicleId"
      initialValues={{ ...(first ? { vehicleId: first } : {}), driverName: request.driverName }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await approve(request.id, v.vehicleId, (v.driverName ?? '').trim());
        if (res.ok) {
          void message.success(t('approve.done', { plate: fleet.find((c) => c.id === v.vehicleId)?.plate ?? '' }));
          return null;
        }
        const field = res.error.reason === 'DRIVER_REQUIRED' ? 'driverName' : 'vehicleId';
        return { message: describeVisitError(res.error, t, { booking: bookingOf }), field };
      }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('approve.summary', {
          when: formatSpan(request.startAt, request.endAt),
          destination: request.destination,
          riders: t(request.driverNeeded ? 'vreq.ridersWithDriver' : 'vreq.riders', { count: request.passengers.length }),
        })}
        description={request.purpose}
      />
      <Form.Item name="vehicleId" label={t('approve.vehicle')} rules={[r.select(t('approve.vehicle'))]}>
        <Radio.Group style={{ width: '100%' }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {choices.map((c) => (
              <Radio key={c.car.id} value={c.car.id}>
                <span data-testid="approve-car">
                  <span className="bd-mono" style={{ fontSize: 13 }}>
                    {c.car.plate}
                  </span>{' '}
                  {c.car.model}{' '}
                  <Typography.Text type={c.tooSmall ? 'danger' : 'secondary'}>（{t('approve.seats', { seats: c.car.seats })}）</Typography.Text>
                  {c.preferred ? <Tag color="blue">{t('approve.preferred')}</Tag> : null}
                  {c.busyWith ? <Tag color="red">{t('approve.busy')}</Tag> : null}
                  {c.tooSmall ? <Tag color="orange">{t('reason.VEHICLE_TOO_SMALL', { seats: c.car.seats, riders })}</Tag> : null}
                </span>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="driverName"
        label={t('approve.driver')}
        extra={request.driverNeeded ? undefined : t('approve.driverHint')}
        rules={[
          ...(request.driverNeeded ? [r.required(t('approve.driver'))] : []),
          { max: 50, message: t('validation.maxLength', { max: 50 }) },
        ]}
      >
        <Input maxLength={50} />
      </Form.Item>
    </FormModal>
  );
};
