import { UserAddOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Card, Checkbox, Flex, Form, Input } from 'antd';
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { Kbd } from '../components/Kbd';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { counterSelectors } from '../stores/counter/selectors';
import { referenceSelectors } from '../stores/reference/selectors';
import type { LookupResult } from '../stores/counter/slice';
import { companyOptions, visitorOptions } from './lookup-options';
import { fieldOfError, intakeInput, intakeRules } from './intake-form';
import { intakeRule } from './intake-rule';
import type { IntakeValues, Picked } from './intake-form';
import { ItemSelect } from './ItemSelect';
import { RuleHint } from './RuleHint';
import { useLookup } from './use-lookup';

export interface IntakePanelHandle {
  /** Puts the cursor in the name field, ready for the next visitor. */
  focusName(): void;
}

const INITIAL: Partial<IntakeValues> = { itemIds: [], escortRequested: false };
const HALF = { flex: 1, minWidth: 0, marginBottom: 10 };
const ROW = { marginBottom: 10 };

/**
 * 登錄來洽, keyboard first: name → phone → company → 統一編號 → items, Enter to register. Typing a
 * name, phone or company offers returning visitors and known companies. After a refusal every value
 * stays; after intake the form clears and, when an escort is needed, `onEscortNeeded` opens the next step.
 */
