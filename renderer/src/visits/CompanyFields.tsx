import { Flex, Form, Input, Select } from 'antd';
import type { FormInstance } from 'antd';
import { PRODUCT_CATEGORIES } from '../../../shared/domain/inspection-case';
import { isValidUbn } from '../../../shared/domain/ubn';
import { intakeRules } from '../counter/intake-form';
import { rules } from '../forms/rules';
import { useT } from '../i18n/use-t';
import { ubnRules } from '../forms/ubn-rules';
import type { CompanyValues } from './visit-forms';

const HALF = { flex: 1, minWidth: 0 };

/**
 * The business and its contact: name, 統一編號 (checked as it is typed, by the Ministry of Finance's
 * checksum), contact, phone, address and product category (which picks the regulations of the kit).
 */
export const CompanyFields = <V extends CompanyValues>({ form }: { form: FormInstance<V> }) => {
  const t = useT();
  const r = rules(t);
  const intake = intakeRules(t);
  const ubn = (Form.useWatch('ubn', form) as string | undefined) ?? '';
  const ubnOk = /^\d{8}$/.test(ubn.trim()) && isValidUbn(ubn.trim());
  return (
    <>
      <Flex gap={12}>
        <Form.Item name="companyName" label={t('request.company')} rules={r.name(t('request.company'))} style={{ ...HALF, flex: 1.7 }}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="ubn"
          label={t('request.ubn')}
          rules={ubnRules(t)}
          validateTrigger={['onChange', 'onBlur']}
          style={HALF}
          {...(ubnOk ? { validateStatus: 'success' as const, help: t('request.ubnOk'), hasFeedback: true } : {})}
        >
          <Input inputMode="numeric" maxLength={8} placeholder={t('intake.optional')} />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="contactName" label={t('request.contactName')} rules={[{ max: 50, message: t('validation.maxLength', { max: 50 }) }]} style={HALF}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('request.contactPhone')} rules={intake.phone.slice(1)} style={HALF}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="address" label={t('request.address')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]} style={{ ...HALF, flex: 2 }}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="category" label={t('request.category')} rules={[r.select(t('request.category'))]} style={HALF}>
          <Select options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
      </Flex>
    </>
  );
};
