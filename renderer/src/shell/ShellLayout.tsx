import { Layout } from 'antd';
import { useCallback, useEffect } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { useCaseScanner } from '../hooks/use-case-scanner';
import { useIdleLock } from '../hooks/use-idle-lock';
import { useInterval } from '../hooks/use-interval';
import { useShellShortcuts } from '../hooks/use-shell-shortcuts';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { sessionSelectors } from '../stores/session/selectors';
import { systemSelectors } from '../stores/system/selectors';
import { areasFor } from './areas';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { HeaderBar } from './HeaderBar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SideNav } from './SideNav';
import { StatusBar } from './StatusBar';

/** How often passive state (session, sync) is re-read from main. */
const POLL_MS = 30_000;

/** The signed-in frame: header, navigation, page, status bar; plus idle lock and shortcuts. */
export const ShellLayout = () => {
  const navigate = useNavigate();
  const areas = useAppStore(useShallow((s) => areasFor(sessionSelectors.roles(s))));
  const locked = useAppStore(sessionSelectors.locked);
  const minutes = useAppStore(sessionSelectors.idleLockMinutes);
  const lock = useAppStore(sessionSelectors.lock);
  const refreshSession = useAppStore(sessionSelectors.refreshSession);
  const refreshSync = useAppStore(systemSelectors.refreshSync);
  const loadReference = useAppStore(referenceSelectors.loadReference);
  const touch = useAppStore(sessionSelectors.touch);

  useEffect(() => {
    void loadReference();
  }, [loadReference]);

  useInterval(() => {
    void refreshSync();
    void refreshSession();
  }, POLL_MS);

  useIdleLock({
    enabled: !locked,
    minutes,
    onIdle: () => void lock('idle'),
    onActive: () => void touch(),
  });

  const go = useCallback((path: string) => void navigate(path), [navigate]);
  useShellShortcuts({ enabled: !locked, areas, go, lock: () => void lock('manual') });
  useCaseScanner({ enabled: !locked && areas.some((a) => a.key === 'cases') });

  return (
    <Layout style={{ height: '100%' }}>
      <HeaderBar />
      <Layout style={{ minHeight: 0 }}>
        <SideNav areas={areas} />
        <Layout.Content className="bd-shell-content">
          <Outlet />
        </Layout.Content>
      </Layout>
      <StatusBar />
      <ChangePasswordDialog />
      <ShortcutsDialog areas={areas} />
    </Layout>
  );
};
