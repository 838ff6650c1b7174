import { describe, expect, it } from 'vitest';
import { formatSpan, ridersOf, vehicleInput, vehicleValues } from './vehicle-form';

describe('vehicle request form', () => {
  const prefill = {
    visitId: 'v1',
    unitId: 'unit-s1',
    startAt: '2026-12-03T00:30:00.000Z',
    endAt: '2026-12-03T04:00:00.000Z',
    destination: '台南市永康區中正路1號',
    purpose: '訪廠：永信機械',
    passengers: ['王檢驗', '陳檢驗'],
    driverNeeded: false,
    preferredVehicleId: null,
  };

  it('shows a prefilled request in Taiwan days and times, and reads it back unchanged', () => {
    const v = vehicleValues(prefill);
    expect(v).toMatchObject({ startDay: '2026-12-03', startTime: '08:30', endDay: '2026-12-03', endTime: '12:00' });
    expect(vehicleInput(v, 'v1')).toEqual(prefill);
  });

  it('trims, drops empty and repeated passengers, and takes the start day when the end day is blank', () => {
    const v = { ...vehicleValues(prefill), endDay: '', passengers: [' 王檢驗 ', '', '王檢驗', '林技士'], destination: ' 嘉義 ' };
    expect(vehicleInput(v, null)).toMatchObject({
      visitId: null,
      endAt: '2026-12-03T04:00:00.000Z',
      passengers: ['王檢驗', '林技士'],
      destination: '嘉義',
    });
    expect(vehicleInput({ ...v, startTime: '25:00' }, null)).toBeNull();
  });

  it('formats a span on one day or across days, and counts the driver as a rider', () => {
    expect(formatSpan(prefill.startAt, prefill.endAt)).toBe('115/12/03 08:30–12:00');
    expect(formatSpan(prefill.startAt, '2026-12-04T09:00:00.000Z')).toBe('115/12/03 08:30 – 115/12/04 17:00');
    expect(ridersOf({ passengers: ['a', 'b'], driverNeeded: true })).toBe(3);
  });
});
