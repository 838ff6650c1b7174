import { ArrowLeftOutlined, CalendarOutlined, CarOutlined, CloseCircleOutlined, FileTextOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Spin, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { VehicleRequestSummary } from '../../../shared/ipc/contract-visits';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { visitsSelectors } from '../stores/visits/selectors';
import { ApplicantActions } from '../secretariat/MyVehicleRequests';
import { OdometerModal } from '../secretariat/OdometerModal';
import { useVehiclePdf } from '../secretariat/use-vehicle-pdf';
import { VehicleRequestModal } from '../secretariat/VehicleRequestModal';
import { VehicleRequestTable } from '../secretariat/VehicleRequestTable';
import { STATUS_COLOR } from '../signoff/status';
import { warningText } from './calendar/warning-text';
import { CancelVisitModal } from './CancelVisitModal';
import { VisitStatusTag } from './labels';
import { ScheduleModal } from './ScheduleModal';
import { useKit } from './use-kit';
import { useStaffLookup } from './use-staff';
import { describeVisitError } from './visit-errors';
import { VisitFacts } from './VisitFacts';
import { VisitRecordForm } from './VisitRecordForm';
import { WarningsBar } from './WarningsBar';

/** #/visits/visit/<id>[/record]: a fresh view per visit. */
export const VisitPage = () => {
  const { visitId = '', section } = useParams();
  return <VisitView key={visitId} visitId={visitId} section={section === 'record' ? 'record' : 'overview'} />;
};

const VisitView = ({ visitId, section }: { visitId: string; section: 'overview' | 'record' }) => {
  const t = useT();
  const navigate = useNavigate();
  const staff = useStaffLookup();
  const detail = useAppStore(visitsSelectors.visit);
  const error = useAppStore(visitsSelectors.visitError);
  const load = useAppStore(visitsSelectors.loadVisit);
  const roles = useAppStore(sessionSelectors.roles);
  const kit = useKit(visitId);
  const pdf = useVehiclePdf();
  const [dialog, setDialog] = useState<'schedule' | 'car' | 'cancel' | null>(null);
  const [odometer, setOdometer] = useState<VehicleRequestSummary | null>(null);
  useEffect(() => {
    void load(visitId);
  }, [visitId, load]);

  const mine = detail?.visit.id === visitId ? detail : null;
  if (!mine) {
    return error ? <Alert type="error" showIcon title={describeVisitError(error, t)} /> : <Spin />;
  }
  const v = mine.visit;
  const open = v.status === 'waiting' || v.status === 'scheduled';
  const visiting = roles.some((r) => r === 'inspector' || r === 'chief' || r === 'admin');
  const areaOf = (id: string) => (id === v.id ? v.area : undefined);

  return (
    <Flex vertical gap={12} style={{ maxWidth: 1100 }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex align="center" gap={8} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Link to="/visits/calendar" aria-label={t('fvisit.back')} title={t('fvisit.back')} data-testid="visit-back">
            <ArrowLeftOutlined style={{ fontSize: 16 }} />
          </Link>
          <Typography.Title level={4} style={{ margin: 0 }} className="bd-ellipsis" data-testid="visit-heading">
            {t('fvisit.heading', { company: v.companyName })}
          </Typography.Title>
          <VisitStatusTag status={v.status} />
        </Flex>
        {visiting ? (
          <Flex gap={8} wrap justify="flex-end">
            {open ? (
              <Button icon={<CalendarOutlined />} onClick={() => setDialog('schedule')} data-testid="visit-schedule">
                {t(v.status === 'waiting' ? 'fvisit.schedule' : 'fvisit.reschedule')}
              </Button>
            ) : null}
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              loading={kit.busy}
              disabled={v.status === 'waiting' || v.status === 'cancelled'}
              title={v.status === 'waiting' ? t('fvisit.kitNeedsDate') : undefined}
              onClick={() => void kit.build()}
              data-testid="visit-kit"
            >
              {t('fvisit.kit')}
            </Button>
            {v.mode === 'on_site' && open ? (
              <Button icon={<CarOutlined />} onClick={() => setDialog('car')} data-testid="visit-request-car">
                {t('fvisit.requestCar')}
              </Button>
            ) : null}
            {open ? (
              <Button danger icon={<CloseCircleOutlined />} onClick={() => setDialog('cancel')} data-testid="visit-cancel">
                {t('fvisit.cancel')}
              </Button>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
      {kit.panel}
      {pdf.alert}
      <WarningsBar texts={mine.warnings.map((w) => warningText(w, areaOf, t))} testId="visit-warnings" />
      {mine.kitPath && !kit.busy ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('fvisit.kitSaved')}{' '}
          <Typography.Text copyable className="bd-mono" style={{ fontSize: 12 }}>
            {mine.kitPath}
          </Typography.Text>
        </Typography.Text>
      ) : null}
      <Tabs
        activeKey={section}
        onChange={(key) => void navigate(`/visits/visit/${visitId}${key === 'record' ? '/record' : ''}`)}
        items={[
          {
            key: 'overview',
            label: <span data-testid="visit-tab-overview">{t('fvisit.tab.overview')}</span>,
            children: (
              <Flex vertical gap={12}>
                <VisitFacts detail={mine} />
                <Card size="small" title={t('fvisit.cars')} styles={{ body: { padding: 0 } }}>
                  <VehicleRequestTable
                    rows={mine.vehicleRequests}
                    loading={false}
                    empty={t('fvisit.noCars')}
                    testId="visit-cars"
                    actions={(r) => <ApplicantActions r={r} pdf={pdf} onOdometer={setOdometer} />}
                  />
                </Card>
                <Card size="small" title={t('fvisit.record')}>
                  <Flex align="center" gap={12}>
                    {mine.record ? (
                      <Tag color={STATUS_COLOR[mine.record.status]} data-testid="visit-record-status">
                        {t(`recordStatus.${mine.record.status}`)}
                      </Tag>
                    ) : (
                      <Typography.Text type="secondary">{t('fvisit.recordNone')}</Typography.Text>
                    )}
                    {v.status !== 'cancelled' ? (
                      <Button icon={<FileTextOutlined />} onClick={() => void navigate(`/visits/visit/${visitId}/record`)} data-testid="visit-fill-record">
                        {t('fvisit.fillRecord')}
                      </Button>
                    ) : null}
                    {mine.record ? <Link to={`/signoff/records/${mine.record.id}`}>{t('vr.openSignoff')}</Link> : null}
                  </Flex>
                </Card>
              </Flex>
            ),
          },
          {
            key: 'record',
            label: <span data-testid="visit-tab-record">{t('fvisit.tab.record')}</span>,
            children: v.status === 'cancelled' ? <Alert type="info" showIcon title={t('fvisit.closedNote', { status: t('fvisitStatus.cancelled') })} /> : <VisitRecordForm visitId={visitId} />,
          },
        ]}
      />
      {dialog === 'schedule' ? <ScheduleModal visit={v} staff={staff} onClose={() => setDialog(null)} /> : null}
      {dialog === 'car' ? <VehicleRequestModal visit={{ id: v.id, company: v.companyName }} onClose={() => setDialog(null)} /> : null}
      {dialog === 'cancel' ? <CancelVisitModal visitId={v.id} company={v.companyName} onClose={() => setDialog(null)} /> : null}
      {odometer ? <OdometerModal request={odometer} onClose={() => setOdometer(null)} /> : null}
    </Flex>
  );
};
