import { z } from 'zod';
import { idSchema, isoTimeSchema } from './reference';

/**
 * Official vehicles (公務車) and requests to use one (使用汽車申請單). The secretariat approves a request
 * and assigns a car and a driver; one car is never booked twice for overlapping times, with a
 * configurable buffer between bookings (cleaning, refuelling, the drive back).
 */

export const vehicleSchema = z.strictObject({
  id: idSchema,
  plate: z.string().trim().min(2).max(12),
  model: z.string().trim().max(40),
  seats: z.number().int().min(1).max(60),
  active: z.boolean(),
});
export type Vehicle = z.infer<typeof vehicleSchema>;

export const VEHICLE_REQUEST_STATUSES = ['pending', 'approved', 'returned', 'cancelled'] as const;
export type VehicleRequestStatus = (typeof VEHICLE_REQUEST_STATUSES)[number];

export const vehicleRequestSchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  applicantId: idSchema,
  visitId: idSchema.nullable(),
  startAt: isoTimeSchema,
  endAt: isoTimeSchema,
  destination: z.string().trim().min(1).max(200),
  purpose: z.string().trim().min(1).max(200),
  passengers: z.array(z.string().trim().min(1).max(50)).max(20),
  driverNeeded: z.boolean(),
  /** A car the applicant asked for: a pending request holds it (blocks overlapping bookings). */
  preferredVehicleId: idSchema.nullable(),
  status: z.enum(VEHICLE_REQUEST_STATUSES),
  vehicleId: idSchema.nullable(),
  driverName: z.string().trim().max(50),
  decidedBy: idSchema.nullable(),
  decidedAt: isoTimeSchema.nullable(),
  returnReason: z.string().max(200).nullable(),
  odometerOut: z.number().int().min(0).nullable(),
  odometerIn: z.number().int().min(0).nullable(),
});
export type VehicleRequest = z.infer<typeof vehicleRequestSchema>;

type Span = Pick<VehicleRequest, 'startAt' | 'endAt'>;

/**
 * Whether two bookings of one car clash: each holds the car from its start until its end plus the
 * buffer. Touching ends (one ends exactly when the other starts) do not clash without a buffer.
 */
export const bookingsClash = (a: Span, b: Span, bufferMinutes: number): boolean => {
  const buffer = Math.max(0, bufferMinutes) * 60_000;
  const [aStart, aEnd] = [Date.parse(a.startAt), Date.parse(a.endAt) + buffer];
  const [bStart, bEnd] = [Date.parse(b.startAt), Date.parse(b.endAt) + buffer];
  return aStart < bEnd && bStart < aEnd;
};

/** The car a request holds, if any: an approved request its assigned car, a pending one the car it asked for. */
export const heldVehicle = (r: Pick<VehicleRequest, 'status' | 'vehicleId' | 'preferredVehicleId'>): string | null =>
  r.status === 'approved' ? r.vehicleId : r.status === 'pending' ? r.preferredVehicleId : null;

/** The requests that would clash with booking `car` for `span` (returned and cancelled ones never do). */
export const clashingBookings = <R extends VehicleRequest>(
  car: string,
  span: Span & { id?: string },
  requests: readonly R[],
  bufferMinutes: number,
): R[] => requests.filter((r) => r.id !== span.id && heldVehicle(r) === car && bookingsClash(r, span, bufferMinutes));
