import { LockFilled } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { AppMark } from '../components/AppMark';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { signOut } from '../shell/sign-out';
import { sessionSelectors } from '../stores/session/selectors';

const LockHeader = ({ branchName }: { branchName: string }) => {
  const t = useT();
  return (
    <Flex align="center" gap={10} style={{ color: '#fff', minWidth: 0 }}>
      <AppMark size={28} />
      <span style={{ fontSize: 16, fontWeight: 600, whiteSpace: 'nowrap' }}>{t('app.title')}</span>
      <span className="bd-ellipsis" style={{ opacity: 0.8, fontSize: 13 }}>
        {branchName}
      </span>
    </Flex>
  );
};

/**
 * Covers the shell while the session is locked. The shell stays mounted underneath (made inert),
 * so whatever the person was typing is still there after unlocking.
 */
export const LockScreen = () => {
  const t = useT();
  const session = useAppStore(sessionSelectors.session);
  const reason = useAppStore(sessionSelectors.lockReason);
  const minutes = useAppStore(sessionSelectors.idleLockMinutes);
  const unlock = useAppStore(sessionSelectors.unlock);
  const [form] = Form.useForm<{ password: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    setError(null);
    const r = await unlock(password);
    setBusy(false);
    if (!r.ok) {
      setError(describeError(r.error, t, { bad_credentials: 'error.unlock_bad_password' }));
      form.setFieldValue('password', '');
      form.focusField('password');
    }
  };

  return (
    <div className="bd-lock-overlay" role="dialog" aria-modal="true" aria-labelledby="bd-lock-title" data-testid="lock-screen">
      <Flex vertical gap={14} style={{ width: 400, maxWidth: '92vw' }}>
        <LockHeader branchName={session?.branchName ?? ''} />
        <Card>
          <Flex vertical align="center" gap={4} style={{ marginBottom: 16, textAlign: 'center' }}>
            <LockFilled style={{ fontSize: 34, color: '#1f4e79' }} />
            <Typography.Title level={4} id="bd-lock-title" style={{ margin: '8px 0 0' }}>
              {t('lock.title')}
            </Typography.Title>
            <Typography.Text strong className="bd-ellipsis" style={{ maxWidth: 340 }}>
              {session ? t('lock.who', { name: session.name, username: session.username }) : ''}
            </Typography.Text>
            <Typography.Text type="secondary">
              {reason === 'manual' ? t('lock.reasonManual') : t('lock.reasonIdle', { minutes })}
            </Typography.Text>
          </Flex>
          <Form form={form} name="unlock" layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
            <Form.Item
              name="password"
              label={t('lock.password')}
              rules={[{ required: true, message: t('validation.required', { field: t('login.password') }) }]}
            >
              <Input.Password autoFocus maxLength={256} autoComplete="current-password" />
            </Form.Item>
            {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" /> : null}
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('lock.unlock')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 4px', textAlign: 'center' }}>
            {t('lock.keptWork')}
          </Typography.Paragraph>
          <Button type="link" block onClick={() => void signOut()}>
            {t('lock.signOut')}
          </Button>
          </Card>
      </Flex>
    </div>
  );
};
