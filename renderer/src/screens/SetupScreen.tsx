import { Alert, Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { CenterScreen, ScreenHeading } from '../components/CenterScreen';
import { PASSWORD_MIN, rules } from '../forms/rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { systemSelectors } from '../stores/system/selectors';

interface SetupValues {
  name: string;
  username: string;
  password: string;
  confirm: string;
  unitId: string;
}

const HALF = { flex: 1, minWidth: 0 };

/** First run: create the first administrator (no default password exists). */
export const SetupScreen = () => {
  const t = useT();
  const r = rules(t);
  const status = useAppStore(systemSelectors.status);
  const setup = useAppStore(sessionSelectors.setup);
  const [form] = Form.useForm<SetupValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: SetupValues) => {
    setBusy(true);
    setError(null);
    const result = await setup({ name: v.name.trim(), username: v.username.trim(), password: v.password, unitId: v.unitId });
    setBusy(false);
    if (!result.ok) setError(describeError(result.error, t));
  };

  return (
    <CenterScreen width={600} subtitle={status?.branchName ?? null}>
      <ScreenHeading title={t('setup.title')} intro={t('setup.intro')} />
      <Form<SetupValues> form={form} name="setup" layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
        <Flex gap={16}>
          <Form.Item name="name" label={t('setup.name')} rules={r.name(t('setup.name'))} style={HALF}>
            <Input autoFocus maxLength={100} autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="username"
            label={t('setup.username')}
            rules={r.username(t('setup.username'))}
            style={HALF}
          >
            <Input maxLength={32} autoComplete="username" placeholder={t('setup.usernameHelp')} />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item
            name="password"
            label={t('setup.password')}
            rules={r.newPassword(t('setup.password'))}
            style={HALF}
          >
            <Input.Password maxLength={128} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('setup.passwordConfirm')}
            dependencies={['password']}
            rules={r.confirm('password', t('setup.passwordConfirm'))}
            style={HALF}
          >
            <Input.Password maxLength={128} autoComplete="new-password" />
          </Form.Item>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('setup.passwordHelp', { min: PASSWORD_MIN })}
        </Typography.Paragraph>
        <Form.Item name="unitId" label={t('setup.unit')} rules={[r.select(t('setup.unit'))]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(status?.setupUnits ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('setup.submit')}
        </Button>
      </Form>
    </CenterScreen>
  );
};
