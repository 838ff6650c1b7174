import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarOutlined,
  FileProtectOutlined,
  HomeOutlined,
  QrcodeOutlined,
  SettingOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { AreaKey } from './areas';

const ICONS: Record<AreaKey, () => ReactNode> = {
  home: () => <HomeOutlined />,
  counter: () => <ShopOutlined />,
  visits: () => <CalendarOutlined />,
  vehicles: () => <CarOutlined />,
  cases: () => <QrcodeOutlined />,
  accidents: () => <AlertOutlined />,
  seals: () => <FileProtectOutlined />,
  signoff: () => <AuditOutlined />,
  reports: () => <BarChartOutlined />,
  settings: () => <SettingOutlined />,
};

export const AreaIcon = ({ area }: { area: AreaKey }) => <>{ICONS[area]()}</>;
