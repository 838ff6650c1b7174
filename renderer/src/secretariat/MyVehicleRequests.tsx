import { DashboardOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useEffect, useState } from 'react';
import type { VehicleRequestSummary } from '../../../shared/ipc/contract-visits';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { vehiclesSelectors } from '../stores/vehicles/selectors';
import { describeVisitError } from '../visits/visit-errors';
import { OdometerModal } from './OdometerModal';
import { useVehiclePdf } from './use-vehicle-pdf';
import { VehicleRequestTable } from './VehicleRequestTable';

/** The actions an applicant has on a request: the form's PDF; odometer once approved; withdraw until used. */
export const ApplicantActions = ({
  r,
  pdf,
  onOdometer,
}: {
  r: VehicleRequestSummary;
  pdf: ReturnType<typeof useVehiclePdf>;
  onOdometer: (r: VehicleRequestSummary) => void;
}) => {
  const t = useT();
  const { message } = App.useApp();
  const cancel = useAppStore(vehiclesSelectors.cancel);
  const withdrawable = (r.status === 'pending' || r.status === 'approved') && r.odometerOut === null;
  return (
    <Flex gap={6} wrap>
      <Button size="small" icon={<FilePdfOutlined />} loading={pdf.busy === r.id} onClick={() => void pdf.open(r.id)} data-testid="vreq-pdf">
        {t('vreq.pdf')}
      </Button>
      {r.status === 'approved' ? (
        <Button size="small" icon={<DashboardOutlined />} onClick={() => onOdometer(r)} data-testid="vreq-odometer">
          {t('vreq.odometer')}
        </Button>
      ) : null}
      {withdrawable ? (
        <Popconfirm
          title={t('vreq.withdrawConfirm')}
          okText={t('vreq.withdraw')}
          cancelText={t('common.cancel')}
          onConfirm={async () => {
            const res = await cancel(r.id);
            if (res.ok) void message.success(t('vreq.withdrawn'));
            else void message.error(describeVisitError(res.error, t), 8);
          }}
        >
          <Button size="small" danger data-testid="vreq-withdraw">
            {t('vreq.withdraw')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
};

/** 我的申請: the person's car requests, newest first, with what they can do on each. */
export const MyVehicleRequests = () => {
  const t = useT();
  const rows = useAppStore(vehiclesSelectors.mine);
  const loaded = useAppStore(vehiclesSelectors.mineLoaded);
  const load = useAppStore(vehiclesSelectors.loadMine);
  const pdf = useVehiclePdf();
  const [odometer, setOdometer] = useState<VehicleRequestSummary | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Flex vertical gap={10}>
      {pdf.alert}
      <VehicleRequestTable
        rows={rows}
        loading={!loaded}
        empty={t('vehicles.mineEmpty')}
        testId="vreq-mine"
        actions={(r) => <ApplicantActions r={r} pdf={pdf} onOdometer={setOdometer} />}
        actionsWidth={230}
      />
      {odometer ? <OdometerModal request={odometer} onClose={() => setOdometer(null)} /> : null}
    </Flex>
  );
};
