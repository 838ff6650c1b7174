import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Tooltip } from 'antd';
import { AppMark } from '../components/AppMark';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { systemSelectors } from '../stores/system/selectors';
import { uiSelectors } from '../stores/ui/selectors';
import { HeaderUserButton } from './UserMenu';

export const HeaderBar = () => {
  const t = useT();
  const branchName = useAppStore(systemSelectors.branchName);
  const openShortcuts = useAppStore(uiSelectors.setShortcutsOpen);
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, lineHeight: 'normal' }}>
      <Flex align="center" gap={10} style={{ minWidth: 0, flex: 1 }}>
        <AppMark size={28} />
        <span style={{ fontSize: 16, fontWeight: 600, whiteSpace: 'nowrap' }}>{t('app.title')}</span>
        <span style={{ opacity: 0.45 }}>|</span>
        <span className="bd-ellipsis" style={{ fontSize: 14, opacity: 0.92 }} title={branchName} data-testid="branch-name">
          {branchName}
        </span>
      </Flex>
      <Flex align="center" gap={8}>
        <LanguageSwitch />
        <Tooltip title={t('header.help')}>
          <Button
            type="text"
            aria-label={t('header.help')}
            icon={<QuestionCircleOutlined />}
            style={{ color: '#fff' }}
            onClick={() => openShortcuts(true)}
          />
        </Tooltip>
        <HeaderUserButton />
      </Flex>
    </Layout.Header>
  );
};
