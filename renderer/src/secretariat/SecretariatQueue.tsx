import { CheckOutlined, DashboardOutlined, FilePdfOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import type { VehicleRequestSummary } from '../../../shared/ipc/contract-visits';
import { usePolling } from '../hooks/use-polling';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { vehiclesSelectors } from '../stores/vehicles/selectors';
import { ApproveModal } from './ApproveModal';
import { OdometerModal } from './OdometerModal';
import { ReturnCarModal } from './ReturnCarModal';
import { useVehiclePdf } from './use-vehicle-pdf';
import { VehicleRequestTable } from './VehicleRequestTable';

/** The queue follows new requests as colleagues send them. */
export const QUEUE_POLL_MS = 15_000;

/**
 * 秘書室核派: pending requests (approve with a car and driver, or return with a reason), and approved
 * ones whose car is not back yet (odometer at departure and return; an unused approval can still be returned).
 */
export const SecretariatQueue = () => {
  const t = useT();
  const pending = useAppStore(vehiclesSelectors.pending);
  const approved = useAppStore(vehiclesSelectors.approved);
  const loaded = useAppStore(vehiclesSelectors.queueLoaded);
  const load = useAppStore(vehiclesSelectors.loadQueue);
  const pdf = useVehiclePdf();
  const [dialog, setDialog] = useState<{ kind: 'approve' | 'return' | 'odometer'; request: VehicleRequestSummary } | null>(null);
  usePolling(() => void load(), QUEUE_POLL_MS);

  return (
    <Flex vertical gap={12} data-testid="secretariat-queue">
      {pdf.alert}
      <Card size="small" title={t('queue.pending', { count: pending.length })} styles={{ body: { padding: 0 } }}>
        <VehicleRequestTable
          rows={pending}
          loading={!loaded}
          empty={t('queue.pendingEmpty')}
          testId="queue-pending"
          showApplicant
          decided={false}
          actionsWidth={200}
          actions={(r) => (
            <Flex gap={6} wrap>
              <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setDialog({ kind: 'approve', request: r })} data-testid="queue-approve">
                {t('queue.approve')}
              </Button>
              <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setDialog({ kind: 'return', request: r })} data-testid="queue-return">
                {t('queue.return')}
              </Button>
            </Flex>
          )}
        />
      </Card>
      <Card size="small" title={t('queue.approved', { count: approved.length })} styles={{ body: { padding: 0 } }}>
        <VehicleRequestTable
          rows={approved}
          loading={!loaded}
          empty={t('queue.approvedEmpty')}
          testId="queue-approved"
          showApplicant
          status={false}
          actionsWidth={200}
          actions={(r) => (
            <Flex gap={6} wrap>
              <Button size="small" icon={<DashboardOutlined />} onClick={() => setDialog({ kind: 'odometer', request: r })} data-testid="queue-odometer">
                {t('vreq.odometer')}
              </Button>
              <Button size="small" icon={<FilePdfOutlined />} loading={pdf.busy === r.id} onClick={() => void pdf.open(r.id)} data-testid="queue-pdf">
                {t('vreq.pdf')}
              </Button>
            </Flex>
          )}
        />
      </Card>
      {dialog?.kind === 'approve' ? <ApproveModal request={dialog.request} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'return' ? <ReturnCarModal request={dialog.request} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'odometer' ? <OdometerModal request={dialog.request} onClose={() => setDialog(null)} /> : null}
    </Flex>
  );
};
