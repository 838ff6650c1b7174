import { Alert, Button, Flex, Spin } from 'antd';
import { CenterScreen } from '../components/CenterScreen';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { systemSelectors } from '../stores/system/selectors';

/** While app:status is asked, or when main cannot be reached at all. */
export const BootScreen = () => {
  const t = useT();
  const bootError = useAppStore(systemSelectors.bootError);
  const boot = useAppStore(systemSelectors.boot);
  return (
    <CenterScreen>
      {bootError ? (
        <Flex vertical gap={12}>
          <Alert type="error" showIcon title={t('boot.failed')} description={describeError(bootError, t)} />
          <Button type="primary" onClick={() => void boot()}>
            {t('common.retry')}
          </Button>
        </Flex>
      ) : (
        <Flex align="center" justify="center" gap={12} style={{ padding: 24 }}>
          <Spin />
          <span>{t('boot.loading')}</span>
        </Flex>
      )}
    </CenterScreen>
  );
};
