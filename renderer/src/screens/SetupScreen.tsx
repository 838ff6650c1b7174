import { Alert, Button, Flex, Form, Input, Segmented, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { CenterScreen, ScreenHeading } from '../components/CenterScreen';
import { PASSWORD_MIN, rules } from '../forms/rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { systemSelectors } from '../stores/system/selectors';
import { syncSelectors } from '../stores/sync/selectors';
import { JoinBranchForm } from '../sync/JoinBranchForm';

interface SetupValues {
  name: string;
  username: string;
  password: string;
  confirm: string;
  unitId: string;
}

const HALF = { flex: 1, minWidth: 0 };

type SetupMode = 'new' | 'join';

/**
 * First run: start a new branch by creating its first administrator (no default password exists),
 * or join an existing branch through its hub (加入既有分局): its accounts and data are copied here.
 */
export const SetupScreen = () => {
  const t = useT();
  const r = rules(t);
  const status = useAppStore(systemSelectors.status);
  const setup = useAppStore(sessionSelectors.setup);
  const [form] = Form.useForm<SetupValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sync = useAppStore(syncSelectors.status);
  const refreshSync = useAppStore(systemSelectors.refreshSync);
  const [mode, setMode] = useState<SetupMode>('new');
  useEffect(() => {
    void refreshSync();
  }, [refreshSync]);
  // Enrolled to join already (its data still on the way): that is the only way on.
  const joining = sync?.configured === true;
  const shown: SetupMode = joining ? 'join' : mode;

  const submit = async (v: SetupValues) => {
    setBusy(true);
    setError(null);
    const result = await setup({ name: v.name.trim(), username: v.username.trim(), password: v.password, unitId: v.unitId });
    setBusy(false);
    if (!result.ok) setError(describeError(result.error, t));
  };

  return (
    <CenterScreen width={600} subtitle={status?.branchName ?? null}>
      <ScreenHeading title={t('setup.title')} {...(shown === 'new' ? { intro: t('setup.intro') } : {})} />
      <Segmented<SetupMode>
        block
        value={shown}
        onChange={(v) => setMode(v)}
        disabled={joining}
        options={[
          { value: 'new', label: t('setup.modeNew') },
          { value: 'join', label: <span data-testid="setup-mode-join">{t('setup.modeJoin')}</span> },
        ]}
        style={{ marginBottom: 16 }}
      />
      {shown === 'join' ? <JoinBranchForm /> : null}
      <Form<SetupValues>
        hidden={shown !== 'new'}
        form={form}
        name="setup"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        requiredMark={false}
      >
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
