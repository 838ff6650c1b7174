import { Alert } from 'antd';
import { App } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { vehiclesSelectors } from '../stores/vehicles/selectors';
import { describeVisitError } from '../visits/visit-errors';

/** Opens a request's 使用汽車申請單 PDF in the system viewer; a failure is shown until closed. */
export const useVehiclePdf = (): { busy: string | null; open: (requestId: string) => Promise<void>; alert: ReactNode } => {
  const t = useT();
  const { message } = App.useApp();
  const pdf = useAppStore(vehiclesSelectors.pdf);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = async (requestId: string) => {
    setBusy(requestId);
    setError(null);
    const r = await pdf(requestId, true);
    setBusy(null);
    if (r.ok) void message.success(t('vreq.pdfOpened'));
    else setError(describeVisitError(r.error, t));
  };
  const alert = error ? <Alert type="error" showIcon closable={{ onClose: () => setError(null) }} title={error} role="alert" /> : null;
  return { busy, open, alert };
};
