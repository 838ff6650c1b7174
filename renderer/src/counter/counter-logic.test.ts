import { describe, expect, it } from 'vitest';
import type { BusinessItem } from '../../../shared/domain/reference';
import { elapsedParts, formatElapsed, formatHm, hmOnDay, parseHm } from '../format/time';
import { fieldOfError, intakeInput } from './intake-form';
import { intakeRule, itemMatches } from './intake-rule';
import { stopInstant } from './stop-times';

const item = (id: string, unitId: string, code: string, name: string): BusinessItem => ({
  id,
  unitId,
  code,
  name,
  active: true,
  demo: false,
});
const ITEMS = [item('e01', 's1', 'E01', '電器商品報驗'), item('e02', 's1', 'E02', '電器商品驗證登錄'), item('m01', 's2', 'M01', '機械商品報驗')];

describe('the intake rule, live', () => {
  it('two or more units need an escort; one unit is served directly unless the counter asks', () => {
    expect(intakeRule([], ITEMS, false)).toMatchObject({ mode: null, receivingUnitId: null });
    expect(intakeRule(['e01', 'e02'], ITEMS, false)).toMatchObject({ mode: 'direct', why: 'single', unitIds: ['s1'] });
    expect(intakeRule(['e01'], ITEMS, true)).toMatchObject({ mode: 'escort', why: 'requested' });
    // The first item's unit receives, whatever else follows.
    expect(intakeRule(['m01', 'e01'], ITEMS, false)).toMatchObject({ mode: 'escort', why: 'units', receivingUnitId: 's2', unitIds: ['s2', 's1'] });
  });

  it('finds items by code prefix, by Chinese, or by unit', () => {
    expect(itemMatches('e0', ITEMS[0]!, '第一課')).toBe(true);
    expect(itemMatches('報驗', ITEMS[2]!, '第二課')).toBe(true);
    expect(itemMatches('第二', ITEMS[2]!, '第二課')).toBe(true);
    expect(itemMatches('M0', ITEMS[0]!, '第一課')).toBe(false);
  });
});

describe('the intake call', () => {
  const values = { name: ' 王小明 ', phone: '0912345678', companyName: '範例公司', ubn: '', itemIds: ['e01'], escortRequested: false };

  it('reuses a picked visitor or company only under the name it was picked with', () => {
    const same = intakeInput(values, { id: 'p1', name: '王小明' }, { id: 'c1', name: '範例公司' });
    expect(same.visitor).toEqual({ id: 'p1', name: '王小明', phone: '0912345678' });
    expect(same.company).toEqual({ id: 'c1', name: '範例公司', ubn: null });
    const renamed = intakeInput({ ...values, name: '王大明', companyName: '另一家' }, { id: 'p1', name: '王小明' }, { id: 'c1', name: '範例公司' });
    expect(renamed.visitor).not.toHaveProperty('id');
    expect(renamed.company).not.toHaveProperty('id');
    expect(intakeInput({ ...values, companyName: '  ' }, null, null).company).toBeNull();
  });

  it('points a refusal at its field', () => {
    expect(fieldOfError({ code: 'rejected', message: '', reason: 'UBN_TAKEN' })).toBe('ubn');
    expect(fieldOfError({ code: 'invalid_input', message: '', details: { fields: 'visitor.phone' } })).toBe('phone');
    expect(fieldOfError({ code: 'invalid_input', message: '', details: { fields: 'itemIds.0' } })).toBe('itemIds');
    expect(fieldOfError({ code: 'internal', message: '' })).toBeNull();
  });
});

describe('stop times typed to the minute', () => {
  const arrived = '2026-11-27T02:15:40.000Z'; // 10:15:40 in Taiwan

  it('reads 24-hour times and places them on the Taiwan day', () => {
    expect(parseHm('9:05')).toBe('09:05');
    expect(parseHm('1405')).toBe('14:05');
    expect(parseHm('24:00')).toBeNull();
    expect(parseHm('abc')).toBeNull();
    expect(hmOnDay('2026-11-27', '10:15')).toBe('2026-11-27T02:15:00.000Z');
    expect(formatHm('2026-11-27T02:15:40.000Z')).toBe('10:15');
  });

  it('within the minute of arrival, "now" is not before the arrival; an earlier minute stays earlier', () => {
    expect(stopInstant('2026-11-27', '10:15', arrived)).toBe(arrived);
    expect(stopInstant('2026-11-27', '10:16', arrived)).toBe('2026-11-27T02:16:00.000Z');
    expect(stopInstant('2026-11-27', '10:14', arrived)).toBe('2026-11-27T02:14:00.000Z');
    expect(stopInstant('2026-11-27', 'x', arrived)).toBeNull();
  });

  it('shows elapsed time as it ticks', () => {
    expect(formatElapsed(65_000)).toBe('01:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(elapsedParts(-5)).toEqual({ h: 0, m: 0, s: 0 });
  });
});
