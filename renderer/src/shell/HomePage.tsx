import { Card, Col, Flex, Row, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { Kbd } from '../components/Kbd';
import { formatLongDate } from '../format/time';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { systemSelectors } from '../stores/system/selectors';
import { uiSelectors } from '../stores/ui/selectors';
import { AreaIcon } from './area-icons';
import { areasFor, shortcutLabel } from './areas';
import { syncText } from './StatusBar';

/** 首頁: who you are, today's date, the areas you can use. Nothing invented. */
export const HomePage = () => {
  const t = useT();
  const navigate = useNavigate();
  const session = useAppStore(sessionSelectors.session);
  const sync = useAppStore(systemSelectors.sync);
  const locale = useAppStore(uiSelectors.locale);
  const areas = useAppStore(useShallow((s) => areasFor(sessionSelectors.roles(s)).filter((a) => a.key !== 'home')));
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1080 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} className="bd-wrap" data-testid="home-greeting">
          {t('home.greeting', { name: session?.name ?? '' })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('home.today', { date: formatLongDate(new Date(), locale) })} · {session?.unitName} · {session?.branchName}
        </Typography.Text>
      </div>
      <Typography.Title level={5} style={{ margin: '4px 0 -4px' }}>
        {t('home.yourAreas')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {areas.map((a) => (
          <Col key={a.key} xs={24} md={12} xl={8}>
            <Card
              hoverable
              size="small"
              role="link"
              tabIndex={0}
              onClick={() => void navigate(a.path)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void navigate(a.path);
              }}
              style={{ height: '100%' }}
              data-testid={`home-area-${a.key}`}
            >
              <Flex gap={12} align="flex-start">
                <span style={{ fontSize: 22, color: '#1f4e79', lineHeight: 1 }}>
                  <AreaIcon area={a.key} />
                </span>
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Flex justify="space-between" align="center" gap={8}>
                    <Typography.Text strong>{t(a.label)}</Typography.Text>
                    <Kbd keys={shortcutLabel(a)} />
                  </Flex>
                  <Typography.Paragraph
                    type="secondary"
                    ellipsis={{ rows: 2 }}
                    style={{ margin: '4px 0 0', fontSize: 13 }}
                  >
                    {t(a.info)}
                  </Typography.Paragraph>
                </div>
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('home.about')}>
        <Typography.Paragraph style={{ marginBottom: 4 }}>{t('home.aboutBody')}</Typography.Paragraph>
        <Typography.Text type="secondary">{syncText(sync, t)}</Typography.Text>
      </Card>
    </Flex>
  );
};
