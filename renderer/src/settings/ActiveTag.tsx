import { Tag } from 'antd';
import { useT } from '../i18n/use-t';

export const ActiveTag = ({ active }: { active: boolean }) => {
  const t = useT();
  return active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>;
};

export const DemoTag = () => {
  const t = useT();
  return (
    <Tag color="orange" data-testid="demo-tag">
      {t('common.demo')}
    </Tag>
  );
};
