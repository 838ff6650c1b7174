import type { VisitServices } from '../services/visits';
import type { Handlers } from './dispatch';
import { staffOf } from './auth';

/** The visit channels (contract-visits.ts) onto the visit services. */
export const visitHandlers = (s: VisitServices) =>
  ({
    'visitRequest:list': (i) => s.requests.list(i),
    'visitRequest:create': (i, ctx) => s.requests.create(staffOf(ctx), i),
    'visitRequest:answer': (i, ctx) => s.requests.answer(staffOf(ctx), i),
    'visit:create': (i, ctx) => s.scheduling.create(staffOf(ctx), i),
    'visit:schedule': (i, ctx) => s.scheduling.schedule(staffOf(ctx), i),
    'visit:reschedule': (i, ctx) => s.scheduling.reschedule(staffOf(ctx), i),
    'visit:cancel': (i, ctx) => s.scheduling.cancel(staffOf(ctx), i),
    'visit:get': (i) => s.scheduling.get(i.visitId),
    'visit:calendar': (i) => s.calendar.calendar(i),
    'visit:waiting': (i) => s.calendar.waiting(i),
    'visit:kit': (i, ctx) => s.kit.build(staffOf(ctx), i.visitId, i.open),
    'visitRecord:get': (i, ctx) => s.visitRecords.get(staffOf(ctx), i.visitId),
    'visitRecord:update': (i, ctx) => s.visitRecords.update(staffOf(ctx), i),
    'visitRecord:submit': (i, ctx) => s.visitRecords.submit(staffOf(ctx), i.visitId),
    'vehicleRequest:prefill': (i) => s.vehicles.prefill(i.visitId),
    'vehicleRequest:create': (i, ctx) => s.vehicles.create(staffOf(ctx), i),
    'vehicleRequest:list': (i, ctx) => s.vehicles.list(staffOf(ctx), i),
    'vehicleRequest:queue': () => s.vehicles.queue(),
    'vehicleRequest:approve': (i, ctx) => s.vehicles.approve(staffOf(ctx), i),
    'vehicleRequest:return': (i, ctx) => s.vehicles.returnRequest(staffOf(ctx), i),
    'vehicleRequest:cancel': (i, ctx) => s.vehicles.cancel(staffOf(ctx), i.requestId),
    'vehicleRequest:odometer': (i, ctx) => s.vehicles.odometer(staffOf(ctx), i),
    'vehicleRequest:pdf': (i) => s.vehicles.pdf(i),
    'vehicle:list': () => s.vehicles.vehicles(),
    'vehicle:save': (i, ctx) => s.vehicles.saveVehicle(staffOf(ctx), i),
    'regulation:list': (i) => s.regulations.list(i.category),
    'regulation:pickFile': () => s.regulations.pickFile(),
    'regulation:save': (i, ctx) => s.regulations.save(staffOf(ctx), i),
    'regulation:remove': (i, ctx) => s.regulations.remove(staffOf(ctx), i.regulationId),
  }) satisfies Partial<Handlers>;
