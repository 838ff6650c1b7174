import writeXlsxFile from 'write-excel-file/node';
import { expect, test } from './support/harness';
import { AppPage, quiet } from './pages/app-page';
import { arrangeAdmin, arrangeOk, arrangeStaff } from './pages/arrange';
import { CasesPage } from './pages/cases-page';

const PW = 'staff password 1';
const HEADER = '報驗號碼,公司名稱,統一編號,聯絡人,聯絡電話,商品類別,商品名稱,型號,承辦單位,承辦人,受理日期';
const GOOD = [
  'TN-1150101,峯綉電機股份有限公司,04595257,林小姐,06-2345678,電器,吹風機,HD-1,S1,,115/11/26',
  'TN-1150102,"甲公司, 台南",,王先生,06-1111111,機械,電動工具,T-2,第二課,,2026-11-25',
];
const csv = (...lines: string[]) => [HEADER, ...lines].join('\r\n');
const caseCount = (harness: Parameters<typeof arrangeOk>[0], q: string) =>
  arrangeOk<{ results: unknown[] }>(harness, 'case:search', { q, kind: 'number' }).then((r) => r.results.length);

test('an import with bad rows lists every error in Chinese and imports nothing; a good file imports once', async ({ page, harness }) => {
  const app = new AppPage(page);
  const cases = new CasesPage(page);
  await arrangeAdmin(harness);
  await arrangeStaff(harness, { name: '林櫃台', username: 'counter1', password: PW, roles: ['counter'], unitId: 'unit-s6' });
  await harness.open(page);
  await app.login('counter1', PW);
  await app.expectShell();
  await cases.open();
  await cases.openImport();

  // Five bad rows among good ones: each error names its row and column, and nothing at all is imported.
  await cases.chooseImportFile(
    'export-bad.csv',
    csv(
      GOOD[0] ?? '',
      'TN-1150103,乙公司,12345678,,,電器,電扇,F-1,S1,,115/11/26',
      'TN-1150104,丙公司,,,,電器,電暖器,H-1,第九課,,115/11/26',
      'TN-1150105,丁公司,,,,電器,電鍋,R-1,S1,,115/13/40',
      'TN-1150101,峯綉電機股份有限公司,04595257,林小姐,06-2345678,電器,吹風機,HD-1,S1,,115/11/26',
      'TN-1150106,戊公司,,,,太空,,M-1,S1,,115/11/26',
    ),
  );
  await expect(cases.importOutcome()).toHaveAttribute('data-state', 'errors');
  await expect(cases.importOutcome()).toContainText('整份檔案都沒有匯入');
  await expect(page.getByTestId('import-commit')).toHaveCount(0);
  const errors = cases.importErrors();
  await expect(errors).toHaveCount(6);
  await expect(errors.nth(0)).toHaveAttribute('title', '第 3 列・統一編號：12345678 檢查碼不符，請確認');
  await expect(errors.nth(0)).toContainText('第 3 列');
  await expect(errors.nth(0)).toContainText('統一編號');
  await expect(errors.nth(1)).toContainText('找不到單位「第九課」');
  await expect(errors.nth(2)).toContainText('115/13/40 不是有效日期');
  await expect(errors.nth(3)).toContainText('TN-1150101 在檔案中重複出現（第 2 列已有）');
  await expect(page.getByTestId('import-errors')).toContainText('必填欄位空白');
  await expect(page.getByTestId('import-errors')).toContainText('「太空」不是已知的商品類別');
  await quiet(page);
  await harness.screenshot(page, 'case-import-errors');
  expect(await caseCount(harness, 'TN-11501')).toBe(0);

  // The good rows: checked, then 匯入 creates both at once.
  await cases.chooseImportFile('export.csv', csv(...GOOD));
  await expect(cases.importOutcome()).toHaveAttribute('data-state', 'ready');
  await expect(cases.importOutcome()).toContainText('共 2 列：可新增 2 件，已存在且內容相同 0 件。');
  expect(await caseCount(harness, 'TN-11501')).toBe(0);
  await page.getByTestId('import-commit').click();
  await expect(cases.importOutcome()).toHaveAttribute('data-state', 'done');
  await expect(cases.importOutcome()).toContainText('已匯入 2 件新案件。');
  expect(await caseCount(harness, 'TN-11501')).toBe(2);

  // The same file again changes nothing.
  await cases.chooseImportFile('export.csv', csv(...GOOD));
  await expect(cases.importOutcome()).toHaveAttribute('data-state', 'nothing');
  await expect(cases.importOutcome()).toContainText('共 2 列：可新增 0 件，已存在且內容相同 2 件。');
  await expect(page.getByTestId('import-commit')).toHaveCount(0);
  expect(await caseCount(harness, 'TN-11501')).toBe(2);

  // An XLSX export with one known and one new case: only the new one is created.
  const xlsx = await writeXlsxFile([
    HEADER.split(',').map((value) => ({ value })),
    (GOOD[0] ?? '').split(',').map((value) => ({ value })),
    ['TN-1150107', '己公司', '', '', '', '食品', '餅乾', 'C-1', 'S3', '', '115/11/24'].map((value) => ({ value })),
  ]).toBuffer();
  await cases.chooseImportFile('export.xlsx', xlsx);
  await expect(cases.importOutcome()).toContainText('可新增 1 件，已存在且內容相同 1 件');
  await page.getByTestId('import-commit').click();
  await expect(cases.importOutcome()).toContainText('已匯入 1 件新案件。');
  await expect(cases.importOutcome()).toContainText('另有 1 件已存在且內容相同，未變更。');

  // The imported cases are found at the counter.
  await page.keyboard.press('Alt+4');
  await cases.search().fill('TN-11501');
  await expect(page.getByText('搜尋結果（3 件）')).toBeVisible();
  await expect(cases.row('TN-1150102')).toContainText('甲公司, 台南');

  // Not a spreadsheet: refused before anything is sent.
  await cases.openImport();
  await cases.chooseImportFile('cases.pdf', '%PDF-1.4');
  await expect(page.getByTestId('import-problem')).toHaveText('只能匯入 .csv 或 .xlsx 檔案。');
});
