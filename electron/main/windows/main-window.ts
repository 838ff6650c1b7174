import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './security';

/** The options of the main window: sandboxed, isolated, no Node in the page, our preload only. */
export const mainWindowOptions = (preloadPath: string): BrowserWindowConstructorOptions => ({
  width: 1366,
  height: 768,
  minWidth: 1200,
  minHeight: 700,
  show: false,
  title: 'BranchDesk 分局服務台',
  backgroundColor: '#f5f7fa',
  autoHideMenuBar: true,
  webPreferences: {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: true,
  },
});

/**
 * Navigation guards: the window never leaves the app; new windows are refused, and https links
 * open in the system browser instead.
 */
export const guardNavigation = (
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  appOrigin: string,
  openExternal: (url: string) => void,
): void => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
};
