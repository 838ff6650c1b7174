import type { z } from 'zod';
import type { importErrorSchema } from '../../../shared/ipc/contract-cases';
import { isMessageKey } from '../i18n/dictionary';
import type { Translate } from '../i18n/translate';

export type ImportError = z.infer<typeof importErrorSchema>;


/** The column's Chinese header (統一編號), or null for whole-row / whole-file problems. */
export const importColumnLabel = (column: string | null, t: Translate): string | null => {
  if (column === null) return null;
  const key = `importCol.${column}`;
  return isMessageKey(key) ? t(key) : column;
};

/** What is wrong and what to do, e.g. 「12345678 檢查碼不符，請確認」. */
export const importProblem = (e: ImportError, t: Translate): string => {
  const key = `importError.${e.code}`;
  if (!isMessageKey(key)) return t('importError.unknown', { code: e.code });
  if (e.code === 'DUPLICATE_IN_FILE') {
    // main sends "<case number>@<first row>"
    const at = e.value.lastIndexOf('@');
    return t(key, { value: at > 0 ? e.value.slice(0, at) : e.value, first: at > 0 ? e.value.slice(at + 1) : '?' });
  }
  return t(key, { value: e.value });
};

/** The whole sentence: 「第 5 列・統一編號：12345678 檢查碼不符，請確認」. */
export const importErrorSentence = (e: ImportError, t: Translate): string => {
  const column = importColumnLabel(e.column, t);
  const problem = importProblem(e, t);
  return column
    ? t('importError.sentence', { row: e.row, column, problem })
    : t('importError.sentenceNoColumn', { row: e.row, problem });
};
