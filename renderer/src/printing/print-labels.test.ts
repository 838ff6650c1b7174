import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate';
import { jobOutcome, printErrorText } from './print-labels';
import { PRINT_ERROR_CODES } from '../../../shared/ipc/contract-print';

const zh = translatorFor('zh-TW');

describe('print job wording', () => {
  it('tells what to do for every print error code, in Chinese', () => {
    for (const code of PRINT_ERROR_CODES) {
      const text = printErrorText({ errorCode: code }, zh) ?? '';
      expect(text, code).toMatch(/[\u4e00-\u9fff]/);
      expect(text, code).not.toContain(code);
    }
    expect(printErrorText({ errorCode: 'PRINTER_REFUSED' }, zh)).toBe('印表機拒絕連線：請確認印表機已開機並連上網路，再按重試。');
    expect(printErrorText({ errorCode: 'SOMETHING_ELSE' }, zh)).toContain('SOMETHING_ELSE');
    expect(printErrorText({ errorCode: null }, zh)).toBeNull();
  });

  it('offers 重試 only when nothing was sent, and 重印 when it may have printed', () => {
    expect(jobOutcome({ state: 'failed', canRetry: true } as never)).toEqual({ tone: 'error', retry: true, reprint: false });
    expect(jobOutcome({ state: 'uncertain', canRetry: false } as never)).toEqual({ tone: 'warning', retry: false, reprint: true });
    expect(jobOutcome({ state: 'done', canRetry: false } as never)).toEqual({ tone: 'success', retry: false, reprint: false });
  });
});
