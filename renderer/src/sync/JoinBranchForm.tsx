import { CloudSyncOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { appStore, useAppStore } from '../stores/app-store';
import { syncSelectors } from '../stores/sync/selectors';
import { systemSelectors } from '../stores/system/selectors';
import { enrollInput } from './enroll-form';
import type { EnrollValues } from './enroll-form';
import { EnrollFields } from './EnrollFields';

/** How often the first-run screen looks whether a joined branch's data has arrived. */
const WAIT_POLL_MS = 5_000;

/**
 * 加入既有分局 on the first-run screen: enroll with a code an admin issued, copy the branch's
 * data, then the login screen shows the branch's own accounts. A snapshot cut off by the network
 * is retried here (and by the background sync) until it is complete.
 */
export const JoinBranchForm = () => {
  const t = useT();
  const sync = useAppStore(syncSelectors.status);
  const running = useAppStore(syncSelectors.running);
  const join = useAppStore(syncSelectors.join);
  const syncNow = useAppStore(syncSelectors.syncNow);
  const refreshSync = useAppStore(systemSelectors.refreshSync);
  const boot = useAppStore(systemSelectors.boot);
  const [form] = Form.useForm<EnrollValues>();
  const [error, setError] = useState<string | null>(null);
  const waiting = sync?.configured === true && sync.awaitingSnapshot;

  // While the branch's data is on its way (the background sync keeps trying), look now and then.
  useEffect(() => {
    if (!waiting) return undefined;
    const id = window.setInterval(() => {
      void refreshSync().then(() => {
        const s = appStore.getState().sync;
        if (s?.configured && !s.awaitingSnapshot) void boot();
      });
    }, WAIT_POLL_MS);
    return () => window.clearInterval(id);
  }, [waiting, refreshSync, boot]);

  const submit = async (v: EnrollValues) => {
    setError(null);
    const r = await join(enrollInput(v));
    if (!r.ok) setError(describeError(r.error, t));
  };
  const retry = async () => {
    setError(null);
    const r = await syncNow();
    if (!r.ok) setError(describeError(r.error, t));
    else if (!r.value.awaitingSnapshot) await boot();
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('join.intro')}</Typography.Paragraph>
      {waiting ? (
        <Alert
          type={sync.online === false ? 'warning' : 'info'}
          showIcon
          title={sync.online === false ? t('join.offline') : t('join.waiting')}
          action={
            <Button size="small" icon={<CloudSyncOutlined />} loading={running} onClick={() => void retry()} data-testid="join-retry">
              {t('join.retry')}
            </Button>
          }
          style={{ marginBottom: 16 }}
          data-testid="join-waiting"
        />
      ) : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Form form={form} name="join" layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
        <EnrollFields />
        <Button type="primary" htmlType="submit" block loading={running} data-testid="join-submit">
          {t('join.submit')}
        </Button>
      </Form>
    </>
  );
};
