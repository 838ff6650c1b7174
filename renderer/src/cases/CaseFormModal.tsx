import { App, AutoComplete, Flex, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { taipeiDayKey } from '../../../shared/util/roc-date';
import { FormModal } from '../components/FormModal';
import { companyOptions } from '../counter/lookup-options';
import { useLookup } from '../counter/use-lookup';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { casesSelectors } from '../stores/cases/selectors';
import type { LookupResult } from '../stores/counter/slice';
import { caseFieldOfError, caseInput, caseRules } from './case-form';
import type { CaseValues } from './case-form';
import { useCasePickers } from './use-case-pickers';

const ROW = { gap: 12 } as const;
const CELL = { flex: 1, minWidth: 0 } as const;

/**
 * 新增案件 at the counter: number and date, company with 統一編號 (checked as it is typed, known
 * companies offered), contact, product and the responsible unit and officer. Opens the new case.
 */
export const CaseFormModal = ({ onClose }: { onClose: () => void }) => {
  const t = useT();
  const r = caseRules(t);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const createCase = useAppStore(casesSelectors.createCase);
  const today = useMemo(() => taipeiDayKey(new Date()), []);
  const [form] = Form.useForm<CaseValues>();
  const unitId = Form.useWatch('unitId', form);
  const pickers = useCasePickers(unitId);
  const companies = useLookup();

  const pickCompany = (id: string, found: LookupResult) => {
    const c = found.companies.find((x) => x.id === id);
    if (!c) return;
    form.setFieldsValue({ companyName: c.name, ubn: c.ubn ?? '' });
    void form.validateFields(['ubn']).catch(() => undefined);
    companies.clear();
  };

  return (
    <FormModal<CaseValues>
      name="case"
      title={t('caseForm.title')}
      okText={t('caseForm.submit')}
      width={720}
      form={form}
      firstField="caseNumber"
      initialValues={{ receivedDay: today, category: 'electrical' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await createCase(caseInput(v, today));
        if (!res.ok) {
          const field = caseFieldOfError(res.error);
          return { message: describeError(res.error, t), ...(field ? { field } : {}) };
        }
        void message.success(t('case.created', { number: v.caseNumber.trim().toUpperCase() }));
        void navigate(`/cases/${res.value.caseId}`);
        return null;
      }}
    >
      <Flex {...ROW}>
        <Form.Item name="caseNumber" label={t('case.number')} rules={r.caseNumber} extra={t('caseForm.numberHelp')} style={CELL}>
          <Input maxLength={30} className="bd-mono" style={{ fontSize: 14 }} autoComplete="off" />
        </Form.Item>
        <Form.Item name="receivedDay" label={t('case.receivedAt')} rules={r.receivedDay} style={{ width: 180 }}>
          <Input type="date" max={today} />
        </Form.Item>
      </Flex>
      <Flex {...ROW}>
        <Form.Item name="companyName" label={t('case.company')} rules={r.companyName} style={{ ...CELL, flex: 1.6 }}>
          <AutoComplete
            options={companyOptions(companies.result)}
            onSearch={companies.search}
            onSelect={(id: string) => pickCompany(id, companies.result)}
            defaultActiveFirstOption={false}
            maxLength={100}
            placeholder={t('caseForm.companyPlaceholder')}
            popupMatchSelectWidth={360}
          />
        </Form.Item>
        <Form.Item name="ubn" label={t('case.ubn')} rules={r.ubn} validateTrigger={['onChange', 'onBlur']} style={CELL}>
          <Input inputMode="numeric" maxLength={8} placeholder={t('intake.optional')} />
        </Form.Item>
      </Flex>
      <Flex {...ROW}>
        <Form.Item name="contactName" label={t('case.contactName')} rules={r.contactName} style={CELL}>
          <Input maxLength={50} placeholder={t('intake.optional')} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('case.contactPhone')} rules={r.contactPhone} style={CELL}>
          <Input maxLength={20} placeholder={t('intake.optional')} />
        </Form.Item>
      </Flex>
      <Flex {...ROW}>
        <Form.Item name="category" label={t('case.category')} rules={r.category} style={{ width: 150 }}>
          <Select options={pickers.categories} />
        </Form.Item>
        <Form.Item name="productName" label={t('case.productName')} rules={r.productName} style={{ ...CELL, flex: 1.4 }}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="productModel" label={t('case.productModel')} rules={r.productModel} style={CELL}>
          <Input maxLength={60} placeholder={t('intake.optional')} />
        </Form.Item>
      </Flex>
      <Flex {...ROW}>
        <Form.Item name="unitId" label={t('case.unit')} rules={r.unitId} style={CELL}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={pickers.units}
            onChange={() => form.setFieldValue('officerId', null)}
          />
        </Form.Item>
        <Form.Item name="officerId" label={t('case.officer')} style={CELL}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={pickers.officers}
            placeholder={t('caseForm.officerPlaceholder')}
            disabled={!unitId}
          />
        </Form.Item>
      </Flex>
    </FormModal>
  );
};
