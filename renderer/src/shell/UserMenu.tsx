import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Kbd } from '../components/Kbd';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { uiSelectors } from '../stores/ui/selectors';
import { signOut } from './sign-out';

/** The signed-in person's menu: change password, lock, sign out. Reachable from header and status bar. */
export const UserMenu = ({ children }: { children: ReactNode }) => {
  const t = useT();
  const lock = useAppStore(sessionSelectors.lock);
  const openPassword = useAppStore(uiSelectors.setChangePasswordOpen);
  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: t('user.changePassword') },
    {
      key: 'lock',
      icon: <LockOutlined />,
      label: (
        <span>
          {t('user.lock')} <Kbd keys="Ctrl+L" />
        </span>
      ),
    },
    { type: 'divider' },
    { key: 'signOut', icon: <LogoutOutlined />, label: t('user.signOut') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') openPassword(true);
    else if (key === 'lock') void lock('manual');
    else if (key === 'signOut') void signOut();
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      {children}
    </Dropdown>
  );
};

export const HeaderUserButton = () => {
  const t = useT();
  const session = useAppStore(sessionSelectors.session);
  return (
    <UserMenu>
      <Button
        type="text"
        aria-label={t('header.userMenu')}
        data-testid="user-menu"
        style={{ color: '#fff', maxWidth: 220 }}
        icon={<UserOutlined />}
      >
        <span className="bd-ellipsis" style={{ maxWidth: 150 }}>
          {session?.name}
        </span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </UserMenu>
  );
};
