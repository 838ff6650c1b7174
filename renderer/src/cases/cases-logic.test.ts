import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate';
import { caseFieldOfError, caseInput } from './case-form';
import type { CaseValues } from './case-form';
import { importErrorSentence } from './import-errors';
import { isImportFile } from './read-file';

const zh = translatorFor('zh-TW');
const en = translatorFor('en');

describe('import errors in words', () => {
  it('names the row and column, then what is wrong and what to do', () => {
    expect(importErrorSentence({ row: 5, column: 'ubn', code: 'INVALID_UBN', value: '12345678' }, zh)).toBe(
      '第 5 列・統一編號：12345678 檢查碼不符，請確認',
    );
    expect(importErrorSentence({ row: 7, column: 'caseNumber', code: 'DUPLICATE_IN_FILE', value: 'TN-1150101@2' }, zh)).toBe(
      '第 7 列・報驗號碼：TN-1150101 在檔案中重複出現（第 2 列已有）',
    );
    expect(importErrorSentence({ row: 1, column: 'receivedAt', code: 'MISSING_COLUMN', value: '受理日期' }, zh)).toContain('找不到「受理日期」欄');
    expect(importErrorSentence({ row: 0, column: null, code: 'UNREADABLE_FILE', value: 'x.pdf' }, zh)).toMatch(/^第 0 列：無法讀取檔案/);
    expect(importErrorSentence({ row: 3, column: 'unit', code: 'SOMETHING_NEW', value: '' }, zh)).toBe('第 3 列・承辦單位：資料有誤（SOMETHING_NEW），請檢查');
    expect(importErrorSentence({ row: 5, column: 'ubn', code: 'INVALID_UBN', value: '12345678' }, en)).toBe(
      'Row 5 · Business no.: 12345678 has a wrong check digit; check it',
    );
  });

  it('takes only CSV and XLSX files', () => {
    expect(isImportFile('匯出.CSV')).toBe(true);
    expect(isImportFile('export.xlsx')).toBe(true);
    expect(isImportFile('export.xls')).toBe(false);
  });
});

describe('the new case form', () => {
  const values: CaseValues = {
    caseNumber: ' tn-1150001 ',
    receivedDay: '2026-11-27',
    companyName: ' 峯綉電機股份有限公司 ',
    ubn: '',
    category: 'electrical',
    productName: '吹風機',
    unitId: 'unit-s1',
  };

  it('lets main stamp a case received today, and dates an earlier one at the start of its Taiwan day', () => {
    expect(caseInput(values, '2026-11-27')).toEqual({
      caseNumber: 'tn-1150001',
      company: { name: '峯綉電機股份有限公司', ubn: null },
      contactName: '',
      contactPhone: '',
      category: 'electrical',
      productName: '吹風機',
      productModel: '',
      unitId: 'unit-s1',
      officerId: null,
    });
    expect(caseInput({ ...values, receivedDay: '2026-11-20', ubn: '04595257' }, '2026-11-27')).toMatchObject({
      receivedAt: '2026-11-19T16:00:00.000Z',
      company: { ubn: '04595257' },
    });
  });

  it('puts a refusal on the field it is about', () => {
    expect(caseFieldOfError({ code: 'rejected', message: 'x', reason: 'CASE_NUMBER_TAKEN' })).toBe('caseNumber');
    expect(caseFieldOfError({ code: 'rejected', message: 'x', reason: 'UBN_TAKEN' })).toBe('ubn');
    expect(caseFieldOfError({ code: 'invalid_input', message: 'x', details: { fields: 'company.name,productName' } })).toBe('companyName');
    expect(caseFieldOfError({ code: 'internal', message: 'x' })).toBeNull();
  });
});
