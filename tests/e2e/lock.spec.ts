import { expect, test } from './support/harness';
import { ADMIN, AppPage } from './pages/app-page';
import { arrangeAdmin } from './pages/arrange';
import { ShellPage } from './pages/shell-page';

test('Ctrl+L locks the screen; unlocking keeps unsaved input', async ({ page, harness }) => {
  const app = new AppPage(page);
  const shell = new ShellPage(page);
  await arrangeAdmin(harness);
  await harness.open(page);
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();
  await page.goto(`${page.url().split('#')[0]}#/settings/staff`);
  await page.getByTestId('staff-add').click();
  const dialog = shell.dialog('新增人員');
  await dialog.getByLabel('姓名', { exact: true }).fill('尚未儲存的姓名');

  await page.keyboard.press('Control+l');
  await expect(app.lockScreen()).toBeVisible();
  await expect(app.lockScreen()).toContainText('畫面已鎖定');
  await expect(app.lockScreen()).toContainText(`${ADMIN.name}（${ADMIN.username}）`);
  await expect(app.lockScreen().getByLabel('請輸入密碼以解鎖')).toBeFocused();
  // Main agrees: every call is refused until unlocked.
  const refused = await page.evaluate(() =>
    (window as unknown as { api: { staff: { list: (i: object) => Promise<unknown> } } }).api.staff.list({}),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'session_locked' } });
  await harness.screenshot(page, 'lock');

  await app.unlock('wrong password');
  await expect(app.lockScreen().getByRole('alert')).toHaveText('密碼錯誤，請再試一次。連續錯誤多次將登出，需重新登入。');
  await app.unlock(ADMIN.password);
  await expect(app.lockScreen()).toBeHidden();
  await expect(dialog.getByLabel('姓名', { exact: true })).toHaveValue('尚未儲存的姓名');
});

test('no input for the idle limit locks the screen by itself', async ({ page, harness }) => {
  const app = new AppPage(page);
  await arrangeAdmin(harness);
  await page.clock.install();
  await harness.open(page);
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();
  await page.clock.fastForward('09:00');
  await expect(app.lockScreen()).toBeHidden();
  await page.clock.runFor('01:30');
  await expect(app.lockScreen()).toBeVisible();
  await expect(app.lockScreen()).toContainText('閒置超過 10 分鐘，系統已自動鎖定畫面以保護資料。');
  await app.unlock(ADMIN.password);
  await expect(app.lockScreen()).toBeHidden();
});

test('a call that main refuses as locked shows the lock screen; sign-out from it returns to login', async ({
  page,
  harness,
}) => {
  const app = new AppPage(page);
  await arrangeAdmin(harness);
  let mainOffsetMs = 0;
  harness.restart({ now: () => new Date(Date.now() + mainOffsetMs) });
  await harness.open(page);
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();
  // Main's own clock moves past the idle limit (the renderer saw input meanwhile, so it did not lock).
  mainOffsetMs = 11 * 60_000;
  await page.goto(`${page.url().split('#')[0]}#/settings/staff`);
  await expect(app.lockScreen()).toBeVisible();
  await app.lockScreen().getByRole('button', { name: '登出，改用其他帳號' }).click();
  await expect(page.getByRole('heading', { name: '登入' })).toBeVisible();
});

test('a session main no longer knows (app restarted) goes back to login with a notice', async ({ page, harness }) => {
  const app = new AppPage(page);
  await arrangeAdmin(harness);
  await harness.open(page);
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();
  harness.restart();
  await page.goto(`${page.url().split('#')[0]}#/settings/staff`);
  await expect(page.getByRole('heading', { name: '登入' })).toBeVisible();
  await expect(page.getByText('您的登入已結束，請重新登入。')).toBeVisible();
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();
  // The same person returns to where they were.
  await expect(page).toHaveURL(/#\/settings/);
});
