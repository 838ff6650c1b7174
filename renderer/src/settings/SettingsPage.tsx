import { SettingOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import type { MessageKey } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { AbsencesTab } from './AbsencesTab';
import { AuditTab } from './AuditTab';
import { DemoTab } from './DemoTab';
import { DeputiesTab } from './DeputiesTab';
import { FleetTab } from './FleetTab';
import { ItemsTab } from './ItemsTab';
import { ParametersTab } from './ParametersTab';
import { PrintersTab } from './PrintersTab';
import { RegulationsTab } from './RegulationsTab';
import { StaffTab } from './StaffTab';
import { UnitsTab } from './UnitsTab';
import { SyncSettingsTab } from '../sync/SyncSettingsTab';

const TABS = [
  { key: 'units', label: 'settings.tab.units', Body: UnitsTab },
  { key: 'staff', label: 'settings.tab.staff', Body: StaffTab },
  { key: 'items', label: 'settings.tab.items', Body: ItemsTab },
  { key: 'deputies', label: 'settings.tab.deputies', Body: DeputiesTab },
  { key: 'absences', label: 'settings.tab.absences', Body: AbsencesTab },
  { key: 'parameters', label: 'settings.tab.parameters', Body: ParametersTab },
  { key: 'printers', label: 'printers.tab', Body: PrintersTab },
  { key: 'fleet', label: 'fleet.tab', Body: FleetTab },
  { key: 'regulations', label: 'reg.tab', Body: RegulationsTab },
  { key: 'sync', label: 'settings.tab.sync', Body: SyncSettingsTab },
  { key: 'audit', label: 'settings.tab.audit', Body: AuditTab },
  { key: 'demo', label: 'settings.tab.demo', Body: DemoTab },
] as const satisfies readonly { key: string; label: MessageKey; Body: () => ReactNode }[];

/** 系統設定 (admin only): each tab has its own address, e.g. #/settings/staff. */
export const SettingsPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const { tab } = useParams();
  const current = TABS.find((x) => x.key === tab);
  if (!current) return <Navigate to="/settings/units" replace />;
  return (
    <>
      <PageTitle icon={<SettingOutlined />} title={t('area.settings')} />
      <Tabs
        activeKey={current.key}
        onChange={(key) => void navigate(`/settings/${key}`)}
        destroyOnHidden
        items={TABS.map(({ key, label, Body }) => ({
          key,
          label: <span data-testid={`settings-tab-${key}`}>{t(label)}</span>,
          children: <Body />,
        }))}
      />
    </>
  );
};
