import { App as AntApp, ConfigProvider } from 'antd';
import { useEffect, useRef } from 'react';
import { RouterProvider } from 'react-router/dom';
import { BootScreen } from '../screens/BootScreen';
import { DbErrorScreen } from '../screens/DbErrorScreen';
import { LockScreen } from '../screens/LockScreen';
import { LoginScreen } from '../screens/LoginScreen';
import { SetupScreen } from '../screens/SetupScreen';
import { appRouter } from '../shell/router';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { systemSelectors } from '../stores/system/selectors';

/**
 * The signed-in app. While locked, the shell stays mounted but inert (no focus, no input), with
 * its dialogs and pop-ups kept inside it, so nothing is lost and nothing is reachable.
 */
const SignedIn = () => {
  const locked = useAppStore(sessionSelectors.locked);
  const container = useRef<HTMLDivElement>(null);
  return (
    <>
      <div ref={container} inert={locked} aria-hidden={locked} style={{ height: '100%', position: 'relative' }}>
        <ConfigProvider getPopupContainer={() => container.current ?? document.body}>
          <RouterProvider router={appRouter()} />
        </ConfigProvider>
      </div>
      {locked ? <LockScreen /> : null}
    </>
  );
};

/** boot → database error | first-run set-up | login | the shell (with the lock screen over it). */
export const Screens = () => {
  const screen = useAppStore(systemSelectors.screen);
  const boot = useAppStore(systemSelectors.boot);
  const { message } = AntApp.useApp();
  useEffect(() => {
    void boot();
  }, [boot]);
  // A toast from one screen (or person) must not linger into the next.
  useEffect(() => {
    message.destroy();
  }, [screen, message]);
  switch (screen) {
    case 'boot':
    case 'boot_error':
      return <BootScreen />;
    case 'db_error':
      return <DbErrorScreen />;
    case 'setup':
      return <SetupScreen />;
    case 'login':
      return <LoginScreen />;
    case 'shell':
      return <SignedIn />;
  }
};
