import { CheckOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import type { SyncRejection } from '../../../shared/ipc/contract-sync';
import { formatRocDateTime } from '../format/time';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { syncSelectors } from '../stores/sync/selectors';
import { mutationLabel, rejectionAdvice } from './sync-text';

const Rejection = ({ r, onDismiss }: { r: SyncRejection; onDismiss: (id: string) => Promise<void> }) => {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const advice = rejectionAdvice(r.code, t);
  const when = formatRocDateTime(r.deviceTime);
  return (
    <List.Item
      data-testid={`rejection-${r.mutationId}`}
      actions={[
        <Button
          key="dismiss"
          size="small"
          icon={<CheckOutlined />}
          loading={busy}
          onClick={() => {
            setBusy(true);
            void onDismiss(r.mutationId).finally(() => setBusy(false));
          }}
          data-testid="rejection-dismiss"
        >
          {t('rejections.dismiss')}
        </Button>,
      ]}
    >
      <List.Item.Meta
        avatar={<ExclamationCircleOutlined style={{ color: '#cf1322', fontSize: 18, marginTop: 3 }} />}
        title={
          <Flex gap={8} wrap align="baseline">
            <span>{mutationLabel(r.name, t)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
              {r.actorName ? t('rejections.by', { name: r.actorName, time: when }) : t('rejections.byUnknown', { time: when })}
            </Typography.Text>
          </Flex>
        }
        description={
          <Flex vertical gap={2}>
            <Typography.Text strong className="bd-wrap" style={{ color: '#a8071a' }} data-testid="rejection-reason">
              {advice.reason}
            </Typography.Text>
            {advice.action ? (
              <Typography.Text className="bd-wrap" data-testid="rejection-action">
                {t('rejections.todo', { action: advice.action })}
              </Typography.Text>
            ) : null}
            <Typography.Text type="secondary" className="bd-wrap" style={{ fontSize: 12 }}>
              {t('rejections.hubSays', { code: r.code, message: r.message || '—' })}
            </Typography.Text>
          </Flex>
        }
      />
    </List.Item>
  );
};

/** The list of changes the hub refused, each with its reason in the user's language and what to do. */
export const RejectionsPanel = () => {
  const t = useT();
  const open = useAppStore(syncSelectors.rejectionsOpen);
  const setOpen = useAppStore(syncSelectors.setRejectionsOpen);
  const list = useAppStore(syncSelectors.rejections);
  const loaded = useAppStore(syncSelectors.rejectionsLoaded);
  const error = useAppStore(syncSelectors.error);
  const dismiss = useAppStore(syncSelectors.dismiss);
  return (
    <Drawer
      open={open}
      onClose={() => setOpen(false)}
      title={t('rejections.title')}
      size={560}
      destroyOnHidden
      data-testid="rejections-panel"
    >
      <Typography.Paragraph type="secondary">{t('rejections.intro')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={describeError(error, t)} style={{ marginBottom: 12 }} role="alert" /> : null}
      {loaded && list.length === 0 ? (
        <Empty description={t('rejections.empty')} />
      ) : (
        <List
          dataSource={list}
          rowKey="mutationId"
          renderItem={(r) => (
            <Rejection
              r={r}
              onDismiss={async (id) => {
                await dismiss(id);
              }}
            />
          )}
        />
      )}
    </Drawer>
  );
};
