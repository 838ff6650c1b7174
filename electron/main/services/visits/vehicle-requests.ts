import path from 'node:path';
import type { Staff } from '../../../../shared/domain/reference';
import type { VehicleRequest } from '../../../../shared/domain/vehicle';
import { taipeiInstant } from '../../../../shared/domain/visit';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { VehicleRequestSummary } from '../../../../shared/ipc/contract-visits';
import { AppFailure } from '../../../../shared/ipc/errors';
import { vehicleQueueQueries } from '../../db/queries/vehicle-queue';
import { toVehicleRequest } from '../../db/queries/vehicles';
import { renderVehicleRequestForm } from '../../pdf/vehicle-request-form';
import type { VehicleRequestFormInput } from '../../pdf/vehicle-request-form-input';
import { actorOf } from '../actor';
import { failOnMutation } from '../mutation-errors';
import type { VisitDeps } from './deps';
import { writeFileAtomic } from '../files';
import type { VisitLookups } from './lookups';

/** The car leaves before the visit starts and comes back after it ends: the prefill's margin either side. */
export const PREFILL_TRAVEL_MINUTES = 60;
/** An approved booking stays in the secretariat's "not back yet" list this long after its end. */
const NOT_BACK_DAYS = 7;
const MINE_LIMIT = 200;

const iso = (t: string | number): string => new Date(t).toISOString();

