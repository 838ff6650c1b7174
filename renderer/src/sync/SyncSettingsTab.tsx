import { CloudSyncOutlined, KeyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { SYNC_INTERVAL_SECONDS } from '../../../shared/ipc/contract-sync';
import { ENROLLMENT_CODE_TTL_MINUTES } from '../../../shared/sync/wire';
import { formatRocDateTime } from '../format/time';
import { useNow } from '../hooks/use-now';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { syncSelectors } from '../stores/sync/selectors';
import { systemSelectors } from '../stores/system/selectors';
import { BranchDevicesCard } from './BranchDevicesCard';
import { enrollInput } from './enroll-form';
import type { EnrollValues } from './enroll-form';
import { EnrollFields } from './EnrollFields';
import { problemText, relativeAgo, syncStateText } from './sync-text';

const StatusCard = () => {
  const t = useT();
  const { message } = App.useApp();
  const now = useNow(30_000);
  const sync = useAppStore(syncSelectors.status);
  const running = useAppStore(syncSelectors.running);
  const syncNow = useAppStore(syncSelectors.syncNow);
  const openPanel = useAppStore(syncSelectors.setRejectionsOpen);
  const [error, setError] = useState<string | null>(null);
  if (!sync) return null;
  const problem = sync.problem ? problemText(sync.problem.code, t) : null;
  const run = async () => {
    setError(null);
    const r = await syncNow();
    if (!r.ok) setError(describeError(r.error, t));
    else if (r.value.online && !r.value.problem) void message.success(t('syncSettings.synced'));
  };
  return (
    <Card size="small" title={t('syncSettings.statusTitle')} style={{ marginBottom: 12 }} data-testid="sync-status-card">
      {!sync.configured ? (
        <Typography.Paragraph type="secondary">{t('syncSettings.notConfigured')}</Typography.Paragraph>
      ) : (
        <>
          {problem ? <Alert type="warning" showIcon title={problem.label} description={problem.detail} style={{ marginBottom: 10 }} /> : null}
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 10 }} role="alert" /> : null}
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 10 }}>
            <Descriptions.Item label={t('syncSettings.state')}>{syncStateText(sync, t)}</Descriptions.Item>
            <Descriptions.Item label={t('syncSettings.lastSync')}>
              {sync.lastSyncAt ? `${formatRocDateTime(sync.lastSyncAt)}（${relativeAgo(sync.lastSyncAt, now, t)}）` : t('sync.never')}
            </Descriptions.Item>
            <Descriptions.Item label={t('syncSettings.pending')}>{t('syncSettings.count', { count: sync.pending })}</Descriptions.Item>
            <Descriptions.Item label={t('syncSettings.rejected')}>
              {sync.rejected > 0 ? (
                <Button type="link" size="small" danger style={{ padding: 0 }} onClick={() => openPanel(true)}>
                  {t('syncSettings.count', { count: sync.rejected })}
                </Button>
              ) : (
                t('syncSettings.count', { count: 0 })
              )}
            </Descriptions.Item>
          </Descriptions>
          <Button type="primary" icon={<CloudSyncOutlined />} loading={running} onClick={() => void run()} data-testid="sync-now">
            {t('syncSettings.syncNow')}
          </Button>
        </>
      )}
    </Card>
  );
};

interface SettingsValues {
  hubUrl: string;
  intervalSeconds: number;
}

const SettingsCard = () => {
  const t = useT();
  const { message } = App.useApp();
  const settings = useAppStore(syncSelectors.settings);
  const save = useAppStore(syncSelectors.saveSettings);
  const [form] = Form.useForm<SettingsValues>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (settings) form.setFieldsValue({ hubUrl: settings.hubUrl ?? '', intervalSeconds: settings.intervalSeconds });
  }, [settings, form]);
  if (!settings?.hubUrl) return null;
  const submit = async (v: SettingsValues) => {
    setError(null);
    const r = await save({ hubUrl: v.hubUrl.trim(), intervalSeconds: v.intervalSeconds });
    if (!r.ok) setError(describeError(r.error, t));
    else void message.success(t('syncSettings.saved'));
  };
  return (
    <Card size="small" title={t('syncSettings.connectionTitle')} style={{ marginBottom: 12 }} data-testid="sync-settings-card">
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 10 }} role="alert" /> : null}
      <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('syncSettings.deviceName')}>{settings.deviceName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('syncSettings.deviceId')}>
          <Typography.Text className="bd-mono" copyable>
            {settings.deviceId}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Form form={form} layout="vertical" name="syncSettings" onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item name="hubUrl" label={t('syncSettings.hubUrl')} extra={t('syncSettings.hubUrlHelp')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} className="bd-mono" style={{ fontSize: 14, maxWidth: 520 }} />
        </Form.Item>
        <Form.Item name="intervalSeconds" label={t('syncSettings.interval')} extra={t('syncSettings.intervalHelp')} rules={[{ required: true }]}>
          <InputNumber min={SYNC_INTERVAL_SECONDS.min} max={SYNC_INTERVAL_SECONDS.max} step={5} precision={0} />
        </Form.Item>
        <Button htmlType="submit">{t('syncSettings.save')}</Button>
      </Form>
    </Card>
  );
};

