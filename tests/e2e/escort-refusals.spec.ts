import { expect, test } from './support/harness';
import { quiet, signIn } from './pages/app-page';
import { arrangeAdmin, arrangeOk, arrangeStaff } from './pages/arrange';
import { arrangeAssign, arrangeVisit, todayKey } from './pages/arrange-visits';
import { CounterPage } from './pages/counter-page';
import { ShellPage } from './pages/shell-page';

const PW = 'staff password 1';

test.beforeEach(async ({ harness }) => {
  await arrangeAdmin(harness);
  await arrangeStaff(harness, { name: '林櫃台', username: 'counter1', password: PW, roles: ['counter'], unitId: 'unit-s6' });
});

test('intake: empty and absurd fields, an invalid 統一編號; hostile names stay text; a refusal keeps every value', async ({
  page,
  harness,
}) => {
  const counter = new CounterPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page, harness, 'counter1', PW);
  await counter.open();

  // Nothing typed: Enter names every missing field, and nothing is registered.
  await counter.field('來洽人姓名').press('Enter');
  await expect(counter.intake()).toContainText('請輸入來洽人姓名');
  await expect(counter.intake()).toContainText('請輸入聯絡電話');
  await expect(counter.intake()).toContainText('請至少選擇一項洽辦業務');
  await expect(page.getByTestId('fig-visitors')).toContainText('0 人');

  // Absurd values are named at once, in Chinese.
  await counter.field('聯絡電話').fill('call me maybe');
  await counter.field('聯絡電話').blur();
  await expect(counter.intake()).toContainText('電話限 6–20 個字元');
  await counter.field('統一編號').fill('12345678');
  await expect(counter.intake()).toContainText('統一編號檢查碼不正確，請再核對一次');
  await counter.field('統一編號').fill('1234');
  await counter.field('統一編號').blur();
  await expect(counter.intake()).toContainText('統一編號為 8 位數字');
  await counter.field('統一編號').fill('04595257');
  await counter.field('統一編號').blur();
  await expect(counter.intake()).not.toContainText('統一編號為 8 位數字');
  await counter.field('來洽人姓名').press('Enter');
  await expect(counter.intake()).toContainText('填寫統一編號時，請一併填寫公司名稱');

  // A hostile name is taken as it is and shown as text.
  const hostile = `<img src=x onerror=alert(1)>\u202e𠮷${'長'.repeat(40)}`;
  await counter.field('統一編號').fill('');
  await counter.fill({ name: hostile, phone: '02 2343-1700', items: ['E02'] });
  await counter.submitWithEnter();
  await expect(counter.waitingRow('𠮷').getByTestId('visitor-name')).toHaveText(hostile);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const table = await page.getByTestId('waiting-table').boundingBox();
  expect((table?.x ?? 0) + (table?.width ?? 0)).toBeLessThanOrEqual(1366);

  // Two known companies; the counter picks one, then types the other's 統一編號: main refuses,
  // and every value stays on the form.
  await arrangeVisit(harness, { name: '甲', items: ['item-e01'], company: { name: '甲電器有限公司', ubn: '04595257' } });
  await arrangeVisit(harness, { name: '乙', items: ['item-e01'], company: { name: '乙機械有限公司', ubn: '22099131' } });
  await counter.field('來洽人姓名').fill('王小明');
  await counter.field('聯絡電話').fill('0912345678');
  await counter.field('公司／單位名稱').pressSequentially('甲電器');
  await page.getByTestId('lookup-company').filter({ hasText: '甲電器有限公司' }).click();
  await expect(counter.field('統一編號')).toHaveValue('04595257');
  await counter.field('統一編號').fill('22099131');
  await page.keyboard.press('Escape');
  await counter.pickItem('E01');
  await counter.pickItem('M01');
  await counter.submitWithEnter();
  await expect(counter.intake().getByRole('alert')).toContainText('此統一編號已登錄於另一家公司');
  await expect(counter.field('來洽人姓名')).toHaveValue('王小明');
  await expect(counter.field('聯絡電話')).toHaveValue('0912345678');
  await expect(counter.field('公司／單位名稱')).toHaveValue('甲電器有限公司');
  await expect(counter.field('統一編號')).toHaveValue('22099131');
  await expect(counter.intake().locator('.ant-select-selection-item')).toHaveCount(2);
  await expect(counter.ruleHint()).toContainText('需指派專人（跨 2 個單位）');
  expect(dialogs).toEqual([]);
});

test('a returning visitor is found as the counter types, and filled in', async ({ page, harness }) => {
  const counter = new CounterPage(page);
  await arrangeVisit(harness, { name: '陳阿姨', items: ['item-e01'], company: { name: '阿姨電器行', ubn: '04595257' } });
  await signIn(page, harness, 'counter1', PW);
  await counter.open();
  await counter.field('來洽人姓名').pressSequentially('陳阿');
  await page.getByTestId('lookup-visitor').filter({ hasText: '陳阿姨' }).click();
  await expect(counter.field('來洽人姓名')).toHaveValue('陳阿姨');
  await expect(counter.field('聯絡電話')).toHaveValue('0912345678');
  await expect(counter.field('公司／單位名稱')).toHaveValue('阿姨電器行');
  await expect(counter.field('統一編號')).toHaveValue('04595257');
});

