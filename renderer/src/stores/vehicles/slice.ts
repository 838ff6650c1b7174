import type { Vehicle } from '../../../../shared/domain/vehicle';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { VehicleRequestInput, VehicleRequestSummary } from '../../../../shared/ipc/contract-visits';
import type { AppError, Result } from '../../../../shared/ipc/errors';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export type { Vehicle, VehicleRequestInput, VehicleRequestSummary };
export type VehicleQueue = ChannelOutput<'vehicleRequest:queue'>;
type RequestRef = Result<{ requestId: string }>;

/**
 * 派車: the fleet (公務車), the person's own requests, and the secretariat's queue. Every accepted
 * change re-reads the lists that may show it (and the visit open on its page, whose requests it lists).
 */
export interface VehiclesSlice {
  fleet: Vehicle[] | null;
  myVehicleRequests: VehicleRequestSummary[] | null;
  vehicleQueue: VehicleQueue | null;
  vehiclesError: AppError | null;
  loadFleet(): Promise<Result<Vehicle[]>>;
  saveVehicle(input: ChannelInput<'vehicle:save'>): Promise<Result<{ id: string }>>;
  loadMyVehicleRequests(): Promise<Result<VehicleRequestSummary[]>>;
  loadVehicleQueue(): Promise<Result<VehicleQueue>>;
  prefillVehicleRequest(visitId: string): Promise<Result<VehicleRequestInput>>;
  createVehicleRequest(input: VehicleRequestInput): Promise<RequestRef>;
  approveVehicleRequest(requestId: string, vehicleId: string, driverName: string): Promise<RequestRef>;
  returnVehicleRequest(requestId: string, reason: string): Promise<RequestRef>;
  cancelVehicleRequest(requestId: string): Promise<RequestRef>;
  recordOdometer(requestId: string, odometerOut: number | null, odometerIn: number | null): Promise<RequestRef>;
  vehicleRequestPdf(requestId: string, open: boolean): Promise<Result<{ path: string; bytes: number }>>;
  clearVehicles(): void;
}

type VehiclesCache = Pick<VehiclesSlice, 'fleet' | 'myVehicleRequests' | 'vehicleQueue' | 'vehiclesError'>;
const empty = (): VehiclesCache => ({ fleet: null, myVehicleRequests: null, vehicleQueue: null, vehiclesError: null });

export const createVehiclesSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): VehiclesSlice => {
    const reread = async () => {
      const s = get();
      const visitId = s.factoryVisit?.visit.id;
      await Promise.all([
        s.myVehicleRequests ? s.loadMyVehicleRequests() : null,
        s.vehicleQueue ? s.loadVehicleQueue() : null,
        visitId ? s.loadFactoryVisit(visitId) : null,
        s.refreshSync(),
      ]);
    };
    const write = async (r: Promise<RequestRef>): Promise<RequestRef> => {
      const result = await r;
      // Refused because the request moved on (approved or returned meanwhile): show it as it is now.
      if (result.ok || result.error.code === 'rejected') await reread();
      return result;
    };
    return {
      ...empty(),
      async loadFleet() {
        const r = await deps.client.call('vehicle:list', {});
        if (r.ok) set({ fleet: r.value });
        return r;
      },
      async saveVehicle(input) {
        const r = await deps.client.call('vehicle:save', input);
        if (r.ok) await Promise.all([get().loadFleet(), get().refreshSync()]);
        return r;
      },
      async loadMyVehicleRequests() {
        const r = await deps.client.call('vehicleRequest:list', {});
        set(r.ok ? { myVehicleRequests: r.value, vehiclesError: null } : { vehiclesError: r.error });
        return r;
      },
      async loadVehicleQueue() {
        const r = await deps.client.call('vehicleRequest:queue', {});
        set(r.ok ? { vehicleQueue: r.value, vehiclesError: null } : { vehiclesError: r.error });
        return r;
      },
      prefillVehicleRequest: (visitId) => deps.client.call('vehicleRequest:prefill', { visitId }),
      createVehicleRequest: (input) => write(deps.client.call('vehicleRequest:create', input)),
      approveVehicleRequest: (requestId, vehicleId, driverName) =>
        write(deps.client.call('vehicleRequest:approve', { requestId, vehicleId, driverName })),
      returnVehicleRequest: (requestId, reason) => write(deps.client.call('vehicleRequest:return', { requestId, reason })),
      cancelVehicleRequest: (requestId) => write(deps.client.call('vehicleRequest:cancel', { requestId })),
      recordOdometer: (requestId, odometerOut, odometerIn) =>
        write(deps.client.call('vehicleRequest:odometer', { requestId, odometerOut, odometerIn })),
      vehicleRequestPdf: (requestId, open) => deps.client.call('vehicleRequest:pdf', { requestId, open }),
      clearVehicles: () => set(empty()),
    };
  };
