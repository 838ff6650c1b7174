import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { expect, test } from './support/harness';
import type { Harness } from './support/harness';
import { AppPage, quiet, settle, signIn } from './pages/app-page';
import { arrangeAdmin, arrangeOk, arrangeStaff } from './pages/arrange';
import { ShellPage } from './pages/shell-page';
import { SignoffPage } from './pages/signoff-page';

const PW = 'staff password 1';
const COMPANY = '大同電機工業股份有限公司';

/** Taiwan day keys: today, and the Monday of next week (every day of next week is in the future). */
const DAY_MS = 86_400_000;
const taipeiDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const nextMonday = (): string => {
  const today = taipeiDay(Date.now());
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return taipeiDay(Date.parse(`${today}T12:00:00+08:00`) + (7 - weekday) * DAY_MS);
};
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const roc = (day: string) => `${Number(day.slice(0, 4)) - 1911}/${day.slice(5, 7)}/${day.slice(8, 10)}`;

const dialog = (page: Page, title: string | RegExp): Locator =>
  page.getByRole('dialog').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });

/** A one-page PDF standing in for a regulation's file. */
const writeRegulationPdf = async (dir: string): Promise<string> => {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('CNS 3765 test copy', { x: 72, y: 760, size: 14 });
  const file = path.join(dir, 'cns-3765.pdf');
  fs.writeFileSync(file, await doc.save());
  return file;
};

/** A car request straight through the dispatcher (the arranging administrator, 王大明), on `day` from/to Taiwan times. */
const arrangeCarRequest = (
  harness: Harness,
  r: { day: string; from: string; to: string; destination: string; purpose: string; passengers: string[]; driverNeeded: boolean; preferredVehicleId: string | null },
) =>
  arrangeOk(harness, 'vehicleRequest:create', {
    visitId: null,
    unitId: 'unit-s1',
    startAt: new Date(`${r.day}T${r.from}:00+08:00`).toISOString(),
    endAt: new Date(`${r.day}T${r.to}:00+08:00`).toISOString(),
    destination: r.destination,
    purpose: r.purpose,
    passengers: r.passengers,
    driverNeeded: r.driverNeeded,
    preferredVehicleId: r.preferredVehicleId,
  });

/** Other visits of next week, so the calendar has a realistic week (and two warnings) to show. */
const arrangeWeek = async (harness: Harness, monday: string, ids: { wang: string; chen: string; lin: string }) => {
  const visit = async (company: string, address: string, day: string, start: string, end: string, inspectorIds: string[], occasion = 'violation') =>
    arrangeOk(harness, 'visit:create', {
      requestId: null,
      occasion,
      unitId: 'unit-s1',
      company: { name: company, ubn: null },
      contactName: '',
      contactPhone: '',
      address,
      category: 'electrical',
      purpose: '',
      inspectorIds,
      slot: { dayKey: day, startTime: start, endTime: end },
    });
  await visit('聲寶電機股份有限公司', '台南市安南區工業一路12號', monday, '09:00', '11:30', [ids.chen], 'sampling');
  await visit('台灣松下電機股份有限公司', '台南市永康區中正南路5號', monday, '14:00', '16:00', [ids.chen, ids.lin], 'certification');
  await visit('永信機械有限公司', '台南市新市區大營路8號', plusDays(monday, 1), '10:00', '12:00', [ids.lin]);
  // Overlaps the main visit's inspector on Wednesday (double-booked), and one in another county that day (far apart).
  await visit('東元電機股份有限公司', '台南市官田區工業路3號', plusDays(monday, 2), '10:00', '11:00', [ids.wang]);
  await visit('嘉新食品有限公司', '嘉義縣民雄鄉建國路2段1號', plusDays(monday, 2), '14:00', '15:30', [ids.wang], 'accident');
  await visit('大億金茂股份有限公司', '台南市仁德區中山路600號', plusDays(monday, 3), '09:30', '10:30', [ids.chen]);
  await visit('南亞塑膠工業股份有限公司', '台南市仁德區二仁路一段', plusDays(monday, 3), '09:30', '11:00', [ids.lin], 'sampling');
  await visit('統一企業股份有限公司', '台南市永康區中正路301號', plusDays(monday, 4), '13:30', '16:30', [ids.chen, ids.wang], 'certification');
  await visit('奇美食品股份有限公司', '台南市仁德區太子路', plusDays(monday, 4), '08:30', '10:00', [ids.lin], 'sampling');
  await visit('光寶科技股份有限公司', '台南市新營區長榮路', plusDays(monday, 4), '10:30', '12:00', [ids.lin]);
  await visit('中華汽車工業股份有限公司', '台南市新市區中華路', plusDays(monday, 4), '09:00', '10:00', [ids.chen]);
};

