import type { AppState } from '../types';
import type { Vehicle, VehicleRequestSummary } from './slice';

const NONE: readonly VehicleRequestSummary[] = [];

export const vehiclesSelectors = {
  fleet: (s: AppState) => s.fleet,
  /** Cars that may be assigned, by plate. (derived: useShallow) */
  activeFleet: (s: AppState): Vehicle[] => (s.fleet ?? []).filter((v) => v.active).sort((a, b) => a.plate.localeCompare(b.plate)),
  mine: (s: AppState): readonly VehicleRequestSummary[] => s.myVehicleRequests ?? NONE,
  mineLoaded: (s: AppState) => s.myVehicleRequests !== null,
  pending: (s: AppState): readonly VehicleRequestSummary[] => s.vehicleQueue?.pending ?? NONE,
  approved: (s: AppState): readonly VehicleRequestSummary[] => s.vehicleQueue?.approved ?? NONE,
  queueLoaded: (s: AppState) => s.vehicleQueue !== null,
  error: (s: AppState) => s.vehiclesError,
  loadFleet: (s: AppState) => s.loadFleet,
  saveVehicle: (s: AppState) => s.saveVehicle,
  loadMine: (s: AppState) => s.loadMyVehicleRequests,
  loadQueue: (s: AppState) => s.loadVehicleQueue,
  prefill: (s: AppState) => s.prefillVehicleRequest,
  create: (s: AppState) => s.createVehicleRequest,
  approve: (s: AppState) => s.approveVehicleRequest,
  giveBack: (s: AppState) => s.returnVehicleRequest,
  cancel: (s: AppState) => s.cancelVehicleRequest,
  odometer: (s: AppState) => s.recordOdometer,
  pdf: (s: AppState) => s.vehicleRequestPdf,
};
