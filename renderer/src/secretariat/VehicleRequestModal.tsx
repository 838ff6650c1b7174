import { Alert, App, Checkbox, Flex, Form, Input, Select, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FormModal } from '../components/FormModal';
import { rules } from '../forms/rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { sessionSelectors } from '../stores/session/selectors';
import { vehiclesSelectors } from '../stores/vehicles/selectors';
import { describeVisitError } from '../visits/visit-errors';
import { fieldOfVehicleError, vehicleInput, vehicleRules, vehicleValues } from './vehicle-form';
import type { VehicleValues } from './vehicle-form';

const HALF = { flex: 1, minWidth: 0 };

/**
 * 使用汽車申請單: on its own, or from a visit (prefilled by main from the visit: unit, times with the
 * drive, destination, the inspectors as passengers). Sent to the secretariat, which approves it with a
 * car and a driver, or returns it with a reason.
 */
export const VehicleRequestModal = ({ visit, onClose }: { visit: { id: string; company: string } | null; onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const session = useAppStore(sessionSelectors.session);
  const units = useAppStore(useShallow(referenceSelectors.activeUnits));
  const fleet = useAppStore(useShallow(vehiclesSelectors.activeFleet));
  const loadFleet = useAppStore(vehiclesSelectors.loadFleet);
  const prefill = useAppStore(vehiclesSelectors.prefill);
  const create = useAppStore(vehiclesSelectors.create);
  const [initial, setInitial] = useState<Partial<VehicleValues> | null>(visit ? null : { unitId: session?.unitId ?? '', passengers: session ? [session.name] : [], driverNeeded: false, preferredVehicleId: null });
  const [prefillError, setPrefillError] = useState<string | null>(null);
  const v = vehicleRules(t, Date.now);
  const visitId = visit?.id ?? null;

  useEffect(() => {
    void loadFleet();
    if (!visitId) return;
    void prefill(visitId).then((res) => {
      if (res.ok) setInitial(vehicleValues(res.value));
      else {
        setPrefillError(describeError(res.error, t));
        setInitial({ unitId: session?.unitId ?? '', passengers: [], driverNeeded: false, preferredVehicleId: null });
      }
    });
    // Prefilled once per dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visitId]);

  const carOptions = useMemo(
    () => [
      { value: '', label: t('vreq.noPreference') },
      ...fleet.map((c) => ({ value: c.id, label: t('common.withNote', { text: `${c.plate} ${c.model}`, note: t('approve.seats', { seats: c.seats }) }) })),
    ],
    [fleet, t],
  );

  if (!initial) {
    return (
      <FormModal<VehicleValues> key="loading" name="vehicle-request" title={t('vreq.title')} firstField="destination" onClose={onClose} onSubmit={async () => null}>
        <Spin />
      </FormModal>
    );
  }

  return (
    <FormModal<VehicleValues>
      // Not the loading dialog's form: initial values only apply to a form when it is made.
      key="form"
      name="vehicle-request"
      title={visit ? t('vreq.fromVisit', { company: visit.company }) : t('vreq.title')}
      width={640}
      firstField="startDay"
      okText={t('vreq.submit')}
      initialValues={{ ...initial, preferredVehicleId: initial.preferredVehicleId ?? '' }}
      onClose={onClose}
      onSubmit={async (values) => {
        // One day's use, as a visit needs: the car comes back the day it leaves.
        const input = vehicleInput({ ...values, endDay: '', preferredVehicleId: values.preferredVehicleId || null }, visitId);
        if (!input) return { message: t('visitForm.timeFormat'), field: 'startTime' };
        const res = await create(input);
        if (res.ok) {
          void message.success(t('vreq.created'));
          return null;
        }
        const field = fieldOfVehicleError(res.error.reason);
        return { message: describeVisitError(res.error, t), ...(field ? { field } : {}) };
      }}
    >
      {visit && !prefillError ? <Alert type="info" showIcon title={t('vreq.prefilled')} style={{ marginBottom: 12 }} /> : null}
      {prefillError ? <Alert type="warning" showIcon title={prefillError} style={{ marginBottom: 12 }} /> : null}
      <Flex gap={12}>
        <Form.Item name="unitId" label={t('vreq.unit')} rules={[r.select(t('vreq.unit'))]} style={HALF}>
          <Select options={units.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item label={t('vreq.applicant')} style={HALF}>
          <Input value={session?.name ?? ''} disabled />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="startDay" label={t('vreq.day')} rules={[r.requiredValue(t('vreq.day'))]} style={HALF}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="startTime"
          label={t('vreq.start')}
          dependencies={['startDay']}
          rules={[r.requiredValue(t('vreq.start')), v.start]}
          style={HALF}
        >
          <Input type="time" step={300} />
        </Form.Item>
        <Form.Item
          name="endTime"
          label={t('vreq.end')}
          dependencies={['startDay', 'startTime']}
          rules={[r.requiredValue(t('vreq.end')), v.end]}
          style={HALF}
        >
          <Input type="time" step={300} />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item
          name="destination"
          label={t('vreq.destination')}
          rules={[r.required(t('vreq.destination')), { max: 200, message: t('validation.maxLength', { max: 200 }) }]}
          style={{ ...HALF, flex: 1.4 }}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('vreq.purpose')}
          rules={[r.required(t('vreq.purpose')), { max: 200, message: t('validation.maxLength', { max: 200 }) }]}
          style={HALF}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Flex>
      <Flex gap={12} align="flex-start">
        <Form.Item name="passengers" label={t('vreq.passengers')} style={{ ...HALF, flex: 1.4 }}>
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '、', '，']}
            maxCount={20}
            placeholder={t('vreq.passengersHint')}
            aria-label={t('vreq.passengers')}
          />
        </Form.Item>
        <Form.Item name="driverNeeded" valuePropName="checked" label=" " style={HALF}>
          <Checkbox data-testid="vreq-driver">{t('vreq.driverNeeded')}</Checkbox>
        </Form.Item>
      </Flex>
      <Form.Item name="preferredVehicleId" label={t('vreq.preferred')} extra={t('vreq.preferredHint')} style={{ marginBottom: 0 }}>
        <Select options={carOptions} />
      </Form.Item>
    </FormModal>
  );
};