test('request → scheduled visit → kit → car approved by the secretariat → 附件1 → signed; an overlapping car is refused', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  const shell = new ShellPage(page);
  const signoff = new SignoffPage(page);
  const monday = nextMonday();
  const wednesday = plusDays(monday, 2);

  await arrangeAdmin(harness);
  const wang = await arrangeStaff(harness, { name: '王檢驗', username: 'insp1', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  const chen = await arrangeStaff(harness, { name: '陳檢驗', username: 'insp2', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  const lin = await arrangeStaff(harness, { name: '林技正', username: 'insp3', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  await arrangeStaff(harness, { name: '張課長', username: 'chief1', password: PW, roles: ['chief'], unitId: 'unit-s1' });
  await arrangeStaff(harness, { name: '李秘書', username: 'sec1', password: PW, roles: ['secretariat'], unitId: 'unit-sec' });
  await arrangeOk(harness, 'settings:setPublicUrl', { url: 'https://e.bsmi.example' });
  await arrangeOk(harness, 'vehicle:save', { plate: 'AKA-1234', model: 'Toyota Altis', seats: 5, active: true });
  await arrangeOk(harness, 'vehicle:save', { plate: 'BKB-5678', model: 'Toyota Previa', seats: 7, active: true });
  await arrangeOk(harness, 'regulation:save', {
    title: '電冰箱能源效率分級標示',
    number: 'CNS 3765',
    version: '2024',
    effectiveDate: '2025-01-01',
    category: 'electrical',
    filePath: await writeRegulationPdf(harness.dataDir),
  });
  await arrangeWeek(harness, monday, { wang, chen, lin });

  // The inspector logs a phone request; the 統一編號 is checked as it is typed.
  await signIn(page, harness, 'insp1', PW);
  await page.keyboard.press('Alt+2');
  await expect(page).toHaveURL(/#\/visits\/calendar/);
  await page.getByTestId('visits-new-request').click();
  const req = dialog(page, '登錄請求');
  await req.getByLabel('業者名稱').fill(COMPANY);
  await req.getByLabel('統一編號').fill('22099132');
  await expect(req).toContainText('統一編號檢查碼不正確');
  await req.getByLabel('統一編號').press('Tab');
  await expect(req).toContainText('統一編號檢查碼不正確');
  await req.getByLabel('統一編號').fill('22099131');
  await expect(req).toContainText('統一編號檢查碼正確');
  await req.getByLabel('聯絡人').fill('林經理');
  await req.getByLabel('聯絡電話').fill('06-2345678');
  await req.getByLabel('地址').fill('台南市永康區中正北路100號');
  await req.getByLabel('咨詢內容').fill('新型電冰箱的能源效率標示規定，想請同仁到廠說明。');
  await req.getByRole('button', { name: '登錄請求' }).click();
  await expect(req).toBeHidden();

  // From the request, a visit on Wednesday next week; a date in the past is refused before it is sent.
  await page.getByTestId('visits-tab-requests').click();
  const row = page.getByTestId('requests-table').locator('.ant-table-row', { hasText: COMPANY });
  await row.getByTestId('request-make-visit').click();
  const form = dialog(page, `安排訪廠：${COMPANY}`);
  await expect(form.getByTestId('inspector-select')).toContainText('王檢驗');
  await form.getByLabel('日期', { exact: true }).fill('2020-01-02');
  await form.getByLabel('開始').fill('09:00');
  await form.getByLabel('結束').fill('08:00');
  await form.getByRole('button', { name: '儲存' }).click();
  await expect(form).toContainText('這個時間已經過去，請選擇之後的時間');
  await expect(form).toContainText('結束時間須晚於開始時間');
  await form.getByLabel('日期', { exact: true }).fill(wednesday);
  await form.getByLabel('結束').fill('11:00');
  await form.getByRole('button', { name: '儲存' }).click();
  await expect(page).toHaveURL(/#\/visits\/visit\//);
  await expect(page.getByTestId('visit-heading')).toHaveText(`訪廠：${COMPANY}`);
  await expect(page.getByTestId('visit-when')).toContainText('09:00–11:00');
  // 王檢驗 has another visit at 10:00 that day and one in 嘉義縣: both are said.
  await expect(page.getByTestId('visit-warnings')).toContainText('有時間重疊的訪廠');
  await page.getByTestId('visit-warnings').getByTestId('warnings-toggle').click();
  await expect(page.getByTestId('visit-warnings')).toContainText('不同縣市');
  const visitUrl = page.url();

  // One click prints the kit; it opens in the system viewer.
  await page.getByTestId('visit-kit').click();
  await expect(page.getByTestId('kit-done')).toContainText('到廠服務資料已產生');
  expect(harness.openedFiles).toHaveLength(1);
  const kit = harness.openedFiles[0] ?? '';
  expect(kit).toMatch(/\.pdf$/);
  expect(fs.readFileSync(kit).subarray(0, 5).toString()).toBe('%PDF-');

  // A car, prefilled from the visit.
  await page.getByTestId('visit-request-car').click();
  const car = dialog(page, '使用汽車申請單');
  await expect(car).toContainText('已依訪廠資料帶入');
  await expect(car.getByLabel('前往地點')).toHaveValue(/台南市永康區中正北路100號/);
  await expect(car.getByLabel('用車日期')).toHaveValue(wednesday);
  await settle(page);
  await harness.screenshot(page, 'vehicle-request');
  await car.getByRole('button', { name: '送出申請' }).click();
  await expect(car).toBeHidden();
  await expect(page.getByTestId('visit-cars').locator('.ant-table-row')).toContainText('待核准');

  // The calendar, next week: move the visit half an hour by keyboard, then an hour by mouse.
  await page.getByTestId('visit-back').click();
  await page.getByRole('button', { name: '下一段' }).click();
  await expect(page.getByTestId('cal-period')).toHaveText(`${roc(monday)} – ${roc(plusDays(monday, 6))}`);
  const block = () => page.getByTestId('cal-visit').filter({ hasText: COMPANY });
  await expect(block()).toContainText('09:00–11:00');
  await expect(page.getByTestId('cal-warnings')).toContainText('排程提醒（2）');
  await block().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('cal-move-bar')).toContainText(`改期為 ${roc(wednesday)} 09:30–11:30？`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cal-move-bar')).toBeHidden();
  await expect(block()).toContainText('09:30–11:30');
  const box = await block().boundingBox();
  if (!box) throw new Error('the visit is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 30, { steps: 4 });
  // 42 px is an hour on the grid.
  await page.mouse.move(box.x + box.width / 2, box.y + 10 + 42, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('cal-move-bar')).toContainText(`${roc(wednesday)} 10:30–12:30`);
  await page.getByTestId('cal-move-confirm').click();
  await expect(block()).toContainText('10:30–12:30');
  await quiet(page);
  await harness.screenshot(page, 'visits-calendar-week');
  await page.getByTestId('cal-view-month').click();
  await expect(page.getByTestId('cal-month')).toBeVisible();
  await expect(page.getByTestId('cal-day').filter({ has: page.getByTestId('cal-more') })).toContainText('+2 筆');
  await quiet(page);
  await harness.screenshot(page, 'visits-calendar-month');
  // "+2 筆" opens that day, one column per inspector busy that day; W goes back to the week.
  await page.getByTestId('cal-more').click();
  await expect(page.getByTestId('visit-calendar')).toHaveAttribute('data-view', 'day');
  await expect(page.getByTestId('cal-colhead')).toHaveText(['王檢驗', '林技正', '陳檢驗']);
  await quiet(page);
  await harness.screenshot(page, 'visits-calendar-day');
  await page.keyboard.press('w');
  await expect(page.getByTestId('visit-calendar')).toHaveAttribute('data-view', 'week');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('cal-period')).toHaveText(`${roc(plusDays(monday, -7))} – ${roc(plusDays(monday, -1))}`);
  await shell.signOut();

  // Another request for the same afternoon, by a colleague (arranged).
  await arrangeCarRequest(harness, {
    day: wednesday,
    from: '10:00',
    to: '13:00',
    destination: '嘉義縣民雄鄉',
    purpose: '事故後續訪查',
    passengers: ['陳檢驗'],
    driverNeeded: true,
    preferredVehicleId: null,
  });

  // The secretariat approves the visit's car, and is refused the same car for the overlapping request.
  await signIn(page, harness, 'sec1', PW);
  await page.keyboard.press('Alt+3');
  await expect(page).toHaveURL(/#\/vehicles\/queue/);
  const pending = page.getByTestId('queue-pending');
  await expect(pending.locator('.ant-table-row')).toHaveCount(2);
  await quiet(page);
  await harness.screenshot(page, 'secretariat-queue');
  await pending.locator('.ant-table-row', { hasText: '王檢驗' }).getByTestId('queue-approve').click();
  const approve = dialog(page, '核准派車：王檢驗');
  await approve.getByTestId('approve-car').filter({ hasText: 'AKA-1234' }).click();
  await approve.getByLabel('駕駛').fill('黃駕駛');
  await approve.getByRole('button', { name: '核准派車' }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByTestId('queue-approved').locator('.ant-table-row')).toContainText('AKA-1234');
  await pending.locator('.ant-table-row', { hasText: '嘉義縣民雄鄉' }).getByTestId('queue-approve').click();
  const second = dialog(page, '核准派車：王大明');
  await expect(second.getByTestId('approve-car').filter({ hasText: 'AKA-1234' })).toContainText('此時段已有派車');
  await second.getByTestId('approve-car').filter({ hasText: 'AKA-1234' }).click();
  await second.getByLabel('駕駛').fill('吳駕駛');
  await second.getByRole('button', { name: '核准派車' }).click();
  await expect(second.locator('.ant-alert-error')).toContainText('已派給 王檢驗');
  await expect(second.locator('.ant-alert-error')).toContainText('請改派其他車輛或調整用車時間');
  await second.getByTestId('approve-car').filter({ hasText: 'BKB-5678' }).click();
  await second.getByRole('button', { name: '核准派車' }).click();
  await expect(second).toBeHidden();
  const approved = page.getByTestId('queue-approved').locator('.ant-table-row');
  await expect(approved).toHaveCount(2);
  await expect(approved.filter({ hasText: '王檢驗' })).toContainText('AKA-1234');
  await expect(approved.filter({ hasText: '王大明' })).toContainText('BKB-5678');
  await shell.signOut();

  // The inspector fills 附件1: submitting too early names what is missing; what is typed is kept.
  await signIn(page, harness, 'insp1', PW);
  await page.goto(`${visitUrl}/record`);
  const sheet = page.getByTestId('visit-sheet');
  await expect(sheet).toContainText(COMPANY);
  await page.getByTestId('visit-record-submit').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '送陳核' }).click();
  await expect(page.getByTestId('visit-record-error')).toContainText('服務類別');
  await expect(page.getByTestId('visit-record-error')).toContainText('服務人次');
  await sheet.getByLabel('服務類別').getByText('法規咨詢').click();
  await sheet.getByLabel('服務內容摘要').fill('說明電冰箱能源效率分級標示新制與檢驗程序，並提供 CNS 3765 條文。');
  await sheet.getByLabel('是否推廣 e點通').getByText('是，已教導業者以手機查詢案件').click();
  await sheet.getByLabel('服務人次').fill('3');
  await sheet.getByLabel('業者意見').fill('說明清楚，省去往返分局。');
  await expect(page.getByTestId('record-saved')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('visit-sheet').getByLabel('服務內容摘要')).toHaveValue(/能源效率分級標示新制/);
  await expect(page.getByTestId('visit-sheet').getByLabel('服務人次')).toHaveValue('3');
  await page.getByTestId('visit-sheet').getByLabel('服務類別').scrollIntoViewIfNeeded();
  await quiet(page);
  await harness.screenshot(page, 'visit-record');
  await page.getByTestId('visit-record-submit').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '送陳核' }).click();
  await expect(page.getByTestId('visit-record-open-signoff')).toBeVisible();
  await expect(page.getByTestId('visit-sheet')).toContainText('■法規咨詢');
  await shell.signOut();

  // The chief signs it in 紀錄陳核, where it shows as 附件1.
  await signIn(page, harness, 'chief1', PW);
  await signoff.open('待我核章');
  await signoff.queueRow('queue-to-sign', COMPANY).click();
  await expect(page.getByTestId('record-heading')).toHaveText(`主動到府關心行動服務紀錄表（${COMPANY}）`);
  await expect(page.getByTestId('visit-sheet')).toContainText('說明清楚，省去往返分局。');
  const sign = await signoff.sign(PW);
  await expect(sign).toBeHidden();
  await expect(signoff.status()).toHaveText('已核定');
  await expect(page.getByTestId('sheet-signer')).toContainText('張課長');
  // The signed 附件1 opens as an A4 PDF, like any record sheet.
  await signoff.button('record-open-pdf').click();
  await expect.poll(() => harness.openedFiles.length).toBe(2);
  expect(fs.readFileSync(harness.openedFiles[1] ?? '').subarray(0, 5).toString()).toBe('%PDF-');
});

test('answers without a visit, a visit waiting for a date, an inspector on leave, a preferred car already held', async ({ page, harness }) => {
  const monday = nextMonday();
  const tuesday = plusDays(monday, 1);
  await arrangeAdmin(harness);
  const wang = await arrangeStaff(harness, { name: '王檢驗', username: 'insp1', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  const chen = await arrangeStaff(harness, { name: '陳檢驗', username: 'insp2', password: PW, roles: ['inspector'], unitId: 'unit-s1' });
  await arrangeOk(harness, 'absence:save', { staffId: chen, dayKey: tuesday, reason: '公出' });
  const car = await arrangeOk<{ id: string }>(harness, 'vehicle:save', { plate: 'AKA-1234', model: 'Toyota Altis', seats: 5, active: true });
  const request = (company: string, ubn: string | null, channel: string) =>
    arrangeOk(harness, 'visitRequest:create', {
      unitId: 'unit-s1',
      channel,
      company: { name: company, ubn },
      contactName: '陳小姐',
      contactPhone: '02-2345-6789',
      address: '台南市東區東門路一段1號',
      category: 'food',
      question: '食品標示是否需要加註過敏原？',
    });
  await request('義美食品股份有限公司', null, 'letter');
  await request('聲寶電機股份有限公司', '11384106', 'phone');
  await arrangeCarRequest(harness, {
    day: tuesday,
    from: '09:00',
    to: '12:00',
    destination: '高雄市',
    purpose: '會議',
    passengers: ['王大明'],
    driverNeeded: false,
    preferredVehicleId: car.id,
  });

  await signIn(page, harness, 'insp1', PW);
  await page.keyboard.press('Alt+2');
  await page.getByTestId('visits-tab-requests').click();

  // A written question answered in writing: still a service, with its 附件1 drafted as 書面.
  await page.getByTestId('requests-table').locator('.ant-table-row', { hasText: '義美食品' }).getByTestId('request-answer').click();
  const answer = dialog(page, '答覆「義美食品股份有限公司」');
  await expect(answer.getByLabel('書面答覆')).toBeChecked();
  await answer.getByLabel('答覆內容摘要').fill('已函覆：依食品安全衛生管理法第22條應標示過敏原。');
  await answer.getByRole('button', { name: '儲存' }).click();
  await expect(page).toHaveURL(/#\/visits\/visit\/.+\/record$/);
  await expect(page.getByTestId('visit-sheet')).toContainText('義美食品股份有限公司');
  await expect(page.getByTestId('visit-sheet').getByLabel('服務方式').getByLabel('書面')).toBeChecked();
  await expect(page.getByTestId('visit-sheet').getByLabel('服務內容摘要')).toHaveValue(/過敏原/);

  // A visit whose date is agreed later waits in 待約定日期; 陳檢驗 is away on the day first proposed.
  await page.keyboard.press('Alt+2');
  await page.getByTestId('visits-tab-requests').click();
  await page.getByTestId('requests-table').locator('.ant-table-row', { hasText: '聲寶電機' }).getByTestId('request-make-visit').click();
  const form = dialog(page, '安排訪廠：聲寶電機股份有限公司');
  await form.getByTestId('visit-agree-later').check();
  await expect(form.getByLabel('日期', { exact: true })).toHaveCount(0);
  await form.getByRole('button', { name: '儲存' }).click();
  await expect(page).toHaveURL(/#\/visits\/visit\//);
  await expect(page.getByTestId('visit-status')).toHaveText('待約定');
  await expect(page.getByTestId('visit-kit')).toBeDisabled();
  await page.keyboard.press('Alt+2');
  await page.getByTestId('visits-tab-waiting').click();
  await page.getByTestId('waiting-table').locator('.ant-table-row', { hasText: '聲寶電機' }).getByTestId('waiting-schedule').click();
  const schedule = dialog(page, '約定日期：聲寶電機股份有限公司');
  await schedule.getByLabel('日期', { exact: true }).fill(tuesday);
  // Keyboard: type a name in the inspectors box and Enter adds them.
  await schedule.getByLabel('檢驗人員').fill('陳檢驗');
  await page.keyboard.press('Enter');
  await expect(schedule.getByTestId('inspector-select')).toContainText('陳檢驗（第一課）');
  await schedule.getByRole('button', { name: '儲存' }).click();
  await expect(schedule.getByRole('alert')).toHaveText(`陳檢驗 於 ${roc(tuesday)} 已登記請假或公出，請改派其他同仁或改日。`);
  await schedule.getByLabel('日期', { exact: true }).fill(plusDays(monday, 2));
  await schedule.getByRole('button', { name: '儲存' }).click();
  await expect(schedule).toBeHidden();
  await expect(page.getByTestId('waiting-table')).toContainText('沒有等待約定日期的訪廠');

  // A car asked for by plate is held by a colleague's pending request at that time: refused, saying why.
  await page.keyboard.press('Alt+3');
  await page.getByTestId('vehicles-new').click();
  const vreq = dialog(page, '使用汽車申請單');
  await vreq.getByLabel('用車日期').fill(tuesday);
  await vreq.getByLabel('出發時間').fill('10:00');
  await vreq.getByLabel('返回時間').fill('15:00');
  await vreq.getByLabel('前往地點').fill('台南市東區');
  await vreq.getByLabel('事由').fill('法規說明會');
  await shellPick(page, vreq, '指定車輛（選填）', 'AKA-1234');
  await vreq.getByRole('button', { name: '送出申請' }).click();
  await expect(vreq.locator('.ant-alert-error')).toContainText('這輛車在這段時間（含前後保留時間）已有其他派車');
  await shellPick(page, vreq, '指定車輛（選填）', '不指定');
  await vreq.getByRole('button', { name: '送出申請' }).click();
  await expect(vreq).toBeHidden();
  await expect(page.getByTestId('vreq-mine').locator('.ant-table-row')).toContainText('待核准');
  expect(wang).not.toBe(chen);
});

/** Picks an option of an antd Select in `scope` by its label. */
const shellPick = async (page: Page, scope: Locator, label: string, option: string) => {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
};

test('the administrator keeps the fleet and the regulations library; a file that is not a PDF is refused', async ({ page, harness }) => {
  await arrangeAdmin(harness);
  const pdf = await writeRegulationPdf(harness.dataDir);
  const notPdf = path.join(harness.dataDir, 'scan.docx');
  fs.writeFileSync(notPdf, 'PK\u0003\u0004 not a pdf');
  let picked = notPdf;
  harness.restart({ pickPdf: async () => picked });
  await harness.open(page);
  const app = new AppPage(page);
  await app.login('admin', 'correct horse battery');
  await app.expectShell();

  await page.goto(`${page.url().split('#')[0]}#/settings/fleet`);
  await page.getByTestId('fleet-add').click();
  const add = dialog(page, '新增車輛');
  await add.getByLabel('車號').fill('aka-1234');
  await add.getByLabel('車型').fill('Toyota Altis');
  await add.getByLabel('座位數').fill('5');
  await add.getByRole('button', { name: '儲存' }).click();
  await expect(add).toBeHidden();
  await page.getByTestId('fleet-add').click();
  const second = dialog(page, '新增車輛');
  await second.getByLabel('車號').fill('AKA-1234');
  await second.getByRole('button', { name: '儲存' }).click();
  await expect(second.locator('.ant-alert-error')).toHaveText('已有相同車號的車輛，請確認車號。');
  await second.getByLabel('車號').fill('BKB-5678');
  await second.getByLabel('座位數').fill('7');
  await second.getByRole('button', { name: '儲存' }).click();
  await expect(second).toBeHidden();
  await expect(page.getByTestId('fleet-table').locator('.ant-table-row')).toHaveCount(2);
  await expect(page.getByTestId('fleet-table')).toContainText('AKA-1234');
  await quiet(page);
  await harness.screenshot(page, 'settings-fleet');

  await page.getByRole('tab', { name: '法規資料庫' }).click();
  await page.getByTestId('regulation-add').click();
  const reg = dialog(page, '新增法規');
  await reg.getByLabel('名稱').fill('電冰箱能源效率分級標示');
  await reg.getByLabel('法規／標準編號').fill('CNS 3765');
  await reg.getByLabel('版本').fill('2024');
  await reg.getByLabel('生效日期').fill('2025-01-01');
  await reg.getByTestId('regulation-pick').click();
  await expect(reg.getByTestId('regulation-file')).toHaveText('已選擇：scan.docx');
  await reg.getByRole('button', { name: '儲存' }).click();
  await expect(reg.locator('.ant-alert-error')).toContainText('所選的檔案不是 PDF');
  picked = pdf;
  await reg.getByTestId('regulation-pick').click();
  await expect(reg.getByTestId('regulation-file')).toHaveText('已選擇：cns-3765.pdf');
  await reg.getByRole('button', { name: '儲存' }).click();
  await expect(reg).toBeHidden();
  const row = page.getByTestId('regulations-table').locator('.ant-table-row');
  await expect(row).toContainText('CNS 3765');
  await expect(row).toContainText('114/01/01');
  await expect(row).toContainText('電器');
  await quiet(page);
  await harness.screenshot(page, 'settings-regulations');
});
