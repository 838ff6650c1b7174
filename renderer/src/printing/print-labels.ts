import { isMessageKey } from '../i18n/dictionary';
import type { Translate } from '../i18n/translate';
import type { PrintJob } from '../stores/printing/slice';

export const JOB_STATE_COLOR: Readonly<Record<PrintJob['state'], string>> = {
  queued: 'default',
  sending: 'processing',
  done: 'green',
  failed: 'red',
  uncertain: 'orange',
};


/** What went wrong with a job and what to do, in the person's language; null when nothing did. */
export const printErrorText = (job: Pick<PrintJob, 'errorCode'>, t: Translate): string | null => {
  if (!job.errorCode) return null;
  const key = `printError.${job.errorCode}`;
  return isMessageKey(key) ? t(key) : t('printError.unknown', { code: job.errorCode });
};

/** The alert a finished print action shows: its tone, and whether retry or reprint is offered. */
export const jobOutcome = (job: PrintJob): { tone: 'success' | 'info' | 'error' | 'warning'; retry: boolean; reprint: boolean } => {
  switch (job.state) {
    case 'done':
      return { tone: 'success', retry: false, reprint: false };
    case 'failed':
      return { tone: 'error', retry: job.canRetry, reprint: false };
    case 'uncertain':
      return { tone: 'warning', retry: false, reprint: true };
    default:
      return { tone: 'info', retry: false, reprint: false };
  }
};
