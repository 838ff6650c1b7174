import { expect, test } from './support/harness';
import { ADMIN, AppPage } from './pages/app-page';
import { arrangeAdmin } from './pages/arrange';
import { ShellPage } from './pages/shell-page';

test('a counter user made in 系統設定 sees only their areas; 系統設定 says 無權限', async ({ page, harness }) => {
  const app = new AppPage(page);
  const shell = new ShellPage(page);
  await arrangeAdmin(harness);
  await harness.open(page);
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();

  // An area not built yet says so honestly.
  await page.keyboard.press('Alt+8');
  await expect(page.getByTestId('area-placeholder')).toContainText('此功能將於後續版本提供');
  await expect(page.getByTestId('area-placeholder')).toContainText('節省往返時數');
  await harness.screenshot(page, 'area-placeholder');

  // The admin creates a counter clerk with an initial password, keyboard first.
  await page.keyboard.press('Alt+9');
  await expect(page).toHaveURL(/#\/settings\/units$/);
  await shell.openSettingsTab('人員');
  await page.getByTestId('staff-add').click();
  const dialog = shell.dialog('新增人員');
  await expect(dialog.getByLabel('姓名', { exact: true })).toBeFocused();
  await dialog.getByLabel('姓名', { exact: true }).fill('林櫃台');
  await dialog.getByLabel('登入帳號').fill('counter1');
  await shell.pick(dialog, '單位', '第二課');
  await dialog.getByLabel('櫃台人員').check();
  await dialog.getByLabel('初始密碼', { exact: true }).fill('counter password 1');
  await dialog.getByLabel('確認初始密碼').fill('counter password 1');
  await harness.screenshot(page, 'settings-staff-form');
  await dialog.getByLabel('確認初始密碼').press('Enter');
  await expect(dialog).toBeHidden();
  const row = shell.row('counter1');
  await expect(row).toContainText('林櫃台');
  await expect(row).toContainText('第二課');
  await expect(row).toContainText('櫃台人員');
  await expect(row).toContainText('已設定');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 8000 });
  await harness.screenshot(page, 'settings-staff');

  await shell.signOut();
  await app.login('counter1', 'counter password 1');
  await app.expectShell();
  await expect(page.getByTestId('status-roles')).toHaveText('櫃台人員');
  await expect(page.getByTestId('status-bar')).toContainText('第二課');
  await expect(shell.nav()).toHaveText([/首頁/, /櫃台服務/, /案件與標籤/, /紀錄陳核/]);
  await harness.screenshot(page, 'shell-counter');

  await shell.openArea('案件與標籤');
  await expect(page.getByTestId('case-search')).toBeFocused();

  // Alt+9 does nothing for a counter clerk; a direct address shows 無權限.
  await page.keyboard.press('Alt+9');
  await expect(page).toHaveURL(/#\/cases$/);
  await page.goto(`${page.url().split('#')[0]}#/settings/staff`);
  await expect(page.getByTestId('forbidden')).toContainText('無權限');
  await expect(page.getByTestId('forbidden')).toContainText('您的角色（櫃台人員）無法使用「系統設定」');
  await harness.screenshot(page, 'forbidden');

  // Main refuses the call anyway, whatever the renderer shows.
  const refused = await page.evaluate(() =>
    (window as unknown as { api: { audit: { verify: (i: object) => Promise<unknown> } } }).api.audit.verify({}),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
