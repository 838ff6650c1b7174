import { describe, expect, it } from 'vitest';
import type { Vehicle } from '../../../shared/domain/vehicle';
import type { VehicleRequestSummary } from '../../../shared/ipc/contract-visits';
import { carChoices } from './car-choice';

const car = (id: string, plate: string, seats: number, active = true): Vehicle => ({ id, plate, model: 'x', seats, active });
const req = (id: string, over: Partial<VehicleRequestSummary> = {}): VehicleRequestSummary => ({
  id,
  unitId: 'u',
  unitName: '第一課',
  applicantId: 's',
  applicantName: '王檢驗',
  visitId: null,
  startAt: '2026-12-03T01:00:00.000Z',
  endAt: '2026-12-03T04:00:00.000Z',
  destination: '台南',
  purpose: '訪廠',
  passengers: ['王檢驗', '陳檢驗'],
  driverNeeded: false,
  preferredVehicleId: null,
  status: 'pending',
  vehicleId: null,
  vehiclePlate: null,
  driverName: '',
  decidedByName: null,
  decidedAt: null,
  returnReason: null,
  odometerOut: null,
  odometerIn: null,
  ...over,
});

describe('car choices', () => {
  const fleet = [car('c1', 'AAA-1111', 5), car('c2', 'BBB-2222', 2), car('c3', 'CCC-3333', 7), car('c4', 'DDD-4444', 5, false)];

  it('marks a car held by an approved or pending booking at an overlapping time, and one too small', () => {
    const me = req('me', { driverNeeded: true });
    const approved = req('a', { status: 'approved', vehicleId: 'c1', startAt: '2026-12-03T03:00:00.000Z', endAt: '2026-12-03T06:00:00.000Z' });
    const returned = req('r', { status: 'returned', vehicleId: 'c3' });
    const choices = carChoices(me, fleet, [approved, returned, me], 30);
    expect(choices.map((c) => [c.car.id, c.busyWith?.id ?? null, c.tooSmall])).toEqual([
      ['c3', null, false],
      ['c1', 'a', false],
      ['c2', null, true],
    ]);
  });

  it('counts the buffer: a booking ending 20 minutes before holds the car with a 30-minute buffer, not with none', () => {
    const me = req('me');
    const before = req('b', { status: 'approved', vehicleId: 'c1', startAt: '2026-12-03T00:00:00.000Z', endAt: '2026-12-03T00:40:00.000Z' });
    expect(carChoices(me, fleet, [before], 30).find((c) => c.car.id === 'c1')?.busyWith?.id).toBe('b');
    expect(carChoices(me, fleet, [before], 0).find((c) => c.car.id === 'c1')?.busyWith).toBeNull();
  });

  it('puts the applicant’s preferred car first among the free ones', () => {
    expect(carChoices(req('me', { preferredVehicleId: 'c3' }), fleet, [], 30)[0]?.car.id).toBe('c3');
  });
});
