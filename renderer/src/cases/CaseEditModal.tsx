import { App, Flex, Form, Input, Select, Typography } from 'antd';
import { FormModal } from '../components/FormModal';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { casesSelectors } from '../stores/cases/selectors';
import type { CaseDetail } from '../stores/cases/slice';
import { caseEditInput, caseFieldOfError, caseRules } from './case-form';
import type { CaseEditValues } from './case-form';
import { useCasePickers } from './use-case-pickers';

/** 編輯資料: contact, model, responsible unit and officer (number, company and product are fixed at intake). */
export const CaseEditModal = ({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) => {
  const t = useT();
  const r = caseRules(t);
  const { message } = App.useApp();
  const updateCase = useAppStore(casesSelectors.updateCase);
  const [form] = Form.useForm<CaseEditValues>();
  const unitId = Form.useWatch('unitId', form) ?? detail.summary.unitId;
  const pickers = useCasePickers(unitId);
  const s = detail.summary;
  return (
    <FormModal<CaseEditValues>
      name="caseEdit"
      title={t('case.editTitle', { number: s.caseNumber })}
      form={form}
      width={600}
      firstField="contactName"
      initialValues={{
        contactName: detail.contactName,
        contactPhone: detail.contactPhone,
        productModel: s.productModel,
        unitId: s.unitId,
        officerId: detail.officerId,
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await updateCase(caseEditInput(s.id, v));
        if (!res.ok) {
          const field = caseFieldOfError(res.error);
          const editable = field === 'contactName' || field === 'contactPhone' || field === 'productModel' || field === 'unitId' || field === 'officerId';
          return { message: describeError(res.error, t), ...(editable ? { field } : {}) };
        }
        void message.success(t('case.saved'));
        return null;
      }}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('case.editHint')}
      </Typography.Paragraph>
      <Flex gap={12}>
        <Form.Item name="contactName" label={t('case.contactName')} rules={r.contactName} style={{ flex: 1 }}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('case.contactPhone')} rules={r.contactPhone} style={{ flex: 1 }}>
          <Input maxLength={20} />
        </Form.Item>
      </Flex>
      <Form.Item name="productModel" label={t('case.productModel')} rules={r.productModel}>
        <Input maxLength={60} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="unitId" label={t('case.unit')} rules={r.unitId} style={{ flex: 1 }}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={pickers.units}
            onChange={() => form.setFieldValue('officerId', null)}
          />
        </Form.Item>
        <Form.Item name="officerId" label={t('case.officer')} style={{ flex: 1 }}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={pickers.officers} placeholder={t('caseForm.officerPlaceholder')} />
        </Form.Item>
      </Flex>
    </FormModal>
  );
};
