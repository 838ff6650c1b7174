import { Alert, App, Checkbox, Flex, Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router';
import { VISIT_OCCASIONS } from '../../../shared/domain/visit';
import type { VisitRequestSummary } from '../../../shared/ipc/contract-visits';
import { FormModal } from '../components/FormModal';
import { useNow } from '../hooks/use-now';
import { rules } from '../forms/rules';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { visitsSelectors } from '../stores/visits/selectors';
import { taipeiToday } from './calendar/calendar-dates';
import { CompanyFields } from './CompanyFields';
import { UnitField } from './UnitField';
import { InspectorsField } from './InspectorSelect';
import { SlotFields } from './SlotFields';
import type { StaffLookup } from './use-staff';
import { describeVisitError } from './visit-errors';
import { fieldOfVisitError, fromRequest, visitInput } from './visit-forms';
import type { VisitValues } from './visit-forms';

const HALF = { flex: 1, minWidth: 0 };

/**
 * A new visit, from a request (安排訪廠: the business is the request's) or from an occasion the office
 * has (違規訪查, 取樣查核, 驗證追查, 事故後續). A date can be agreed now or later (the visit then
 * waits in 待約定日期). Opens the new visit when done.
 */
export const VisitFormModal = ({
  request,
  staff,
  onClose,
}: {
  request: VisitRequestSummary | null;
  staff: StaffLookup;
  onClose: () => void;
}) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<VisitValues>();
  const agreeLater = Form.useWatch('agreeLater', form) ?? false;
  const session = useAppStore(sessionSelectors.session);
  const create = useAppStore(visitsSelectors.createVisit);
  const today = taipeiToday(useNow(60_000));
  const me = session && staff.inspectors.some((s) => s.id === session.staffId) ? [session.staffId] : [];
  const initial: Partial<VisitValues> = request
    ? { ...fromRequest(request), inspectorIds: me }
    : { unitId: session?.unitId ?? '', occasion: 'violation', category: 'electrical', inspectorIds: me, agreeLater: false };

  return (
    <FormModal<VisitValues>
      name="visit"
      title={request ? t('visitForm.fromRequest', { company: request.companyName }) : t('visitForm.fromOccasion')}
      width={680}
      form={form}
      firstField={request ? 'inspectorIds' : 'occasion'}
      initialValues={initial}
      onClose={onClose}
      okText={t('common.save')}
      onSubmit={async (v) => {
        const res = await create(visitInput(v, request));
        if (!res.ok) {
          const field = fieldOfVisitError(res.error);
          return { message: describeVisitError(res.error, t, { staffName: staff.staffName }), ...(field ? { field } : {}) };
        }
        void message.success(t(v.agreeLater ? 'visitForm.createdWaiting' : 'visitForm.created'));
        // Its warnings show on the visit's page, which opens now.
        void navigate(`/visits/visit/${res.value.visitId}`);
        return null;
      }}
    >
      {request ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('visitForm.fromRequestNote')} description={request.question} />
      ) : (
        <>
          <Flex gap={12}>
            <Form.Item name="occasion" label={t('visitForm.occasion')} rules={[r.select(t('visitForm.occasion'))]} style={HALF}>
              <Select
                options={VISIT_OCCASIONS.filter((o) => o !== 'business_request').map((o) => ({ value: o, label: t(`occasion.${o}`) }))}
              />
            </Form.Item>
            <UnitField style={HALF} />
          </Flex>
          <CompanyFields form={form} />
        </>
      )}
      <Form.Item name="purpose" label={t('visitForm.purpose')} rules={[{ max: 1000, message: t('validation.maxLength', { max: 1000 }) }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <InspectorsField staff={staff} />
      <Form.Item name="agreeLater" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox data-testid="visit-agree-later">{t('visitForm.agreeLater')}</Checkbox>
      </Form.Item>
      {agreeLater ? null : <SlotFields today={today} />}
    </FormModal>
  );
};
