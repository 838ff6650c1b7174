import { FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { useT } from '../i18n/use-t';
import { AreaIcon } from '../shell/area-icons';
import { useAppStore } from '../stores/app-store';
import { visitsSelectors } from '../stores/visits/selectors';
import { CalendarTab } from './CalendarTab';
import { RequestFormModal } from './RequestFormModal';
import { RequestsTab } from './RequestsTab';
import { useStaffLookup } from './use-staff';
import { VisitFormModal } from './VisitFormModal';
import { WaitingTab } from './WaitingTab';

const TABS = ['calendar', 'waiting', 'requests'] as const;

/** 訪廠排程: the calendar, visits waiting for a date, and requests; new requests and visits from here. */
export const VisitsPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const { tab } = useParams();
  const staff = useStaffLookup();
  const waiting = useAppStore(visitsSelectors.waiting);
  const openRequests = useAppStore(visitsSelectors.openRequestCount);
  const loadWaiting = useAppStore(visitsSelectors.loadWaiting);
  const loadRequests = useAppStore(visitsSelectors.loadRequests);
  const [dialog, setDialog] = useState<'request' | 'visit' | null>(null);
  useEffect(() => {
    void loadWaiting();
    void loadRequests();
  }, [loadWaiting, loadRequests]);

  const current = TABS.find((x) => x === tab);
  if (!current) return <Navigate to="/visits/calendar" replace />;

  return (
    <>
      <PageTitle
        icon={<AreaIcon area="visits" />}
        title={t('area.visits')}
        extra={
          <>
            <Button icon={<FileAddOutlined />} onClick={() => setDialog('request')} data-testid="visits-new-request">
              {t('visits.newRequest')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('visit')} data-testid="visits-new-visit">
              {t('visits.newVisit')}
            </Button>
          </>
        }
      />
      <Tabs
        activeKey={current}
        onChange={(key) => void navigate(`/visits/${key}`)}
        destroyOnHidden
        items={[
          { key: 'calendar', label: <span data-testid="visits-tab-calendar">{t('visits.tab.calendar')}</span>, children: <CalendarTab staff={staff} /> },
          {
            key: 'waiting',
            label: <span data-testid="visits-tab-waiting">{t('visits.tab.waiting', { count: waiting.length })}</span>,
            children: <WaitingTab staff={staff} />,
          },
          {
            key: 'requests',
            label: (
              <span data-testid="visits-tab-requests">
                {t('visits.tab.requests')} <Badge count={openRequests} size="small" color="#1f4e79" />
              </span>
            ),
            children: <RequestsTab staff={staff} />,
          },
        ]}
      />
      {dialog === 'request' ? <RequestFormModal onClose={() => setDialog(null)} /> : null}
      {dialog === 'visit' ? <VisitFormModal request={null} staff={staff} onClose={() => setDialog(null)} /> : null}
    </>
  );
};
