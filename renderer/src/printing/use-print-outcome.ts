import { useCallback, useState } from 'react';
import type { Result } from '../../../shared/ipc/errors';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import type { PrintJob } from '../stores/printing/slice';

export interface PrintOutcome {
  /** The printer being sent to, while the call is out (main answers within its bounded time). */
  sendingTo: string | null;
  job: PrintJob | null;
  /** A refusal before any job existed (no default printer, no public address …). */
  error: string | null;
}

const IDLE: PrintOutcome = { sendingTo: null, job: null, error: null };

/** The state of one place's print button: sending, then the job main recorded or why it refused. */
export const usePrintOutcome = () => {
  const t = useT();
  const [outcome, setOutcome] = useState<PrintOutcome>(IDLE);
  const run = useCallback(
    async (printerName: string, action: () => Promise<Result<PrintJob>>): Promise<Result<PrintJob>> => {
      setOutcome({ sendingTo: printerName, job: null, error: null });
      const r = await action();
      setOutcome(r.ok ? { sendingTo: null, job: r.value, error: null } : { sendingTo: null, job: null, error: describeError(r.error, t) });
      return r;
    },
    [t],
  );
  const clear = useCallback(() => setOutcome(IDLE), []);
  return { outcome, run, clear };
};
