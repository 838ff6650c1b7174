import { Tag } from 'antd';
import type { FactoryVisitStatus, RequestStatus } from '../../../shared/domain/visit';
import { useT } from '../i18n/use-t';

const VISIT_COLOR: Readonly<Record<FactoryVisitStatus, string>> = {
  waiting: 'gold',
  scheduled: 'processing',
  done: 'green',
  cancelled: 'default',
};
const REQUEST_COLOR: Readonly<Record<RequestStatus, string>> = { open: 'gold', visit: 'processing', answered: 'green', cancelled: 'default' };

export const VisitStatusTag = ({ status }: { status: FactoryVisitStatus }) => {
  const t = useT();
  return (
    <Tag color={VISIT_COLOR[status]} data-testid="visit-status">
      {t(`fvisitStatus.${status}`)}
    </Tag>
  );
};

export const RequestStatusTag = ({ status }: { status: RequestStatus }) => {
  const t = useT();
  return <Tag color={REQUEST_COLOR[status]}>{t(`requestStatus.${status}`)}</Tag>;
};
