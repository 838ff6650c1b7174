import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';

/** 示範資料: load the demo set (marked 示範 everywhere) for a first look or training. */
export const DemoTab = () => {
  const t = useT();
  const counts = useAppStore(useShallow(referenceSelectors.demoCounts));
  const loadDemo = useAppStore(referenceSelectors.loadDemo);
  const loadStaff = useAppStore(referenceSelectors.loadStaff);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void loadStaff();
  }, [loadStaff]);

  const load = async () => {
    setBusy(true);
    const r = await loadDemo();
    setBusy(false);
    setOutcome(
      r.ok
        ? { ok: true, text: t('demo.loaded', { staff: r.value.staff, items: r.value.businessItems }) }
        : { ok: false, text: describeError(r.error, t) },
    );
  };

  return (
    <Card style={{ maxWidth: 760 }}>
      <Flex gap={16} align="flex-start">
        <ExperimentOutlined style={{ fontSize: 32, color: '#b7791f', marginTop: 4 }} />
        <Flex vertical gap={12} style={{ minWidth: 0 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('demo.title')}
          </Typography.Title>
          <Typography.Paragraph style={{ margin: 0, lineHeight: 1.8 }}>{t('demo.body')}</Typography.Paragraph>
          <Typography.Text type="secondary" data-testid="demo-counts">
            {t('demo.current', { staff: counts.staff, items: counts.items })}
          </Typography.Text>
          {outcome ? (
            <Alert type={outcome.ok ? 'success' : 'error'} showIcon title={outcome.text} data-testid="demo-outcome" />
          ) : null}
          <div>
            <Popconfirm
              title={t('demo.confirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => void load()}
            >
              <Button type="primary" ghost loading={busy} data-testid="demo-load">
                {t('demo.load')}
              </Button>
            </Popconfirm>
          </div>
        </Flex>
      </Flex>
    </Card>
  );
};
