import { ArrowLeftOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { Result } from '../../../shared/ipc/errors';
import { PageTitle } from '../components/PageTitle';
import { formatRocDateTime } from '../format/time';
import { usePolling } from '../hooks/use-polling';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { printingSelectors } from '../stores/printing/selectors';
import type { PrintJob } from '../stores/printing/slice';
import { JOB_STATE_COLOR, printErrorText } from './print-labels';
import { ReprintButton } from './ReprintButton';

/** While a shown job is on its way, the list is read again this often. */
const PENDING_POLL_MS = 2000;

/**
 * 列印工作: this computer's recent jobs. 重試 only where nothing reached the printer (failed);
 * 重印, confirmed, always prints again on purpose. An uncertain job is never resent on its own.
 */
export const PrintJobsPage = () => {
  const t = useT();
  const { message } = App.useApp();
  const jobs = useAppStore(printingSelectors.jobs);
  const loaded = useAppStore(printingSelectors.jobsLoaded);
  const pending = useAppStore(printingSelectors.anyPending);
  const error = useAppStore(printingSelectors.error);
  const loadJobs = useAppStore(printingSelectors.loadJobs);
  const retry = useAppStore(printingSelectors.retry);
  const reprint = useAppStore(printingSelectors.reprint);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    void loadJobs();
  }, [loadJobs]);

  const act = async (jobId: string, action: () => Promise<Result<PrintJob>>) => {
    setBusy(jobId);
    const r = await action();
    setBusy(null);
    if (!r.ok) void message.error(describeError(r.error, t), 8);
    else if (r.value.state === 'done') void message.success(t('print.done', { printer: r.value.profileName, title: r.value.title }));
    else if (r.value.errorCode) void message.error(printErrorText(r.value, t), 8);
  };

  return (
    <>
      <PageTitle
        icon={<PrinterOutlined />}
        title={t('jobs.title')}
        extra={
          <>
            <Link to="/cases" style={{ alignSelf: 'center' }}>
              <ArrowLeftOutlined /> {t('case.back')}
            </Link>
            <Button icon={<ReloadOutlined />} onClick={() => void loadJobs()} aria-label={t('common.refresh')} />
          </>
        }
      />
      {pending ? <PendingPoll load={loadJobs} /> : null}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 10 }}>
        {t('jobs.intro')}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={describeError(error, t)} style={{ marginBottom: 10 }} /> : null}
      <Table<PrintJob>
        size="small"
        rowKey="id"
        loading={!loaded}
        dataSource={jobs}
        tableLayout="fixed"
        pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
        locale={{ emptyText: t('jobs.empty') }}
        onRow={(j) => ({ 'data-state': j.state }) as HTMLAttributes<HTMLElement>}
        data-testid="print-jobs"
        columns={[
          { key: 'time', title: t('jobs.col.time'), width: 140, render: (_, j) => formatRocDateTime(j.createdAt) },
          {
            key: 'title',
            title: t('jobs.col.title'),
            width: 210,
            ellipsis: true,
            render: (_, j) => (
              <span title={j.title}>
                {j.title}
                {j.reprintOf ? (
                  <Tag style={{ marginLeft: 6 }} color="default">
                    {t('jobs.reprintOf')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          { key: 'printer', title: t('jobs.col.printer'), width: 130, ellipsis: true, render: (_, j) => j.profileName },
          {
            key: 'state',
            title: t('jobs.col.state'),
            width: 90,
            render: (_, j) => (
              <Tag color={JOB_STATE_COLOR[j.state]} data-testid="job-state">
                {t(`jobState.${j.state}`)}
              </Tag>
            ),
          },
          {
            key: 'problem',
            title: t('jobs.col.problem'),
            render: (_, j) => {
              const text = printErrorText(j, t);
              return text ? (
                <Typography.Text
                  className="bd-wrap"
                  // Darker than antd's warning yellow, so the advice stays readable.
                  style={{ fontSize: 13, color: j.state === 'failed' ? '#cf1322' : '#ad4e00' }}
                  data-testid="job-problem"
                >
                  {text}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('jobs.attempts', { count: j.attempts })}
                </Typography.Text>
              );
            },
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 120,
            render: (_, j) => (
              <Flex gap={4}>
                {j.canRetry ? (
                  <Button size="small" type="primary" loading={busy === j.id} onClick={() => void act(j.id, () => retry(j.id))} data-testid="job-retry">
                    {t('print.retry')}
                  </Button>
                ) : null}
                {j.state === 'done' || j.state === 'uncertain' ? (
                  <ReprintButton size="small" loading={busy === j.id} onConfirm={() => void act(j.id, () => reprint(j.id))} data-testid="job-reprint" />
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
};

/** Reads the list again while something is being sent (mounted only then). */
const PendingPoll = ({ load }: { load: () => Promise<unknown> }) => {
  usePolling(() => void load(), PENDING_POLL_MS);
  return null;
};
