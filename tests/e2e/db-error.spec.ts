import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './support/harness';
import type { Harness } from './support/harness';
import { arrangeAdmin } from './pages/arrange';

const DB_FILE = 'branchdesk.db';

/**
 * Closes the app's database cleanly (by pointing the harness at a scratch folder for a moment),
 * lets `damage` change the file, then restarts over the original folder.
 */
const restartAfter = (harness: Harness, damage: (file: string) => void): string => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-e2e-scratch-'));
  harness.restart({ dataDir: scratch });
  const file = path.join(harness.dataDir, DB_FILE);
  damage(file);
  harness.restart();
  fs.rmSync(scratch, { recursive: true, force: true });
  return file;
};

test('a corrupt database: do not delete it, ask the admin to restore, and show where it is', async ({ page, harness }) => {
  await arrangeAdmin(harness);
  const garbage = Buffer.from('this is not an sqlite database '.repeat(400));
  const file = restartAfter(harness, (f) => fs.writeFileSync(f, garbage));
  await harness.open(page);
  const screen = page.getByTestId('db-error');
  await expect(screen).toContainText('資料庫檔案已損毀');
  await expect(screen).toContainText('請勿刪除此檔案，並請洽系統管理者從備份還原');
  await expect(page.getByTestId('db-path')).toContainText(file);
  await harness.screenshot(page, 'db-error');
  // Nothing was deleted or rewritten.
  expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  await page.getByRole('button', { name: '重新檢查' }).click();
  await expect(screen).toContainText('資料庫檔案已損毀');
});

test('a database from a newer version: install the newer BranchDesk, keep the file', async ({ page, harness }) => {
  await arrangeAdmin(harness);
  const file = restartAfter(harness, (f) => {
    const db = new Database(f);
    db.pragma('user_version = 999');
    db.close();
  });
  await harness.open(page);
  const screen = page.getByTestId('db-error');
  await expect(screen).toContainText('資料庫版本較新，無法開啟');
  await expect(screen).toContainText('請安裝較新版本的 BranchDesk 後再開啟');
  await expect(page.getByTestId('db-path')).toContainText(file);
  await harness.screenshot(page, 'db-too-new');
  expect(fs.existsSync(file)).toBe(true);
});
