import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startPublicHub } from '../integration/hub/public-fixtures';
import type { PublicHub, SeededCase } from '../integration/hub/public-fixtures';

/**
 * The public case page on a phone: a real hub on a loopback port (started here), Chromium at
 * 390×844. Opens a case as a scanned label would, checks the timeline, then 我的案件 remembers it
 * (in the phone's localStorage), and the service worker never keeps a case page.
 */

const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-TW' });

let hub: PublicHub;
let testing: SeededCase;
let completed: SeededCase;

test.beforeAll(async () => {
  hub = await startPublicHub({ rateLimit: { burst: 10_000, perSecond: 100, maxClients: 100 } });
  testing = await hub.seedCase({
    caseNumber: 'TN1150001',
    productName: '吹風機',
    productModel: 'HD-1200',
    contactName: '林志明',
    contactPhone: '0987-654-321',
    companyName: '志明實業社',
    receivedAt: '2026-11-20T02:00:00.000Z',
    milestones: [
      { kind: 'sampling', at: '2026-11-21T03:00:00.000Z' },
      { kind: 'testing', at: '2026-11-24T06:30:00.000Z' },
    ],
  });
  completed = await hub.seedCase({
    caseNumber: 'TN1150002',
    productName: '行動電源',
    productModel: 'PB-10000-QC',
    receivedAt: '2026-11-10T01:00:00.000Z',
    milestones: [
      { kind: 'sampling', at: '2026-11-11T03:00:00.000Z' },
      { kind: 'testing', at: '2026-11-13T03:00:00.000Z' },
      { kind: 'reviewing', at: '2026-11-18T03:00:00.000Z' },
      { kind: 'completed', at: '2026-11-25T08:15:00.000Z' },
    ],
  });
});
test.afterAll(async () => {
  await hub.stop();
});

/** Collects CSP violations and script errors: the page must run clean under its own policy. */
const watchProblems = (page: Page): string[] => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return problems;
};

test('a phone opens a case, sees its timeline, and finds it again in 我的案件', async ({ page }) => {
  const problems = watchProblems(page);
  // As a scanner app might open it: lower-case token.
  await page.goto(`${hub.url}/C/${testing.token.toLowerCase()}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('案件進度查詢');
  await expect(page.locator('.now')).toHaveText('檢驗中');
  await expect(page.locator('dl')).toContainText('TN1150001');
  await expect(page.locator('dl')).toContainText('吹風機');
  await expect(page.locator('ol.timeline li')).toHaveText([
    '檢驗中民國115年11月24日 14:30',
    '取樣／送樣民國115年11月21日 11:00',
    '受理民國115年11月20日 10:00',
  ]);
  await expect(page.locator('ol.steps li.current')).toHaveText('檢驗中');
  await expect(page.locator('footer')).toContainText('資料時間：民國115年11月27日 09:30:00');
  await expect(page.locator('body')).not.toContainText('林志明');
  await expect(page.locator('body')).not.toContainText('志明實業社');
  // Nothing sticks out sideways on a 390 px screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'public-case-page.png'), fullPage: true });

  await page.goto(`${hub.url}/C/${completed.token}`);
  await expect(page.locator('.now')).toHaveText('發證／結案');
  await expect(page.locator('ol.steps li.done')).toHaveCount(5);

  await page.getByRole('link', { name: '我的案件' }).click();
  await expect(page).toHaveURL(`${hub.url}/C/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的案件');
  const items = page.locator('#case-list li');
  await expect(items).toHaveCount(2);
  // The most recently opened first, with the milestone seen last time.
  await expect(items.nth(0).locator('b')).toHaveText('TN1150002發證／結案');
  await expect(items.nth(0).locator('.pill')).toHaveClass('pill k-completed');
  await expect(items.nth(0)).toContainText('更新於 民國115年11月25日 16:15');
  await expect(items.nth(1).locator('b')).toHaveText('TN1150001檢驗中');
  await expect(items.nth(1)).toContainText('吹風機（HD-1200）');
  await expect(items.nth(1)).toContainText('更新於 民國115年11月24日 14:30');
  await expect(items.nth(1)).toContainText('上次查看 民國115年11月27日 09:30');
  await expect(page.locator('#empty')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'my-cases.png'), fullPage: true });

  // Back to the case from the list.
  await items.nth(1).getByRole('link').click();
  await expect(page.locator('.now')).toHaveText('檢驗中');

  // A label that no longer works: the one 404 page, which leads back to 我的案件.
  const gone = await page.goto(`${hub.url}/C/${'A'.repeat(26)}`);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('查無此案件');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'public-not-found.png'), fullPage: true });
  // The browser logs the 404 status of that navigation itself; nothing else may appear.
  expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});

test('the service worker caches the shell only, never a case page; removing a case forgets it', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(`${hub.url}/C/${testing.token}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Visit again under the worker's control, so a caching worker would have had its chance.
  await page.reload();
  await expect(page.locator('.now')).toHaveText('檢驗中');
  const cached = await page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) out.push(new URL(req.url).pathname);
    }
    return out.sort();
  });
  expect(cached).toEqual(['/C/', '/C/app.js', '/C/icon-192.png', '/C/icon-512.png', '/C/manifest.webmanifest']);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe('/C/manifest.webmanifest');

  await page.goto(`${hub.url}/C/`);
  await expect(page.locator('#case-list li')).toHaveCount(1);
  await page.getByRole('button', { name: /TN1150001/ }).click();
  await expect(page.locator('#case-list li')).toHaveCount(0);
  await expect(page.locator('#empty')).toBeVisible();
  // The hub never saw the list: a reload is drawn from localStorage alone, and it is empty now.
  await page.reload();
  await expect(page.locator('#empty')).toBeVisible();
  expect(problems).toEqual([]);
});

test('offline, a case link shows 我的案件 with the progress last seen, and says it is offline', async ({ page, context }) => {
  await page.goto(`${hub.url}/C/${completed.token}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now controlled by the worker
  await expect(page.locator('.now')).toHaveText('發證／結案');
  await context.setOffline(true);
  await page.goto(`${hub.url}/C/${completed.token}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的案件');
  await expect(page.locator('#offline')).toBeVisible();
  await expect(page.locator('#case-list li')).toHaveCount(1);
  await expect(page.locator('#case-list li b')).toHaveText('TN1150002發證／結案');
  await context.setOffline(false);
});
