import { z } from 'zod';
import { idSchema } from '../domain/reference';
import { clashingBookings, vehicleRequestSchema, vehicleSchema } from '../domain/vehicle';
import type { VehicleRequest } from '../domain/vehicle';
import { taipeiDayOf } from '../domain/visit';
import type { MutationContext, MutationTx } from './define';
import { defineMutation, MutationRejected } from './define';

/**
 * The fleet and 使用汽車申請單: a request is pending until the secretariat approves it (assigning a car and a
 * driver) or returns it with a reason. One car is never booked for overlapping times, with the parameter
 * `vehicle.bufferMinutes` between bookings (VEHICLE_OVERLAP, judged by shared/domain/vehicle.ts) — on the
 * desktop and again on the hub, where this same mutator runs against every device's bookings.
 */

const ANY_STAFF = ['counter', 'inspector', 'chief', 'secretariat', 'admin'] as const;
export const DEFAULT_VEHICLE_BUFFER_MINUTES = 30;

export const vehicleBufferMinutes = (tx: MutationTx): number =>
  tx.get('parameters', 'vehicle.bufferMinutes')?.value ?? DEFAULT_VEHICLE_BUFFER_MINUTES;

const requireActor = (ctx: MutationContext): string => {
  if (!ctx.actor.staffId) throw new MutationRejected('NO_ACTOR', 'a signed-in person is needed');
  return ctx.actor.staffId;
};

const requireRequest = (tx: MutationTx, id: string): VehicleRequest => {
  const r = tx.get('vehicle_requests', id);
  if (!r) throw new MutationRejected('UNKNOWN_VEHICLE_REQUEST', 'vehicle request does not exist');
  return r;
};

/** Refuses booking `carId` for the request's times when another booking holds it then (buffer included). */
const requireCarFree = (tx: MutationTx, carId: string, span: Pick<VehicleRequest, 'id' | 'startAt' | 'endAt'>): void => {
  const held = [...tx.findBy('vehicle_requests', 'vehicleId', carId), ...tx.findBy('vehicle_requests', 'preferredVehicleId', carId)];
  const clash = clashingBookings(carId, span, held, vehicleBufferMinutes(tx))[0];
  if (clash) {
    throw new MutationRejected('VEHICLE_OVERLAP', 'the car is already booked for an overlapping time', {
      requestId: clash.id,
      vehicleId: carId,
    });
  }
};

const requireActiveCar = (tx: MutationTx, carId: string) => {
  const car = tx.get('vehicles', carId);
  if (!car) throw new MutationRejected('UNKNOWN_VEHICLE', 'car does not exist');
  if (!car.active) throw new MutationRejected('VEHICLE_INACTIVE', 'car is out of service');
  return car;
};

export const saveVehicle = defineMutation({
  name: 'vehicle.save',
  args: z.strictObject({ vehicle: vehicleSchema }),
  roles: ['admin'],
  run(tx, { vehicle }) {
    const samePlate = tx.findBy('vehicles', 'plate', vehicle.plate).find((v) => v.id !== vehicle.id);
    if (samePlate) throw new MutationRejected('PLATE_TAKEN', 'another car has this plate', { vehicleId: samePlate.id });
    tx.put('vehicles', vehicle);
  },
  audit: ({ vehicle }) => ({
    entity: 'vehicles',
    entityId: vehicle.id,
    summary: `${vehicle.plate} ${vehicle.seats} seats${vehicle.active ? '' : ' (out of service)'}`,
  }),
});

const requestFields = vehicleRequestSchema.pick({
  id: true,
  unitId: true,
  visitId: true,
  startAt: true,
  endAt: true,
  destination: true,
  purpose: true,
  passengers: true,
  driverNeeded: true,
  preferredVehicleId: true,
});

export const createVehicleRequest = defineMutation({
  name: 'vehicleRequest.create',
  args: z.strictObject({ request: requestFields }),
  roles: ANY_STAFF,
  run(tx, { request: r }, ctx) {
    const applicantId = requireActor(ctx);
    if (tx.get('vehicle_requests', r.id)) throw new MutationRejected('DUPLICATE_ID', 'request already exists');
    if (!tx.get('units', r.unitId)?.active) throw new MutationRejected('UNKNOWN_UNIT', 'unit does not exist or is inactive');
    if (Date.parse(r.endAt) <= Date.parse(r.startAt)) throw new MutationRejected('ENDS_BEFORE_START', 'use ends before it starts');
    // Judged by the Taiwan day, like a visit's date: the hub replays an offline laptop's request later the
    // same day, and a car asked for this morning must not be refused then.
    if (taipeiDayOf(r.startAt) < taipeiDayOf(ctx.now)) {
      throw new MutationRejected('REQUEST_IN_PAST', 'the car is asked for a day already passed');
    }
    if (r.visitId && !tx.get('factory_visits', r.visitId)) throw new MutationRejected('UNKNOWN_VISIT', 'visit does not exist');
    if (r.preferredVehicleId) {
      requireActiveCar(tx, r.preferredVehicleId);
      requireCarFree(tx, r.preferredVehicleId, r);
    }
    tx.put('vehicle_requests', {
      ...r,
      applicantId,
      status: 'pending',
      vehicleId: null,
      driverName: '',
      decidedBy: null,
      decidedAt: null,
      returnReason: null,
      odometerOut: null,
      odometerIn: null,
    });
  },
  audit: ({ request: r }) => ({
    entity: 'vehicle_requests',
    entityId: r.id,
    summary: `car asked ${r.startAt}..${r.endAt} to ${r.destination}`,
  }),
});

