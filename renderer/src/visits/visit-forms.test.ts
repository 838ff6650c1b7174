import { describe, expect, it } from 'vitest';
import type { VisitRequestSummary } from '../../../shared/ipc/contract-visits';
import { fieldOfVisitError, fromRequest, requestInput, slotInput, visitInput } from './visit-forms';
import type { VisitValues } from './visit-forms';

const request: VisitRequestSummary = {
  id: 'q1',
  unitId: 'unit-s1',
  channel: 'phone',
  companyId: 'c1',
  companyName: '大同電機工業股份有限公司',
  companyUbn: '22099131',
  contactName: '林經理',
  contactPhone: '02-2592-5252',
  address: '台北市中山區中山北路三段22號',
  category: 'electrical',
  question: '電冰箱新版能源效率標示',
  receivedAt: '2026-12-01T01:00:00.000Z',
  createdByName: '王檢驗',
  status: 'open',
  visitId: null,
};

const values = (over: Partial<VisitValues> = {}): VisitValues => ({
  unitId: 'unit-s2',
  occasion: 'violation',
  companyName: ' 永信機械有限公司 ',
  ubn: '',
  contactName: '',
  contactPhone: '',
  address: ' 台南市永康區中正路1號 ',
  category: 'mechanical',
  purpose: ' 違規商品訪查 ',
  inspectorIds: ['s1', 's2'],
  agreeLater: false,
  day: '2026-12-03',
  startTime: '09:30',
  endTime: '1130',
  ...over,
});

describe('visit forms', () => {
  it('turns a request form into the call, trimming and with no 統一編號 as null', () => {
    expect(
      requestInput({ unitId: 'unit-s1', channel: 'letter', companyName: ' 甲公司 ', ubn: ' ', category: 'food', question: ' 標示 ' }),
    ).toEqual({
      unitId: 'unit-s1',
      channel: 'letter',
      company: { name: '甲公司', ubn: null },
      contactName: '',
      contactPhone: '',
      address: '',
      category: 'food',
      question: '標示',
    });
  });

  it('reads the agreed slot (times typed as 1130 too), or none when one part is missing', () => {
    expect(slotInput(values())).toEqual({ dayKey: '2026-12-03', startTime: '09:30', endTime: '11:30' });
    expect(slotInput(values({ startTime: '' }))).toBeNull();
    expect(slotInput(values({ day: '115/12/03' }))).toBeNull();
  });

  it('makes a visit from an occasion with its own company, or without a date when it is to be agreed later', () => {
    const v = visitInput(values(), null);
    expect(v).toMatchObject({
      requestId: null,
      occasion: 'violation',
      company: { name: '永信機械有限公司', ubn: null },
      address: '台南市永康區中正路1號',
      purpose: '違規商品訪查',
      slot: { dayKey: '2026-12-03', startTime: '09:30', endTime: '11:30' },
    });
    expect(visitInput(values({ agreeLater: true }), null).slot).toBeNull();
  });

  it('takes the company and contact of the request it answers, whatever the form holds', () => {
    const { unitId: _shownOnlyForOccasions, ...fromForm } = values({ companyName: 'x' });
    const v = visitInput(fromForm as VisitValues, request);
    expect(v).toMatchObject({
      requestId: 'q1',
      unitId: 'unit-s1',
      occasion: 'business_request',
      company: { name: '大同電機工業股份有限公司', ubn: '22099131' },
      contactName: '林經理',
      category: 'electrical',
    });
    expect(fromRequest(request)).toMatchObject({ purpose: '電冰箱新版能源效率標示', unitId: 'unit-s1' });
  });

  it('points a refusal at its field', () => {
    expect(fieldOfVisitError({ code: 'rejected', message: 'x', reason: 'VISIT_IN_PAST' })).toBe('day');
    expect(fieldOfVisitError({ code: 'rejected', message: 'x', reason: 'INSPECTOR_ABSENT' })).toBe('inspectorIds');
    expect(fieldOfVisitError({ code: 'invalid_input', message: 'x', details: { fields: 'company.ubn' } })).toBe('ubn');
    expect(fieldOfVisitError({ code: 'invalid_input', message: 'x', details: { fields: 'slot.endTime' } })).toBe('endTime');
    expect(fieldOfVisitError({ code: 'internal', message: 'x' })).toBeUndefined();
  });
});