test('an escort already busy is refused with the Chinese message; someone away is not offered', async ({ page, harness }) => {
  const counter = new CounterPage(page);
  const escortA = await arrangeStaff(harness, { name: '甲專人', username: 'escorta', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  const escortB = await arrangeStaff(harness, { name: '乙專人', username: 'escortb', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  await arrangeStaff(harness, { name: '丙專人', username: 'escortc', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  await arrangeOk(harness, 'absence:save', { staffId: escortB, dayKey: todayKey(), reason: '休假' });
  await signIn(page, harness, 'counter1', PW);
  await counter.open();
  await counter.fill({ name: '王小明', phone: '0912345678', items: ['E01', 'M01'] });
  await counter.submitWithEnter();
  const assign = counter.assignDialog();
  await expect(assign.getByTestId('suggestion').filter({ hasText: '乙專人' })).toContainText('請假／公出');
  await expect(assign.getByTestId('suggestion').filter({ hasText: '乙專人' })).toBeDisabled();
  const key = await counter.keyOf('甲專人');

  // Meanwhile another counter gives 甲專人 to someone else.
  const other = await arrangeVisit(harness, { name: '李大華' });
  await arrangeAssign(harness, other, escortA);

  await page.keyboard.press(key);
  await expect(assign.getByRole('alert')).toHaveText('這位同仁正在陪同另一位來洽人，請改派其他同仁，或待其服務結束後再指派。');
  await expect(assign.getByTestId('suggestion').filter({ hasText: '甲專人' })).toContainText('陪同中');
  await expect(assign.getByTestId('suggestion').filter({ hasText: '甲專人' })).toBeDisabled();
  await quiet(page);
  await harness.screenshot(page, 'escort-assign-refused');
  // The first free colleague takes the visitor with Enter.
  await page.keyboard.press('Enter');
  await expect(assign).toBeHidden();
  await expect(counter.activeRow('王小明')).toContainText('丙專人');

  // Reassigning from the visit detail needs a reason, and keeps the history (with names from main).
  await arrangeStaff(harness, { name: '丁專人', username: 'escortd', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  await counter.openVisit('王小明');
  await counter.drawer().getByRole('button', { name: '改派專人' }).click();
  const reassign = counter.dialog('改派專人');
  await expect(reassign.getByLabel('改派給')).toBeFocused();
  await new ShellPage(page).pick(reassign, '改派給', '丁專人');
  await reassign.getByRole('button', { name: '改派' }).click();
  await expect(reassign).toContainText('請輸入改派原因');
  await reassign.getByLabel('改派原因').fill('丙專人臨時支援檢驗');
  await reassign.getByRole('button', { name: '改派' }).click();
  await expect(reassign).toBeHidden();
  await expect(counter.drawer().getByTestId('visit-facts')).toContainText('丁專人');
  await expect(counter.drawer().getByTestId('reassignment')).toContainText('丙專人 → 丁專人：丙專人臨時支援檢驗');
});

test('a stop that ends before it starts is refused and nothing typed is lost; an open stop blocks finishing', async ({
  page,
  harness,
}) => {
  const counter = new CounterPage(page);
  const escort = await arrangeStaff(harness, { name: '甲專人', username: 'escorta', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  const visitId = await arrangeVisit(harness, { name: '王小明' });
  await arrangeAssign(harness, visitId, escort);
  await signIn(page, harness, 'escorta', PW);
  await counter.open();
  await page.getByTestId('my-visit-open').click();
  await counter.startStop('第一課', 'E01');

  await counter.drawer().getByTestId('stop-end').click();
  const end = counter.dialog('結束此站');
  await end.getByLabel('結束時間').fill('25:99');
  await end.getByLabel('結束時間').press('Enter');
  await expect(end).toContainText('請以 24 小時制輸入時間，例如 14:05');
  await end.getByLabel('結束時間').fill('00:00');
  await end.getByText('待補件', { exact: true }).click();
  await end.getByLabel('備註').fill('缺型式試驗報告');
  await end.getByRole('button', { name: '結束此站' }).click();
  await expect(end.getByRole('alert')).toHaveText('這一站的結束時間早於開始時間，請將結束時間改為開始時間之後。');
  await expect(end.getByLabel('結束時間')).toHaveValue('00:00');
  await expect(end.getByLabel('備註')).toHaveValue('缺型式試驗報告');
  await expect(end.getByRole('radio', { name: '待補件' })).toBeChecked();
  await end.getByRole('button', { name: '取消' }).click();
  await expect(end).toBeHidden();

  // Finishing with the stop still open is refused by main, in Chinese.
  await counter.drawer().getByTestId('visit-finish').click();
  const finish = counter.dialog('完成服務');
  await finish.getByRole('button', { name: '完成服務' }).click();
  await expect(finish.getByRole('alert')).toHaveText('尚有未結束的站，請先按「結束此站」，再完成服務。');
});
