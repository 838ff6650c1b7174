import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createAppContext } from '../../../electron/main/app-context';
import type { AppContext, AppContextOptions } from '../../../electron/main/app-context';
import { CHANNELS } from '../../../shared/ipc/channels';
import { buildApi } from '../../../shared/ipc/bridge';

/**
 * The e2e harness. The Electron binary cannot run on our build machines, so the built renderer
 * (out/renderer) is opened in Chromium and given a `window.api` built by the very function the
 * preload uses, over the very channel list; each call reaches the real dispatcher and a real
 * SQLite database in a temporary folder, inside this test process.
 */
export const APP_ORIGIN = 'http://branchdesk.local';
const RENDERER_DIR = path.resolve(__dirname, '../../../out/renderer');
const FAST_SCRYPT = { logN: 12, r: 8, p: 1 };

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface Harness {
  dataDir: string;
  /** Files the app asked the system viewer to open (record PDFs), in order. */
  openedFiles: string[];
  context: AppContext;
  /** Opens the app in the page (again), as a window would after a restart. */
  open(page: Page): Promise<void>;
  /** Closes the database and opens a fresh context over the same folder (an app restart). */
  restart(overrides?: Partial<AppContextOptions>): void;
  screenshot(page: Page, name: string): Promise<void>;
}

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../test-results/screenshots');

const installRoutes = async (page: Page): Promise<void> => {
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(RENDERER_DIR, `.${rel}`);
    if (!file.startsWith(RENDERER_DIR) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    await route.fulfill({
      status: 200,
      headers: { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' },
      body: fs.readFileSync(file),
    });
  });
  // Anything else the page tries to reach is refused, as the closed network and the CSP would.
  await page.route((url) => !url.href.startsWith(APP_ORIGIN), (route) => route.abort());
};

export const test = base.extend<{ harness: Harness }>({
  harness: async ({ page }, use, testInfo) => {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` first');
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-e2e-'));
    const openedFiles: string[] = [];
    const options: AppContextOptions = {
      dataDir,
      appVersion: 'e2e',
      scryptCost: FAST_SCRYPT,
      // Stands in for the system PDF viewer: remembers what would have been opened.
      openFile: async (file) => void openedFiles.push(file),
    };
    let context = createAppContext(options);
    const senderKey = `e2e-${testInfo.testId}`;
    await page.exposeBinding('__branchdeskInvoke', (_source, channel: unknown, input: unknown) =>
      context.dispatch(senderKey, channel, input),
    );
    await page.addInitScript({
      content: `window.api = (${buildApi.toString()})(${JSON.stringify(CHANNELS)}, (c, i) => window.__branchdeskInvoke(c, i));`,
    });
    await installRoutes(page);
    const harness: Harness = {
      dataDir,
      openedFiles,
      get context() {
        return context;
      },
      open: async (p) => {
        await p.goto(`${APP_ORIGIN}/index.html`);
      },
      restart: (overrides = {}) => {
        context.close();
        context = createAppContext({ ...options, ...overrides });
      },
      screenshot: async (p, name) => {
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const file = path.join(SCREENSHOT_DIR, `${name}.png`);
        await p.screenshot({ path: file, fullPage: false });
        await testInfo.attach(name, { path: file, contentType: 'image/png' });
      },
    };
    await use(harness);
    context.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
