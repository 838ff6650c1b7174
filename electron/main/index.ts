import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, safeStorage, session, shell } from 'electron';
import { createAppContext } from './app-context';
import type { AppContext } from './app-context';
import { registerIpc } from './ipc/register';
import { guardNavigation, mainWindowOptions } from './windows/main-window';
import { CONTENT_SECURITY_POLICY, isAppUrl } from './windows/security';
import { electronNativeBinding } from './native-binding';
import { safeStorageSecretStore } from './sync/secret-store';

// Lifecycle and wiring only; all behaviour lives in services behind the dispatcher.

if (!app.requestSingleInstanceLock()) app.quit();

let context: AppContext | undefined;
let mainWindow: BrowserWindow | undefined;

const rendererUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererFile = path.join(__dirname, '../renderer/index.html');
const appOrigin = rendererUrl ?? `file://${path.dirname(rendererFile)}`;

const createMainWindow = (): void => {
  const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, '../preload/index.js')));
  mainWindow = win;
  guardNavigation(win.webContents, appOrigin, (url) => void shell.openExternal(url));
  win.once('ready-to-show', () => win.show());
  if (rendererUrl) void win.loadURL(rendererUrl);
  else void win.loadFile(rendererFile);
};

app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  const binding = electronNativeBinding(app.getAppPath());
  context = createAppContext({
    dataDir: path.join(app.getPath('userData'), 'data'),
    appVersion: app.getVersion(),
    openFile: async (file) => {
      const problem = await shell.openPath(file);
      if (problem) throw new Error(problem);
    },
    pickPdf: async () => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = { properties: ['openFile' as const], filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    ...(binding ? { nativeBinding: binding } : {}),
    // The hub token is sealed by the OS (DPAPI, Keychain, libsecret), never stored in plain text.
    secretStore: safeStorageSecretStore(safeStorage),
  });
  // Back from sleep or a locked screen: the network may be back, so sync now instead of waiting.
  powerMonitor.on('resume', () => context?.sync?.reconnected());
  powerMonitor.on('unlock-screen', () => context?.sync?.reconnected());
  registerIpc(ipcMain, context.dispatch, (event) => isAppUrl(event.senderFrame?.url ?? '', appOrigin));
  createMainWindow();
});

app.on('window-all-closed', () => {
  app.quit();
});

app.on('will-quit', () => {
  context?.close();
  context = undefined;
});
