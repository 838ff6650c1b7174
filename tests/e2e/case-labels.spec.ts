import { startFakePrinter } from '../../electron/main/print/testing/fake-printer';
import type { FakePrinter } from '../../electron/main/print/testing/fake-printer';
import { expect, test } from './support/harness';
import { ADMIN, AppPage, quiet, settle } from './pages/app-page';
import { arrangeAdmin, arrangeStaff } from './pages/arrange';
import { arrangeSomeCases } from './pages/arrange-cases';
import { CasesPage } from './pages/cases-page';
import { CounterPage } from './pages/counter-page';
import { PrintersPage } from './pages/printers-page';
import { ShellPage } from './pages/shell-page';

const PW = 'staff password 1';
const PUBLIC = 'https://e.bsmi.example';
let printer: FakePrinter;
test.beforeEach(async () => {
  printer = await startFakePrinter();
});
test.afterEach(async () => {
  await printer.close();
});

test('admin sets the address and a label printer; the counter creates a case, prints its label and scans it back', async ({ page, harness }) => {
  const app = new AppPage(page);
  const shell = new ShellPage(page);
  const cases = new CasesPage(page);
  const printers = new PrintersPage(page);
  await arrangeAdmin(harness);
  await arrangeStaff(harness, { name: '林櫃台', username: 'counter1', password: PW, roles: ['counter'], unitId: 'unit-s6' });
  await harness.open(page);

  // The administrator: the public address, then a printer whose settings the schema refuses until they fit.
  await app.login(ADMIN.username, ADMIN.password);
  await app.expectShell();
  await printers.open();
  await printers.setPublicUrl(PUBLIC);
  await page.getByTestId('printer-add').click();
  const form = printers.dialog();
  await form.getByLabel('名稱', { exact: true }).fill('櫃台標籤機');
  await form.getByRole('button', { name: '儲存' }).click();
  await expect(form.getByRole('alert')).toContainText('請輸入印表機的 IP 位址');
  await expect(form.locator('.ant-form-item-explain-error')).toContainText('請輸入印表機的 IP 位址');
  await settle(page);
  await harness.screenshot(page, 'printer-form');
  await form.getByLabel('IP 位址或主機名稱').fill(printer.host);
  await form.getByLabel('連接埠').fill(String(printer.port));
  await form.getByRole('button', { name: '儲存' }).click();
  await expect(form).toBeHidden();
  await expect(printers.row('櫃台標籤機')).toContainText('預設標籤機');
  await expect(printers.row('櫃台標籤機')).toContainText(`${printer.host}:${printer.port}`);
  await printers.row('櫃台標籤機').getByTestId('printer-test').click();
  await expect(page.getByTestId('print-outcome')).toHaveAttribute('data-state', 'done');
  await printer.waitForJobs(1);
  expect(printer.jobs[0]?.toString('latin1')).toContain('^XA');
  // An A4 printer that saves PDFs to a folder: the fields follow the connection chosen.
  await page.getByTestId('printer-add').click();
  await form.getByLabel('名稱', { exact: true }).fill('紀錄表存檔');
  await form.getByText('A4 印表機', { exact: true }).click();
  await form.getByLabel('連線方式').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '另存 PDF 到資料夾' }).click();
  await expect(form.getByLabel('IP 位址或主機名稱')).toHaveCount(0);
  await form.getByLabel('資料夾（完整路徑）').fill('pdf-out');
  await form.getByRole('button', { name: '儲存' }).click();
  await expect(form.locator('.ant-form-item-explain-error')).toContainText('請輸入完整的資料夾路徑');
  await form.getByLabel('資料夾（完整路徑）').fill(`${harness.dataDir}/pdf-out`);
  await form.getByRole('button', { name: '儲存' }).click();
  await expect(form).toBeHidden();
  await expect(printers.row('紀錄表存檔')).toContainText('預設 A4');
  await expect(printers.row('櫃台標籤機')).toContainText('預設標籤機');
  await quiet(page);
  await harness.screenshot(page, 'printers');
  await shell.signOut();

  // The counter: a new case, with the 統一編號 check digit flagged as it is typed.
  await app.login('counter1', PW);
  await app.expectShell();
  await cases.open();
  await expect(cases.table()).toContainText('尚無案件');
  await arrangeSomeCases(harness);
  await page.getByTestId('cases-new').click();
  const d = cases.dialog('新增案件');
  await d.getByLabel('報驗號碼').fill('TN-1150001');
  await d.getByLabel('公司名稱').fill('峯綉電機股份有限公司');
  await d.getByLabel('統一編號').fill('04595258');
  await expect(d).toContainText('統一編號檢查碼不正確');
  await settle(page);
  await harness.screenshot(page, 'case-new');
  await d.getByRole('button', { name: '取消' }).click();
  await cases.create({
    caseNumber: 'tn-1150001',
    company: '峯綉電機股份有限公司',
    ubn: '04595257',
    contactName: '林小姐',
    product: '吹風機',
    model: 'HD-1200',
    unit: '第一課',
  });
  await expect(cases.status()).toHaveText('受理');
  const url = (await cases.labelUrl().textContent())?.trim() ?? '';
  expect(url).toMatch(/^https:\/\/e\.bsmi\.example\/C\/[A-Z2-7]{26}$/);

  // 列印標籤: the fake printer gets a ZPL label whose QR (^BQN) holds exactly the case URL.
  await cases.printLabel();
  await expect(cases.printOutcome()).toHaveAttribute('data-state', 'done');
  await expect(cases.printOutcome()).toContainText('櫃台標籤機');
  const [, label] = await printer.waitForJobs(2);
  const zpl = label?.toString('latin1') ?? '';
  expect(zpl).toMatch(/\^BQN,2,\d+\^FDMA,/);
  expect(zpl).toContain(`^FDMA,${url}^FS`);
  await cases.addMilestone('取樣／送樣', '已取樣 2 件送實驗室');
  await expect(cases.status()).toHaveText('取樣／送樣');
  await expect(page.getByTestId('case-milestone')).toHaveCount(2);
  await expect(page.getByTestId('case-milestone').nth(1)).toContainText('林櫃台');
  await quiet(page);
  await harness.screenshot(page, 'case-detail');

  // On another screen, with the cursor in a text field, the scanner types the QR's URL: the case opens.
  const counter = new CounterPage(page);
  await counter.open();
  await expect(counter.field('來洽人姓名')).toBeFocused();
  await cases.scan(url);
  await expect(page).toHaveURL(/#\/cases\/[^/]+$/);
  await expect(cases.heading()).toHaveText('TN-1150001');
  await expect(page.getByTestId('case-scanned-revoked')).toHaveCount(0);

  // The search finds it by company name; a code that is not ours says so, and the typed search stays as it was.
  await cases.open();
  await expect(cases.table().locator('.ant-table-row')).toHaveCount(5);
  await cases.search().fill('電機');
  await expect(page.getByText('搜尋結果（4 件）')).toBeVisible();
  await expect(cases.row('TN-1150001')).toContainText('04595257');
  await expect(cases.row('TN-1150001')).toContainText('取樣／送樣');
  await expect(cases.row('TN-1150004')).toContainText('發證／結案');
  await quiet(page);
  await harness.screenshot(page, 'cases-search');
  await cases.scan('https://elsewhere.example/C/ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  await expect(page.getByTestId('scan-message')).toHaveText('此條碼不是本系統的案件標籤');
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(cases.search()).toHaveValue('電機');
  await settle(page);
  await harness.screenshot(page, 'scan-not-ours');
  await cases.search().fill('峯綉');
  await expect(page.getByText('搜尋結果（1 件）')).toBeVisible();

  // 重新產生標籤: confirmed, a new label prints and the old one is void; scanning the old label warns.
  await cases.row('TN-1150001').click();
  await page.getByTestId('case-reissue').click();
  await page.getByRole('button', { name: '重新產生並列印' }).click();
  await expect(cases.printOutcome()).toHaveAttribute('data-state', 'done');
  const [, , again] = await printer.waitForJobs(3);
  const newUrl = (await cases.labelUrl().textContent())?.trim() ?? '';
  expect(newUrl).not.toBe(url);
  expect(again?.toString('latin1')).toContain(`^FDMA,${newUrl}^FS`);
  await expect(page.getByTestId('case-revoked-note')).toContainText('1 次');
  await page.getByTestId('case-back').click();
  await cases.scan(url);
  await expect(page.getByTestId('case-scanned-revoked')).toContainText('此標籤已作廢，請改用新標籤');
});

test('a person typing in a field is never taken for a scanner', async ({ page, harness }) => {
  const app = new AppPage(page);
  const cases = new CasesPage(page);
  await arrangeAdmin(harness);
  await arrangeStaff(harness, { name: '林櫃台', username: 'counter1', password: PW, roles: ['counter'], unitId: 'unit-s6' });
  await harness.open(page);
  await app.login('counter1', PW);
  await app.expectShell();
  await cases.open();
  await page.keyboard.type('TN-1150001', { delay: 90 });
  await page.keyboard.press('Enter');
  await expect(cases.search()).toHaveValue('TN-1150001');
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(page.getByTestId('scan-message')).toHaveCount(0);
  await expect(cases.table()).toContainText('找不到符合「TN-1150001」的案件');
});
