import { expect, test } from './support/harness';
import { ADMIN, AppPage, settle } from './pages/app-page';

test('first run: the set-up screen creates the first administrator and signs them in', async ({ page, harness }) => {
  const app = new AppPage(page);
  // The strict CSP holds and nothing fails quietly: no console errors at all.
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await harness.open(page);
  await expect(page.getByRole('heading', { name: '首次使用設定' })).toBeVisible();
  await expect(app.field('姓名')).toBeFocused();

  // Too-short and mismatched passwords are refused in Chinese before anything reaches main.
  await app.field('密碼').fill('short');
  await app.field('確認密碼').fill('different');
  await app.submitSetup();
  await expect(page.getByText('密碼至少需 10 個字元')).toBeVisible();
  await expect(page.getByText('兩次輸入的密碼不一致')).toBeVisible();
  await expect(page.getByText('請輸入姓名')).toBeVisible();

  await app.setup();
  await expect(page.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await harness.screenshot(page, 'setup');
  await app.submitSetup();

  await app.expectShell();
  await expect(page.getByTestId('status-user')).toHaveText(`${ADMIN.name}（${ADMIN.username}）`);
  await expect(page.getByTestId('status-roles')).toHaveText('系統管理者');
  await expect(page.getByTestId('status-bar')).toContainText(ADMIN.unit);
  await expect(page.getByTestId('status-sync')).toContainText('未設定同步伺服器（僅本機使用）· 待同步');
  await expect(page.getByTestId('home-greeting')).toContainText(ADMIN.name);
  // An admin sees home, cases (imports, test labels), sign-off (an admin may be appointed a signing deputy), reports and settings.
  await expect(page.getByRole('navigation').getByRole('menuitem')).toHaveText([/首頁/, /案件與標籤/, /紀錄陳核/, /績效報表/, /系統設定/]);
  await harness.screenshot(page, 'shell-home-admin');

  // The shortcut help lists what this person can reach.
  await page.getByRole('button', { name: '快捷鍵說明' }).click();
  const help = page.getByRole('dialog');
  await expect(help).toContainText('前往「系統設定」');
  await expect(help).toContainText('Ctrl+L');
  await expect(help).not.toContainText('櫃台服務');
  await settle(page);
  await harness.screenshot(page, 'shortcuts');
  await page.keyboard.press('Escape');

  // English, as a second language, throughout the shell.
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByTestId('status-roles')).toHaveText('Administrator');
  await expect(page.getByRole('navigation').getByRole('menuitem')).toHaveText([/Home/, /Cases/, /Sign-off/, /Performance/, /Settings/]);
  await harness.screenshot(page, 'shell-home-en');
  await page.getByText('中文', { exact: true }).click();

  // After a restart set-up is not offered again: the login screen is.
  harness.restart();
  await harness.open(page);
  await expect(page.getByRole('heading', { name: '登入' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
