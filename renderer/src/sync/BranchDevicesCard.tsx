import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Modal, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { SyncDevice } from '../../../shared/ipc/contract-sync';
import { formatRocDay } from '../format/time';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { syncSelectors } from '../stores/sync/selectors';

/**
 * The last characters of a device id: its start is a timestamp that desktops set up about the same
 * time share, its end is random; the whole id is copied.
 */
const shortDeviceId = (id: string) => (id.length > 10 ? `…${id.slice(-8)}` : id);

/** Why the list could not be read, in words that say what to do (offline gets its own). */
const listProblem = (error: NonNullable<ReturnType<typeof syncSelectors.devicesError>>, t: ReturnType<typeof useT>) =>
  error.reason === 'HUB_UNREACHABLE' ? t('syncDevices.offline') : describeError(error, t);

/**
 * 本分局的電腦: the branch's enrolled desktops as the hub lists them, and revoking one (a lost
 * laptop): it can no longer sync; what it had not synced stays on it; re-joining needs a new code.
 */
export const BranchDevicesCard = () => {
  const t = useT();
  const { message } = App.useApp();
  const hubUrl = useAppStore(syncSelectors.settings)?.hubUrl ?? null;
  const devices = useAppStore(syncSelectors.devices);
  const error = useAppStore(syncSelectors.devicesError);
  const load = useAppStore(syncSelectors.loadDevices);
  const revoke = useAppStore(syncSelectors.revokeDevice);
  const [loading, setLoading] = useState(false);
  const [target, setTarget] = useState<SyncDevice | null>(null);
  const [revoking, setRevoking] = useState(false);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const refresh = async () => {
    setLoading(true);
    await load();
    setLoading(false);
  };
  // Read when the tab opens and whenever the hub changes (the table shows its own loading until then).
  useEffect(() => {
    if (hubUrl) void load();
  }, [hubUrl, load]);

  const confirmRevoke = async () => {
    if (!target) return;
    setRevoking(true);
    setRevokeError(null);
    const r = await revoke(target.deviceId);
    setRevoking(false);
    if (!r.ok) return setRevokeError(describeError(r.error, t));
    void message.success(t('syncDevices.revoked', { name: target.name }));
    setTarget(null);
  };

  return (
    <Card
      size="small"
      title={t('syncDevices.title')}
      style={{ marginBottom: 12 }}
      data-testid="sync-devices-card"
      extra={
        hubUrl ? (
          <Button size="small" icon={<ReloadOutlined />} loading={loading} onClick={() => void refresh()} data-testid="sync-devices-refresh">
            {t('common.refresh')}
          </Button>
        ) : null
      }
    >
      {!hubUrl ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('syncDevices.noHub')}
        </Typography.Paragraph>
      ) : error ? (
        <Alert type="warning" showIcon title={listProblem(error, t)} data-testid="sync-devices-problem" />
      ) : (
        <Table<SyncDevice>
          size="small"
          rowKey="deviceId"
          loading={devices === null}
          dataSource={devices ?? []}
          pagination={false}
          locale={{ emptyText: t('syncDevices.empty') }}
          data-testid="sync-devices-table"
          columns={[
            {
              title: t('syncDevices.name'),
              dataIndex: 'name',
              render: (_: unknown, d) => (
                <>
                  {d.name}
                  {d.self ? (
                    <Tag color="blue" style={{ marginLeft: 8 }} data-testid="sync-device-self">
                      {t('syncDevices.self')}
                    </Tag>
                  ) : null}
                </>
              ),
            },
            {
              title: t('syncDevices.deviceId'),
              dataIndex: 'deviceId',
              render: (id: string) => (
                <Typography.Text className="bd-mono" copyable={{ text: id }} title={id}>
                  {shortDeviceId(id)}
                </Typography.Text>
              ),
            },
            { title: t('syncDevices.enrolledAt'), dataIndex: 'enrolledAt', render: (at: string) => formatRocDay(at) },
            { title: t('syncDevices.lastSeq'), dataIndex: 'lastSeq', align: 'right' },
            {
              title: t('syncDevices.status'),
              dataIndex: 'revoked',
              render: (revoked: boolean) =>
                revoked ? <Tag>{t('syncDevices.statusRevoked')}</Tag> : <Tag color="green">{t('syncDevices.statusActive')}</Tag>,
            },
            {
              title: '',
              key: 'actions',
              align: 'right',
              render: (_: unknown, d) =>
                d.self || d.revoked ? null : (
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      setRevokeError(null);
                      setTarget(d);
                    }}
                    data-testid="sync-device-revoke"
                  >
                    {t('syncDevices.revoke')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <Modal
        open={target !== null}
        title={t('syncDevices.confirmTitle', { name: target?.name ?? '' })}
        okText={t('syncDevices.revoke')}
        okButtonProps={{ danger: true, loading: revoking }}
        cancelText={t('common.cancel')}
        onOk={() => void confirmRevoke()}
        onCancel={() => setTarget(null)}
        destroyOnHidden
      >
        {revokeError ? <Alert type="error" showIcon title={revokeError} style={{ marginBottom: 10 }} role="alert" /> : null}
        <Typography.Paragraph>{t('syncDevices.confirmIntro')}</Typography.Paragraph>
        <ul style={{ paddingLeft: 20, marginBottom: 0 }}>
          <li>{t('syncDevices.confirmNoSync')}</li>
          <li>{t('syncDevices.confirmKeepsChanges')}</li>
          <li>{t('syncDevices.confirmRejoin')}</li>
        </ul>
      </Modal>
    </Card>
  );
};
