import { LoadingOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { printingSelectors } from '../stores/printing/selectors';
import { jobOutcome, printErrorText } from './print-labels';
import { ReprintButton } from './ReprintButton';
import type { PrintOutcome } from './use-print-outcome';
import type { usePrintOutcome } from './use-print-outcome';

/**
 * What a print button did: sending…, done, or why not and what to do, with 重試 when nothing
 * reached the printer and 重印 (confirmed) when it may have printed. Nothing is resent on its own.
 */
export const PrintOutcomeAlert = ({
  outcome,
  run,
  onClose,
}: {
  outcome: PrintOutcome;
  run: ReturnType<typeof usePrintOutcome>['run'];
  onClose?: () => void;
}) => {
  const t = useT();
  const retry = useAppStore(printingSelectors.retry);
  const reprint = useAppStore(printingSelectors.reprint);
  const common = { showIcon: true, style: { marginBottom: 12 }, 'data-testid': 'print-outcome' } as const;
  if (outcome.sendingTo !== null) {
    return <Alert {...common} type="info" icon={<LoadingOutlined />} title={t('print.sending', { printer: outcome.sendingTo })} data-state="sending" />;
  }
  if (outcome.error !== null) {
    return <Alert {...common} type="error" title={outcome.error} data-state="refused" {...(onClose ? { closable: { onClose } } : {})} />;
  }
  const job = outcome.job;
  if (!job) return null;
  const o = jobOutcome(job);
  const vars = { title: job.title, printer: job.profileName };
  const title =
    job.state === 'done'
      ? job.transport === 'pdf_file' && job.spoolId
        ? t('print.savedTo', { file: job.spoolId })
        : t('print.done', vars)
      : job.state === 'failed'
        ? t('print.failedTitle', vars)
        : job.state === 'uncertain'
          ? t('print.uncertainTitle', vars)
          : t('print.sending', vars);
  const problem = printErrorText(job, t);
  return (
    <Alert
      {...common}
      type={o.tone}
      data-state={job.state}
      title={<span className="bd-wrap">{title}</span>}
      description={
        problem || job.state === 'uncertain' ? (
          <span className="bd-wrap">
            {problem}
            {job.state === 'uncertain' ? ` ${t('print.uncertainNote')}` : ''}
          </span>
        ) : undefined
      }
      action={
        o.retry || o.reprint ? (
          <Flex gap={8}>
            {o.retry ? (
              <Button size="small" type="primary" onClick={() => void run(job.profileName, () => retry(job.id))} data-testid="print-retry">
                {t('print.retry')}
              </Button>
            ) : null}
            {o.reprint ? (
              <ReprintButton size="small" onConfirm={() => void run(job.profileName, () => reprint(job.id))} data-testid="print-reprint" />
            ) : null}
          </Flex>
        ) : null
      }
      {...(onClose && job.state === 'done' ? { closable: { onClose } } : {})}
    />
  );
};
