import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Tabs } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { useT } from '../i18n/use-t';
import { AreaIcon } from '../shell/area-icons';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { vehiclesSelectors } from '../stores/vehicles/selectors';
import { MyVehicleRequests } from './MyVehicleRequests';
import { SecretariatQueue } from './SecretariatQueue';
import { VehicleRequestModal } from './VehicleRequestModal';

/** 派車申請: my requests (everyone) and, for the secretariat, the queue to approve (秘書室核派). */
export const VehiclesPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const { tab } = useParams();
  const roles = useAppStore(sessionSelectors.roles);
  const pending = useAppStore(vehiclesSelectors.pending);
  const [creating, setCreating] = useState(false);
  const secretariat = roles.includes('secretariat');
  const tabs = secretariat ? (['queue', 'mine'] as const) : (['mine'] as const);
  const current = tabs.find((x) => x === tab);
  if (!current) return <Navigate to={`/vehicles/${tabs[0]}`} replace />;

  return (
    <>
      <PageTitle
        icon={<AreaIcon area="vehicles" />}
        title={t('area.vehicles')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="vehicles-new">
            {t('vehicles.new')}
          </Button>
        }
      />
      <Tabs
        activeKey={current}
        onChange={(key) => void navigate(`/vehicles/${key}`)}
        destroyOnHidden
        items={[
          ...(secretariat
            ? [
                {
                  key: 'queue',
                  label: (
                    <span data-testid="vehicles-tab-queue">
                      {t('vehicles.tab.queue', { count: pending.length })}
                      {pending.length > 0 ? <Badge status="warning" style={{ marginLeft: 6 }} /> : null}
                    </span>
                  ),
                  children: <SecretariatQueue />,
                },
              ]
            : []),
          { key: 'mine', label: <span data-testid="vehicles-tab-mine">{t('vehicles.tab.mine')}</span>, children: <MyVehicleRequests /> },
        ]}
      />
      {creating ? <VehicleRequestModal visit={null} onClose={() => setCreating(false)} /> : null}
    </>
  );
};
