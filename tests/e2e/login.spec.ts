import { expect, test } from './support/harness';
import { ADMIN, AppPage } from './pages/app-page';
import { arrangeAdmin } from './pages/arrange';

test.beforeEach(async ({ harness }) => {
  await arrangeAdmin(harness);
});

test('a wrong password is refused with a clear message; the right one opens the shell', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.open(page);
  await expect(page.getByRole('heading', { name: '登入' })).toBeVisible();
  await expect(app.field('帳號')).toBeFocused();
  await harness.screenshot(page, 'login');

  await app.login(ADMIN.username, 'wrong password!');
  await expect(app.loginError()).toHaveText('帳號或密碼錯誤，請再試一次。連續輸入錯誤多次將暫停登入。');
  // The username stays, the password is cleared and focused for the next try.
  await expect(app.field('帳號')).toHaveValue(ADMIN.username);
  await expect(app.field('密碼')).toHaveValue('');
  await expect(app.field('密碼')).toBeFocused();
  await harness.screenshot(page, 'login-error');

  await app.field('密碼').fill(ADMIN.password);
  await app.field('密碼').press('Enter');
  await app.expectShell();
  await expect(page.getByTestId('status-user')).toContainText(ADMIN.name);

  // A reload keeps the session (main holds it), and signing out returns to the login screen.
  await page.reload();
  await app.expectShell();
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '登出' }).click();
  await expect(page.getByRole('heading', { name: '登入' })).toBeVisible();
});

test('repeated failures lock sign-in out, with the wait in seconds', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.open(page);
  for (let i = 1; i <= 4; i += 1) {
    await app.login(ADMIN.username, `wrong-${i}`);
    await expect(app.loginError()).toContainText('帳號或密碼錯誤');
  }
  await app.login(ADMIN.username, 'wrong-5');
  await expect(app.loginError()).toHaveText(/^登入失敗次數過多，請於 30 秒後再試。若忘記密碼，請洽系統管理者重新設定。$/);
  // Even the right password waits out the lock-out.
  await app.login(ADMIN.username, ADMIN.password);
  await expect(app.loginError()).toContainText(/登入失敗次數過多，請於 \d+ 秒後再試/);
  await expect(page.getByTestId('status-bar')).toHaveCount(0);
});

test('the language switch turns the UI to English and is remembered', async ({ page, harness }) => {
  await harness.open(page);
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '登入' })).toBeVisible();
});
