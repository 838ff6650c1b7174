import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';

/**
 * The Electron entry point with a fake `electron` module: checks the wiring the real app relies on
 * (single-instance lock, CSP header, permissions denied, every channel registered, the sandboxed
 * window, quit on close) without the Electron binary.
 */
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-index-'));
const fake = vi.hoisted(() => {
  const appListeners = new Map<string, () => void>();
  const state = {
    handled: [] as string[],
    windows: [] as { options: unknown; loaded: string[]; listeners: Map<string, unknown> }[],
    csp: undefined as undefined | ((d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void),
    permissionHandler: undefined as undefined | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    quit: 0,
    ready: undefined as undefined | (() => void),
    appListeners,
    userData: '',
    powerEvents: [] as string[],
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: { on: () => void; setWindowOpenHandler: () => void };
    constructor(options: unknown) {
      const entry = { options, loaded: [] as string[], listeners: new Map<string, unknown>() };
      fake.windows.push(entry);
      this.webContents = { on: () => undefined, setWindowOpenHandler: () => undefined };
      this.loadFile = (f: string) => {
        entry.loaded.push(f);
        return Promise.resolve();
      };
    }
    loadFile: (f: string) => Promise<void>;
    loadURL = () => Promise.resolve();
    once = () => undefined;
    isMinimized = () => false;
    restore = () => undefined;
    focus = () => undefined;
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      quit: () => void fake.quit++,
      on: (name: string, fn: () => void) => fake.appListeners.set(name, fn),
      whenReady: () => new Promise<void>((resolve) => (fake.ready = resolve)),
      getPath: () => fake.userData,
      getAppPath: () => '/nonexistent-app-path',
      getVersion: () => '0.0.0-test',
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string) => fake.handled.push(channel) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: typeof fake.csp) => (fake.csp = fn) },
        setPermissionRequestHandler: (fn: typeof fake.permissionHandler) => (fake.permissionHandler = fn),
      },
    },
    shell: { openExternal: () => Promise.resolve() },
    // The hub token's sealing (stands in for the OS store) and the resume/unlock events that sync at once.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from(`sealed:${s}`),
      decryptString: (b: Buffer) => b.toString().replace(/^sealed:/, ''),
    },
    powerMonitor: { on: (name: string) => void fake.powerEvents.push(name) },
  };
});

afterAll(() => {
  fake.appListeners.get('will-quit')?.();
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('electron/main/index.ts wiring', () => {
  it('registers every channel, sets the CSP, denies permissions and opens one sandboxed window', async () => {
    fake.userData = userData;
    await import('./index');
    expect(fake.ready).toBeDefined();
    fake.ready!();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.powerEvents.sort()).toEqual(['resume', 'unlock-screen']);

    expect([...fake.handled].sort()).toEqual([...CHANNELS].sort());
    const headers: { responseHeaders?: Record<string, string[]> } = {};
    fake.csp!({ responseHeaders: {} }, (r) => Object.assign(headers, r));
    expect(headers.responseHeaders?.['Content-Security-Policy']?.[0]).toContain("script-src 'self'");
    let granted: boolean | undefined;
    fake.permissionHandler!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);

    const win = fake.windows[0]!;
    expect(win.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(win.loaded[0]).toMatch(/renderer[\\/]index\.html$/);
    // The database was created in the user-data folder.
    expect(fs.existsSync(path.join(userData, 'data', 'branchdesk.db'))).toBe(true);

    fake.appListeners.get('window-all-closed')!();
    expect(fake.quit).toBe(1);
  });
});
