import { Tag } from 'antd';
import type { VehicleRequestStatus } from '../../../shared/domain/vehicle';
import { useT } from '../i18n/use-t';

const COLOR: Readonly<Record<VehicleRequestStatus, string>> = { pending: 'gold', approved: 'green', returned: 'red', cancelled: 'default' };

export const VehicleStatusTag = ({ status }: { status: VehicleRequestStatus }) => {
  const t = useT();
  return (
    <Tag color={COLOR[status]} data-testid="vreq-status">
      {t(`vstatus.${status}`)}
    </Tag>
  );
};
