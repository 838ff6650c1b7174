import { describe, expect, it } from 'vitest';
import { bookingsClash, clashingBookings } from './vehicle';
import type { VehicleRequest } from './vehicle';

const at = (hhmm: string) => `2026-11-30T${hhmm}:00.000+08:00`;
const span = (from: string, to: string) => ({ startAt: at(from), endAt: at(to) });
const request = (id: string, from: string, to: string, over: Partial<VehicleRequest> = {}): VehicleRequest => ({
  id,
  unitId: 'unit-s1',
  applicantId: 'p1',
  visitId: null,
  ...span(from, to),
  destination: '臺南市安南區工業區',
  purpose: '赴廠服務',
  passengers: [],
  driverNeeded: true,
  preferredVehicleId: null,
  status: 'approved',
  vehicleId: 'car-1',
  driverName: '林司機',
  decidedBy: 'sec',
  decidedAt: at('08:00'),
  returnReason: null,
  odometerOut: null,
  odometerIn: null,
  ...over,
});

describe('car booking clashes', () => {
  it('back to back: no clash without a buffer, a clash inside it', () => {
    expect(bookingsClash(span('09:00', '11:00'), span('11:00', '12:00'), 0)).toBe(false);
    expect(bookingsClash(span('09:00', '11:00'), span('11:00', '12:00'), 15)).toBe(true);
    expect(bookingsClash(span('09:00', '11:00'), span('11:15', '12:00'), 15)).toBe(false);
    expect(bookingsClash(span('11:15', '12:00'), span('09:00', '11:00'), 15)).toBe(false);
    expect(bookingsClash(span('11:14', '12:00'), span('09:00', '11:00'), 15)).toBe(true);
  });

  it('overlaps and containment clash, in either order', () => {
    expect(bookingsClash(span('09:00', '11:00'), span('10:59', '12:00'), 0)).toBe(true);
    expect(bookingsClash(span('09:00', '17:00'), span('10:00', '11:00'), 0)).toBe(true);
    expect(bookingsClash(span('10:00', '11:00'), span('09:00', '17:00'), 0)).toBe(true);
  });

  it('only approved requests of that car and pending ones asking for it hold it', () => {
    const requests = [
      request('approved', '09:00', '11:00'),
      request('other-car', '09:00', '11:00', { vehicleId: 'car-2' }),
      request('returned', '09:00', '11:00', { status: 'returned' }),
      request('cancelled', '09:00', '11:00', { status: 'cancelled' }),
      request('pending-asking', '13:00', '14:00', { status: 'pending', vehicleId: null, preferredVehicleId: 'car-1' }),
      request('pending-any', '13:00', '14:00', { status: 'pending', vehicleId: null }),
    ];
    expect(clashingBookings('car-1', span('10:00', '10:30'), requests, 0).map((r) => r.id)).toEqual(['approved']);
    expect(clashingBookings('car-1', span('13:30', '15:00'), requests, 0).map((r) => r.id)).toEqual(['pending-asking']);
    expect(clashingBookings('car-1', span('11:00', '13:00'), requests, 0)).toEqual([]);
    // A one-minute buffer reaches both neighbours: the approved one before and the held one after.
    expect(clashingBookings('car-1', span('11:00', '13:00'), requests, 1).map((r) => r.id)).toEqual(['approved', 'pending-asking']);
    // A request never clashes with itself (re-approving or editing it).
    expect(clashingBookings('car-1', { id: 'approved', ...span('10:00', '10:30') }, requests, 0)).toEqual([]);
  });
});