/** The secretariat approves a pending request, assigning a car (free then, big enough) and a driver. */
export const approveVehicleRequest = defineMutation({
  name: 'vehicleRequest.approve',
  args: z.strictObject({ requestId: idSchema, vehicleId: idSchema, driverName: z.string().trim().max(50) }),
  roles: ['secretariat'],
  run(tx, a, ctx) {
    const by = requireActor(ctx);
    const r = requireRequest(tx, a.requestId);
    if (r.status !== 'pending') throw new MutationRejected('VEHICLE_REQUEST_NOT_PENDING', 'only a pending request is decided', { status: r.status });
    const car = requireActiveCar(tx, a.vehicleId);
    const riders = r.passengers.length + (r.driverNeeded ? 1 : 0);
    if (riders > car.seats) throw new MutationRejected('VEHICLE_TOO_SMALL', 'not enough seats', { seats: car.seats, riders });
    if (r.driverNeeded && a.driverName === '') throw new MutationRejected('DRIVER_REQUIRED', 'the request needs a driver');
    requireCarFree(tx, a.vehicleId, r);
    tx.put('vehicle_requests', {
      ...r,
      status: 'approved',
      vehicleId: a.vehicleId,
      driverName: a.driverName,
      decidedBy: by,
      decidedAt: ctx.now,
      returnReason: null,
    });
  },
  audit: (a) => ({ entity: 'vehicle_requests', entityId: a.requestId, summary: `approved: car ${a.vehicleId}, driver ${a.driverName || '—'}` }),
});

/** The secretariat returns a request with a reason (also an approved one not yet on the road). */
export const returnVehicleRequest = defineMutation({
  name: 'vehicleRequest.return',
  args: z.strictObject({ requestId: idSchema, reason: z.string().trim().min(2).max(200) }),
  roles: ['secretariat'],
  run(tx, a, ctx) {
    const by = requireActor(ctx);
    const r = requireRequest(tx, a.requestId);
    if (r.status !== 'pending' && !(r.status === 'approved' && r.odometerOut === null)) {
      throw new MutationRejected('VEHICLE_REQUEST_NOT_PENDING', 'only a pending request (or an unused approval) is returned', { status: r.status });
    }
    tx.put('vehicle_requests', { ...r, status: 'returned', decidedBy: by, decidedAt: ctx.now, returnReason: a.reason });
  },
  audit: (a) => ({ entity: 'vehicle_requests', entityId: a.requestId, summary: `returned: ${a.reason}` }),
});

/** The applicant withdraws a request that has not been used. */
export const cancelVehicleRequest = defineMutation({
  name: 'vehicleRequest.cancel',
  args: z.strictObject({ requestId: idSchema }),
  roles: ANY_STAFF,
  run(tx, a, ctx) {
    const me = requireActor(ctx);
    const r = requireRequest(tx, a.requestId);
    if (r.applicantId !== me && !ctx.actor.roles.includes('admin')) {
      throw new MutationRejected('NOT_APPLICANT', 'only the applicant withdraws a request');
    }
    if ((r.status !== 'pending' && r.status !== 'approved') || r.odometerOut !== null) {
      throw new MutationRejected('VEHICLE_REQUEST_CLOSED', 'the request is decided or in use', { status: r.status });
    }
    tx.put('vehicle_requests', { ...r, status: 'cancelled' });
  },
  audit: (a) => ({ entity: 'vehicle_requests', entityId: a.requestId, summary: 'withdrawn' }),
});

/** 出發/返回里程 of an approved request, by its applicant or the secretariat. */
export const recordOdometer = defineMutation({
  name: 'vehicleRequest.odometer',
  args: z.strictObject({
    requestId: idSchema,
    odometerOut: z.number().int().min(0).max(9_999_999).nullable(),
    odometerIn: z.number().int().min(0).max(9_999_999).nullable(),
  }),
  roles: ANY_STAFF,
  run(tx, a, ctx) {
    const me = requireActor(ctx);
    const r = requireRequest(tx, a.requestId);
    if (r.applicantId !== me && !ctx.actor.roles.includes('secretariat')) {
      throw new MutationRejected('NOT_APPLICANT', 'the applicant or the secretariat records the odometer');
    }
    if (r.status !== 'approved') throw new MutationRejected('VEHICLE_REQUEST_NOT_APPROVED', 'only an approved request is driven');
    if (a.odometerIn !== null && a.odometerOut === null) {
      throw new MutationRejected('ODOMETER_OUT_MISSING', 'the reading at departure comes first');
    }
    if (a.odometerIn !== null && a.odometerOut !== null && a.odometerIn < a.odometerOut) {
      throw new MutationRejected('ODOMETER_BACKWARDS', 'the reading on return is below the one at departure');
    }
    tx.put('vehicle_requests', { ...r, odometerOut: a.odometerOut, odometerIn: a.odometerIn });
  },
  audit: (a) => ({
    entity: 'vehicle_requests',
    entityId: a.requestId,
    summary: `odometer ${a.odometerOut ?? '—'} → ${a.odometerIn ?? '—'}`,
  }),
});