const EnrollCard = () => {
  const t = useT();
  const { message } = App.useApp();
  const settings = useAppStore(syncSelectors.settings);
  const enroll = useAppStore(syncSelectors.enroll);
  const running = useAppStore(syncSelectors.running);
  const [form] = Form.useForm<EnrollValues>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (settings) form.setFieldsValue({ hubUrl: settings.hubUrl ?? '', deviceName: settings.deviceName ?? '' });
  }, [settings, form]);
  if (!settings) return null;
  const configured = settings.hubUrl !== null;
  const submit = async (v: EnrollValues) => {
    setError(null);
    const r = await enroll(enrollInput(v));
    if (!r.ok) return setError(describeError(r.error, t));
    form.setFieldValue('code', '');
    void message.success(t('syncSettings.enrolled'));
  };
  return (
    <Card
      size="small"
      title={configured ? t('syncSettings.reenrollTitle') : t('syncSettings.enrollTitle')}
      style={{ marginBottom: 12 }}
      data-testid="sync-enroll-card"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('syncSettings.enrollIntro')}
      </Typography.Paragraph>
      {!settings.secretStoreAvailable ? <Alert type="warning" showIcon title={t('syncSettings.noSecretStore')} style={{ marginBottom: 10 }} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 10 }} role="alert" /> : null}
      <Form
        form={form}
        layout="vertical"
        name="syncEnroll"
        onFinish={(v) => void submit(v)}
        requiredMark={false}
        disabled={!settings.secretStoreAvailable}
      >
        <EnrollFields />
        <Button type="primary" htmlType="submit" loading={running} data-testid="sync-enroll">
          {t('syncSettings.enroll')}
        </Button>
      </Form>
    </Card>
  );
};

const IssueCodeCard = () => {
  const t = useT();
  const settings = useAppStore(syncSelectors.settings);
  const issued = useAppStore(syncSelectors.issuedCode);
  const issue = useAppStore(syncSelectors.issueCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!settings?.hubUrl) return null;
  const run = async () => {
    setBusy(true);
    setError(null);
    const r = await issue();
    setBusy(false);
    if (!r.ok) setError(describeError(r.error, t));
  };
  return (
    <Card size="small" title={t('syncSettings.issueTitle')} style={{ marginBottom: 12 }} data-testid="sync-issue-card">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('syncSettings.issueIntro', { minutes: ENROLLMENT_CODE_TTL_MINUTES })}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 10 }} role="alert" /> : null}
      <Flex align="center" gap={16} wrap>
        <Button icon={<KeyOutlined />} loading={busy} onClick={() => void run()} data-testid="sync-issue">
          {t('syncSettings.issue')}
        </Button>
        {issued ? (
          <Flex vertical data-testid="sync-issued-code">
            <Typography.Text className="bd-mono" copyable style={{ fontSize: 24, letterSpacing: 3, fontWeight: 600 }}>
              {issued.code}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('syncSettings.expires', { time: formatRocDateTime(issued.expiresAt) })}
            </Typography.Text>
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
};

/** 系統設定 → 同步: the state, the hub's address and interval, enrollment, codes for other desktops, and the branch's desktops. */
export const SyncSettingsTab = () => {
  const loadSettings = useAppStore(syncSelectors.loadSettings);
  const refreshSync = useAppStore(systemSelectors.refreshSync);
  useEffect(() => {
    void loadSettings();
    void refreshSync();
  }, [loadSettings, refreshSync]);
  return (
    <div style={{ maxWidth: 880 }}>
      <StatusCard />
      <SettingsCard />
      <IssueCodeCard />
      <BranchDevicesCard />
      <EnrollCard />
    </div>
  );
};