export const IntakePanel = forwardRef<IntakePanelHandle, { onEscortNeeded: (visitId: string, name: string, receivingUnitId: string | null) => void }>(
  ({ onEscortNeeded }, ref) => {
    const t = useT();
    const rules = intakeRules(t);
    const intake = useAppStore(counterSelectors.intake);
    const items = useAppStore(referenceSelectors.businessItems);
    const [form] = Form.useForm<IntakeValues>();
    const itemIds = Form.useWatch('itemIds', form) ?? [];
    const escortRequested = Form.useWatch('escortRequested', form) ?? false;
    const visitors = useLookup();
    const companies = useLookup();
    const visitor = useRef<Picked | null>(null);
    const company = useRef<Picked | null>(null);
    const [error, setError] = useState<string | null>(null);
    const [done, setDone] = useState<{ mode: 'escort' | 'direct'; name: string } | null>(null);
    const [busy, setBusy] = useState(false);

    useImperativeHandle(ref, () => ({ focusName: () => form.focusField('name') }), [form]);

    const pickVisitor = (id: string, found: LookupResult) => {
      const v = found.visitors.find((x) => x.id === id);
      if (!v) return;
      visitor.current = { id: v.id, name: v.name };
      company.current = v.companyId && v.companyName ? { id: v.companyId, name: v.companyName } : null;
      form.setFieldsValue({ name: v.name, phone: v.phone, companyName: v.companyName ?? '', ubn: v.companyUbn ?? '' });
      void form.validateFields(['ubn', 'companyName']).catch(() => undefined);
      visitors.clear();
    };
    const pickCompany = (id: string, found: LookupResult) => {
      const c = found.companies.find((x) => x.id === id);
      if (!c) return;
      company.current = { id: c.id, name: c.name };
      form.setFieldsValue({ companyName: c.name, ubn: c.ubn ?? '' });
      void form.validateFields(['ubn', 'companyName']).catch(() => undefined);
      companies.clear();
    };

    const submit = async (v: IntakeValues) => {
      setBusy(true);
      setError(null);
      setDone(null);
      const r = await intake(intakeInput(v, visitor.current, company.current));
      setBusy(false);
      if (!r.ok) {
        const message = describeError(r.error, t);
        setError(message);
        const field = fieldOfError(r.error);
        if (field) {
          form.setFields([{ name: field, errors: [message] }]);
          form.focusField(field);
        }
        return;
      }
      const name = v.name.trim();
      form.resetFields();
      visitor.current = null;
      company.current = null;
      visitors.clear();
      companies.clear();
      setDone({ mode: r.value.mode, name });
      if (r.value.mode === 'escort') onEscortNeeded(r.value.visitId, name, intakeRule(v.itemIds, items, v.escortRequested).receivingUnitId);
      else form.focusField('name');
    };

    return (
      <Card
        size="small"
        title={
          <span>
            <UserAddOutlined style={{ marginRight: 8, color: '#1f4e79' }} />
            {t('intake.title')}
          </span>
        }
        data-testid="intake-panel"
      >
        <Form<IntakeValues>
          form={form}
          name="intake"
          layout="vertical"
          initialValues={INITIAL}
          onFinish={(v) => void submit(v)}
          requiredMark
          size="middle"
        >
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 10 }} role="alert" /> : null}
          {done && !error ? (
            <Alert
              type="success"
              showIcon
              title={<span className="bd-wrap">{t(done.mode === 'escort' ? 'intake.doneEscort' : 'intake.doneDirect', { name: done.name })}</span>}
              style={{ marginBottom: 10 }}
              data-testid="intake-done"
            />
          ) : null}
          <Flex gap={10}>
            <Form.Item name="name" label={t('intake.name')} rules={rules.name} style={HALF}>
              <AutoComplete
                options={visitorOptions(visitors.result, t)}
                onSearch={visitors.search}
                onSelect={(id: string) => pickVisitor(id, visitors.result)}
                defaultActiveFirstOption={false}
                autoFocus
                maxLength={100}
                popupMatchSelectWidth={320}
              />
            </Form.Item>
            <Form.Item name="phone" label={t('intake.phone')} rules={rules.phone} style={HALF}>
              <AutoComplete
                options={visitorOptions(visitors.result, t)}
                onSearch={(q) => visitors.search(q.replace(/\s/g, '').length >= 3 ? q : '')}
                onSelect={(id: string) => pickVisitor(id, visitors.result)}
                defaultActiveFirstOption={false}
                maxLength={20}
                popupMatchSelectWidth={320}
              />
            </Form.Item>
          </Flex>
          <Flex gap={10}>
            <Form.Item
              name="companyName"
              label={t('intake.company')}
              rules={rules.companyName}
              dependencies={['ubn']}
              style={{ ...HALF, flex: 1.6 }}
            >
              <AutoComplete
                options={companyOptions(companies.result)}
                onSearch={companies.search}
                onSelect={(id: string) => pickCompany(id, companies.result)}
                defaultActiveFirstOption={false}
                maxLength={100}
                placeholder={t('intake.optional')}
                popupMatchSelectWidth={320}
              />
            </Form.Item>
            <Form.Item name="ubn" label={t('intake.ubn')} rules={rules.ubn} validateTrigger={['onChange', 'onBlur']} style={HALF}>
              <AutoComplete
                options={companyOptions(companies.result)}
                onSearch={(q) => companies.search(q.length >= 4 ? q : '')}
                onSelect={(id: string) => pickCompany(id, companies.result)}
                defaultActiveFirstOption={false}
                maxLength={8}
                placeholder={t('intake.optional')}
                popupMatchSelectWidth={320}
              >
                <Input inputMode="numeric" />
              </AutoComplete>
            </Form.Item>
          </Flex>
          <Form.Item name="itemIds" label={t('intake.items')} rules={rules.items} style={ROW}>
            <ItemSelect onDone={() => form.submit()} />
          </Form.Item>
          <Form.Item name="escortRequested" valuePropName="checked" style={{ marginBottom: 6 }}>
            <Checkbox>{t('intake.escortRequested')}</Checkbox>
          </Form.Item>
          <div style={{ minHeight: 52, marginBottom: 10 }}>
            <RuleHint itemIds={itemIds} escortRequested={escortRequested} />
          </div>
          <Flex gap={8} align="center">
            <Button type="primary" htmlType="submit" loading={busy && { delay: 300 }} data-testid="intake-submit">
              {t('intake.submit')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setError(null);
                visitor.current = null;
                company.current = null;
                form.focusField('name');
              }}
            >
              {t('intake.clear')}
            </Button>
            <span style={{ marginLeft: 'auto' }}>
              <Kbd keys="Enter" />
            </span>
          </Flex>
        </Form>
      </Card>
    );
  },
);
IntakePanel.displayName = 'IntakePanel';
