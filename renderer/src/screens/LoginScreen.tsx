import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { CenterScreen, ScreenHeading } from '../components/CenterScreen';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { systemSelectors } from '../stores/system/selectors';

interface LoginValues {
  username: string;
  password: string;
}

/** Sign-in. A wrong password clears only the password; the username stays. */
export const LoginScreen = () => {
  const t = useT();
  const branchName = useAppStore(systemSelectors.branchName);
  const login = useAppStore(sessionSelectors.login);
  const sessionEnded = useAppStore(sessionSelectors.sessionEnded);
  const [form] = Form.useForm<LoginValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: LoginValues) => {
    setBusy(true);
    setError(null);
    const result = await login(v.username.trim().toLowerCase(), v.password);
    setBusy(false);
    if (!result.ok) {
      setError(describeError(result.error, t));
      form.setFieldValue('password', '');
      form.focusField('password');
    }
  };

  return (
    <CenterScreen width={420} subtitle={branchName || null}>
      <ScreenHeading title={t('login.title')} />
      {sessionEnded && !error ? (
        <Alert type="info" showIcon title={t('login.sessionEnded')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<LoginValues> form={form} name="login" layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('login.username') }) }]}
        >
          <Input prefix={<UserOutlined />} autoFocus maxLength={64} autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('validation.required', { field: t('login.password') }) }]}
        >
          <Input.Password prefix={<LockOutlined />} maxLength={256} autoComplete="current-password" />
        </Form.Item>
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="login-error" />
        ) : null}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('login.submit')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 13 }}>
        {t('login.hint')}
      </Typography.Paragraph>
    </CenterScreen>
  );
};
