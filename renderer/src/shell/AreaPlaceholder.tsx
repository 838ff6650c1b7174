import { ToolOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { PageTitle } from '../components/PageTitle';
import { useT } from '../i18n/use-t';
import { AreaIcon } from './area-icons';
import { areaByKey } from './areas';
import type { AreaKey } from './areas';

/** An area not built yet: says so plainly and describes what will come, with no made-up data. */
export const AreaPlaceholder = ({ area }: { area: AreaKey }) => {
  const t = useT();
  const a = areaByKey(area);
  return (
    <>
      <PageTitle icon={<AreaIcon area={area} />} title={t(a.label)} />
      <Card data-testid="area-placeholder">
        <Flex gap={20} align="flex-start" style={{ maxWidth: 820 }}>
          <ToolOutlined style={{ fontSize: 40, color: '#8fa3b8', marginTop: 4 }} />
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('placeholder.title')}
            </Typography.Title>
            <Tag color="default" style={{ marginBottom: 8 }}>
              {t('placeholder.planned')}
            </Tag>
            <Typography.Paragraph style={{ marginBottom: 0, lineHeight: 1.8 }}>{t(a.info)}</Typography.Paragraph>
          </div>
        </Flex>
      </Card>
    </>
  );
};
