import { startFakePrinter } from '../../electron/main/print/testing/fake-printer';
import type { FakePrinter } from '../../electron/main/print/testing/fake-printer';
import { expect, test } from './support/harness';
import { AppPage, quiet } from './pages/app-page';
import { arrangeAdmin, arrangeOk, arrangeStaff } from './pages/arrange';
import { arrangeCase } from './pages/arrange-cases';
import { CasesPage } from './pages/cases-page';

const PW = 'staff password 1';
let printer: FakePrinter;
test.beforeEach(async () => {
  printer = await startFakePrinter();
});
test.afterEach(async () => {
  await printer.close();
});

test('a printer that is off fails at once and prints once on 重試; a hung one is uncertain and prints again only on 重印', async ({
  page,
  harness,
}) => {
  const app = new AppPage(page);
  const cases = new CasesPage(page);
  await arrangeAdmin(harness);
  await arrangeStaff(harness, { name: '林櫃台', username: 'counter1', password: PW, roles: ['counter'], unitId: 'unit-s6' });
  await arrangeOk(harness, 'settings:setPublicUrl', { url: 'https://e.bsmi.example' });
  await arrangeOk(harness, 'print:saveProfile', {
    name: '櫃台標籤機',
    kind: 'label',
    transport: 'tcp9100',
    language: 'zpl',
    dpi: 203,
    widthMm: 60,
    heightMm: 40,
    host: printer.host,
    port: printer.port,
    defaultLabel: true,
  });
  const caseId = await arrangeCase(harness, { caseNumber: 'TN-1150001', company: '峯綉電機股份有限公司', ubn: '04595257', product: '吹風機' });
  await harness.open(page);
  await app.login('counter1', PW);
  await app.expectShell();
  await page.goto(`${page.url().split('#')[0]}#/cases/${caseId}`);
  await expect(cases.heading()).toHaveText('TN-1150001');

  // Printer off: refused within the bound, said in Chinese with what to do; nothing printed.
  await printer.setMode('refuse');
  const started = Date.now();
  await cases.printLabel();
  await expect(cases.printOutcome()).toHaveAttribute('data-state', 'failed');
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(cases.printOutcome()).toContainText('印表機拒絕連線：請確認印表機已開機並連上網路，再按重試');
  await expect(page.getByTestId('status-print-jobs')).toHaveText('列印工作（1 件失敗）');
  expect(printer.jobs).toHaveLength(0);

  // Back on: 重試 prints it exactly once.
  await printer.setMode('ok');
  await page.getByTestId('print-retry').click();
  await expect(cases.printOutcome()).toHaveAttribute('data-state', 'done');
  await printer.waitForJobs(1);
  await expect(page.getByTestId('status-print-jobs')).toHaveText('列印工作');
  expect(printer.jobs).toHaveLength(1);

  // Jammed: the printer takes the connection and never finishes. Uncertain, and never resent on its own.
  await printer.setMode('hang');
  await cases.printLabel();
  await expect(cases.printOutcome()).toHaveAttribute('data-state', 'sending');
  await expect(cases.printOutcome()).toHaveAttribute('data-state', 'uncertain', { timeout: 15_000 });
  await expect(cases.printOutcome()).toContainText('系統不會自動再送一次');
  await expect(cases.printOutcome()).toContainText('請先查看印表機');
  await expect(page.getByTestId('print-retry')).toHaveCount(0);
  const connections = printer.connections;
  await page.waitForTimeout(2500);
  expect(printer.connections).toBe(connections);
  expect(printer.jobs).toHaveLength(1);

  // Off again, for a job that stays failed in the list.
  await printer.setMode('refuse');
  await cases.printLabel();
  await expect(cases.printOutcome()).toHaveAttribute('data-state', 'failed');

  // 列印工作: each state in words; 重印 of the uncertain job asks first, then prints one more on purpose.
  await printer.setMode('ok');
  await cases.openJobs();
  const rows = cases.jobs();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).getByTestId('job-state')).toHaveText('失敗');
  await expect(rows.nth(0)).toContainText('印表機拒絕連線');
  await expect(rows.nth(1).getByTestId('job-state')).toHaveText('不確定');
  await expect(rows.nth(1)).toContainText('可能已印出部分內容');
  await expect(rows.nth(1).getByTestId('job-retry')).toHaveCount(0);
  await expect(rows.nth(2).getByTestId('job-state')).toHaveText('完成');
  await quiet(page);
  await harness.screenshot(page, 'print-jobs');
  await rows.nth(1).getByTestId('job-reprint').click();
  await expect(page.locator('.ant-popconfirm')).toContainText('如果上一次其實已經印出，就會印出兩份');
  await page.getByRole('button', { name: '再印一次' }).click();
  await printer.waitForJobs(2);
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).getByTestId('job-state')).toHaveText('完成');
  await expect(rows.nth(0)).toContainText('重印');
  await expect(rows.nth(2).getByTestId('job-state')).toHaveText('不確定');

  // The failed one, retried from the list, prints once; nothing else is sent.
  await rows.nth(1).getByTestId('job-retry').click();
  await printer.waitForJobs(3);
  await expect(rows.nth(1).getByTestId('job-state')).toHaveText('完成');
  await page.waitForTimeout(500);
  expect(printer.jobs).toHaveLength(3);
  expect(printer.jobs.every((j) => j.toString('latin1').includes('^BQN'))).toBe(true);
});
