import { StopOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { areaByKey } from './areas';
import type { AreaKey } from './areas';

export const ForbiddenPage = ({ area }: { area: AreaKey }) => {
  const t = useT();
  const navigate = useNavigate();
  const roles = useAppStore(sessionSelectors.roles);
  return (
    <Result
      data-testid="forbidden"
      icon={<StopOutlined style={{ color: '#a94442' }} />}
      title={t('forbidden.title')}
      subTitle={t('forbidden.body', {
        roles: roles.map((r) => t(`role.${r}`)).join(t('common.listSeparator')) || t('common.none'),
        area: t(areaByKey(area).label),
      })}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
};

export const NotFoundPage = () => {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.body')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
};
