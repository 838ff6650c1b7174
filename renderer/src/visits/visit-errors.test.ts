import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate';
import { describeVisitError, incompleteFields } from './visit-errors';

const t = translatorFor('zh-TW');
const rejected = (reason: string, details?: Record<string, string | number>) => ({
  code: 'rejected' as const,
  message: 'x',
  reason,
  ...(details ? { details } : {}),
});

describe('visit refusal messages', () => {
  it('words the codes shared with other screens for visits', () => {
    expect(describeVisitError(rejected('ENDS_BEFORE_START'), t)).toBe('結束時間須晚於開始時間，請修正時間。');
    expect(describeVisitError(rejected('UNKNOWN_VISIT'), t)).toContain('訪廠');
  });

  it('names the inspector on leave and the day when it can', () => {
    const e = rejected('INSPECTOR_ABSENT', { staffId: 's9', dayKey: '2026-12-03' });
    expect(describeVisitError(e, t, { staffName: (id) => (id === 's9' ? '李檢驗' : undefined) })).toBe(
      '李檢驗 於 115/12/03 已登記請假或公出，請改派其他同仁或改日。',
    );
    expect(describeVisitError(e, t)).toBe(t('reason.INSPECTOR_ABSENT'));
  });

  it('lists the 附件1 fields still missing, by their labels', () => {
    const e = rejected('RECORD_INCOMPLETE', { fields: 'category,personTrips' });
    expect(describeVisitError(e, t)).toBe('紀錄表尚有必填欄位未填：服務類別、服務人次。請補齊後再送陳。');
    expect(incompleteFields(e)).toEqual(['category', 'personTrips']);
    expect(incompleteFields(rejected('VISIT_IN_PAST'))).toEqual([]);
  });

  it('says who holds the car when the booking is known, and what to do either way', () => {
    const e = rejected('VEHICLE_OVERLAP', { requestId: 'q1', vehicleId: 'c1' });
    expect(describeVisitError(e, t, { booking: () => ({ applicant: '陳檢驗', when: '12/03 09:00–12:00' }) })).toBe(
      '這輛車在 12/03 09:00–12:00 已派給 陳檢驗（含前後保留時間），請改派其他車輛或調整用車時間。',
    );
    expect(describeVisitError(e, t)).toContain('請改派其他車輛或調整用車時間');
  });

  it('falls back to the shared wording for everything else', () => {
    expect(describeVisitError(rejected('VEHICLE_TOO_SMALL', { seats: 5, riders: 7 }), t)).toBe(
      '這輛車只有 5 個座位，不夠 7 人乘坐，請改派較大的車輛。',
    );
    expect(describeVisitError(rejected('REGULATION_NOT_PDF'), t)).toContain('不是 PDF');
    expect(describeVisitError({ code: 'db_unavailable', message: 'x' }, t)).toBe(t('error.db_unavailable'));
  });
});
