import { ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { CenterScreen } from '../components/CenterScreen';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { systemSelectors } from '../stores/system/selectors';

/**
 * The database cannot be used (too new, corrupt, unopenable). Says what to do and where the file
 * is; never offers to delete or reset it.
 */
export const DbErrorScreen = () => {
  const t = useT();
  const status = useAppStore(systemSelectors.status);
  const boot = useAppStore(systemSelectors.boot);
  const kind = status?.dbError ?? 'db_unopenable';
  return (
    <CenterScreen width={620}>
      <Flex vertical gap={16} role="alert" data-testid="db-error">
        <Flex align="flex-start" gap={12}>
          <ExclamationCircleFilled style={{ color: '#c0392b', fontSize: 28, marginTop: 2 }} />
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t(`dbError.title.${kind}`)}
            </Typography.Title>
            <Typography.Paragraph style={{ margin: '8px 0 0' }}>
              {t(`dbError.body.${kind}`, { version: status?.appVersion ?? '' })}
            </Typography.Paragraph>
          </div>
        </Flex>
        <div>
          <Typography.Text type="secondary">{t('dbError.path')}</Typography.Text>
          <Typography.Paragraph
            copyable={{ text: status?.dbPath ?? '' }}
            className="bd-mono bd-wrap"
            style={{ background: '#f5f7fa', border: '1px solid #e1e6ec', padding: '6px 10px', margin: '4px 0 0' }}
            data-testid="db-path"
          >
            {status?.dbPath ?? ''}
          </Typography.Paragraph>
        </div>
        <Alert type="warning" showIcon title={t('dbError.doNotDelete')} />
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">{t('app.version', { version: status?.appVersion ?? '' })}</Typography.Text>
          <Button onClick={() => void boot()}>{t('dbError.recheck')}</Button>
        </Flex>
      </Flex>
    </CenterScreen>
  );
};