/** 使用汽車申請單: prefill from a visit, file, the secretariat's queue and decisions, odometer, the form as PDF. */
export const createVehicleRequestService = (deps: VisitDeps, names: VisitLookups) => {
  const { stores } = deps.executor;
  const lists = vehicleQueueQueries(deps.db);
  const filedAt = deps.db.prepare<[string], { at: string }>(
    `SELECT at FROM audit_log WHERE entity = 'vehicle_requests' AND entity_id = ? ORDER BY seq LIMIT 1`,
  );

  const summary = (r: VehicleRequest): VehicleRequestSummary => ({
    id: r.id,
    unitId: r.unitId,
    unitName: names.unitName(r.unitId),
    applicantId: r.applicantId,
    applicantName: names.staffName(r.applicantId),
    visitId: r.visitId,
    startAt: r.startAt,
    endAt: r.endAt,
    destination: r.destination,
    purpose: r.purpose,
    passengers: r.passengers,
    driverNeeded: r.driverNeeded,
    preferredVehicleId: r.preferredVehicleId,
    status: r.status,
    vehicleId: r.vehicleId,
    vehiclePlate: r.vehicleId ? (stores.vehicles.get(r.vehicleId)?.plate ?? null) : null,
    driverName: r.driverName,
    decidedByName: r.decidedBy ? names.staffName(r.decidedBy) : null,
    decidedAt: r.decidedAt,
    returnReason: r.returnReason,
    odometerOut: r.odometerOut,
    odometerIn: r.odometerIn,
  });

  const requireRequest = (id: string): VehicleRequest => {
    const r = stores.vehicle_requests.get(id);
    if (!r) throw new AppFailure('not_found', 'vehicle request not found');
    return r;
  };

  const formInput = (r: VehicleRequest): VehicleRequestFormInput => {
    const car = r.vehicleId ? stores.vehicles.get(r.vehicleId) : undefined;
    const visit = r.visitId ? stores.factory_visits.get(r.visitId) : undefined;
    return {
      branchName: names.branchName(),
      requestId: r.id,
      status: r.status,
      unitName: names.unitName(r.unitId),
      applicantName: names.staffName(r.applicantId),
      filedAt: filedAt.get(r.id)?.at ?? r.startAt,
      startAt: r.startAt,
      endAt: r.endAt,
      destination: r.destination,
      purpose: r.purpose,
      passengers: r.passengers,
      driverNeeded: r.driverNeeded,
      visitNote: visit ? `${names.company(visit.companyId).name} 到廠服務` : '',
      approval:
        r.status === 'approved'
          ? {
              vehiclePlate: car?.plate ?? r.vehicleId ?? '',
              vehicleDescription: car ? `${car.model}（${car.seats}人座）` : '',
              driverName: r.driverName,
              approverName: names.staffName(r.decidedBy),
              approvedAt: r.decidedAt ?? r.startAt,
            }
          : null,
      returned:
        r.status === 'returned'
          ? { reason: r.returnReason ?? '', returnedBy: names.staffName(r.decidedBy), returnedAt: r.decidedAt ?? r.startAt }
          : null,
      odometerOut: r.odometerOut,
      odometerIn: r.odometerIn,
      printedAt: deps.now(),
      ...(deps.fontDir ? { fontDir: deps.fontDir } : {}),
    };
  };

  return {
    summary,
    ofVisit: (visitId: string): VehicleRequestSummary[] => stores.vehicle_requests.findBy('visitId', visitId).map(summary),

    prefill(visitId: string): ChannelOutput<'vehicleRequest:prefill'> {
      const v = stores.factory_visits.get(visitId);
      if (!v) throw new AppFailure('not_found', 'visit not found');
      if (!v.dayKey || !v.startTime || !v.endTime) {
        throw new AppFailure('rejected', 'the visit has no agreed date yet', { reason: 'VISIT_NOT_SCHEDULED' });
      }
      const company = names.company(v.companyId);
      const margin = PREFILL_TRAVEL_MINUTES * 60_000;
      return {
        visitId: v.id,
        unitId: v.unitId,
        startAt: iso(taipeiInstant(v.dayKey, v.startTime) - margin),
        endAt: iso(taipeiInstant(v.dayKey, v.endTime) + margin),
        destination: `${company.name} ${v.address}`.trim().slice(0, 200),
        purpose: `到廠服務：${company.name}`.slice(0, 200),
        passengers: v.inspectorIds.map((id) => names.staffName(id)),
        driverNeeded: false,
        preferredVehicleId: null,
      };
    },

    create(me: Staff, i: ChannelInput<'vehicleRequest:create'>): ChannelOutput<'vehicleRequest:create'> {
      const id = deps.newId();
      // Stored as UTC ISO, so lists sort and compare them as text.
      const request = { ...i, id, startAt: iso(i.startAt), endAt: iso(i.endAt) };
      failOnMutation(deps.executor.apply('vehicleRequest.create', { request }, actorOf(me)));
      return { requestId: id };
    },

    list(me: Staff, i: ChannelInput<'vehicleRequest:list'>): ChannelOutput<'vehicleRequest:list'> {
      if (i.visitId) return stores.vehicle_requests.findBy('visitId', i.visitId).map(summary);
      return lists.ofApplicant(me.id, MINE_LIMIT).map(toVehicleRequest).map(summary);
    },

    queue(): ChannelOutput<'vehicleRequest:queue'> {
      const since = iso(deps.now().getTime() - NOT_BACK_DAYS * 86_400_000);
      return {
        pending: lists.pending().map(toVehicleRequest).map(summary),
        approved: lists.approvedNotBack(since).map(toVehicleRequest).map(summary),
      };
    },

    approve(me: Staff, i: ChannelInput<'vehicleRequest:approve'>): ChannelOutput<'vehicleRequest:approve'> {
      failOnMutation(deps.executor.apply('vehicleRequest.approve', i, actorOf(me)));
      return { requestId: i.requestId };
    },

    returnRequest(me: Staff, i: ChannelInput<'vehicleRequest:return'>): ChannelOutput<'vehicleRequest:return'> {
      failOnMutation(deps.executor.apply('vehicleRequest.return', i, actorOf(me)));
      return { requestId: i.requestId };
    },

    cancel(me: Staff, requestId: string): ChannelOutput<'vehicleRequest:cancel'> {
      failOnMutation(deps.executor.apply('vehicleRequest.cancel', { requestId }, actorOf(me)));
      return { requestId };
    },

    odometer(me: Staff, i: ChannelInput<'vehicleRequest:odometer'>): ChannelOutput<'vehicleRequest:odometer'> {
      failOnMutation(deps.executor.apply('vehicleRequest.odometer', i, actorOf(me)));
      return { requestId: i.requestId };
    },

    /** The form as it stands now, kept under <data>/forms/ and opened when asked. */
    async pdf(i: ChannelInput<'vehicleRequest:pdf'>): Promise<ChannelOutput<'vehicleRequest:pdf'>> {
      const r = requireRequest(i.requestId);
      const bytes = await renderVehicleRequestForm(formInput(r));
      const file = path.join(deps.dataDir, 'forms', `vehicle-request-${r.id}.pdf`);
      writeFileAtomic(file, bytes);
      if (i.open) {
        if (!deps.openFile) throw new AppFailure('internal', 'no viewer available');
        await deps.openFile(file);
      }
      return { path: file, bytes: bytes.length };
    },

    vehicles: (): ChannelOutput<'vehicle:list'> => stores.vehicles.all(),

    saveVehicle(me: Staff, i: ChannelInput<'vehicle:save'>): ChannelOutput<'vehicle:save'> {
      const id = i.id ?? deps.newId();
      failOnMutation(deps.executor.apply('vehicle.save', { vehicle: { ...i, id } }, actorOf(me)));
      return { id };
    },
  };
};
export type VehicleRequestService = ReturnType<typeof createVehicleRequestService>;
