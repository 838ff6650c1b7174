import { bookingsClash, heldVehicle } from '../../../shared/domain/vehicle';
import type { Vehicle } from '../../../shared/domain/vehicle';
import type { VehicleRequestSummary } from '../../../shared/ipc/contract-visits';
import { ridersOf } from './vehicle-form';

export interface CarChoice {
  car: Vehicle;
  /** Another request the secretariat can see holds the car at an overlapping time (buffer included). */
  busyWith: VehicleRequestSummary | null;
  tooSmall: boolean;
  preferred: boolean;
}

/**
 * The cars the secretariat may assign to `request`, as far as the queue shows: each with whether another
 * pending or approved request holds it then (the same rule main applies, shared/domain/vehicle.ts) and
 * whether it seats everyone. Free and big enough first, the applicant's preference first among those.
 */
export const carChoices = (
  request: VehicleRequestSummary,
  fleet: readonly Vehicle[],
  known: readonly VehicleRequestSummary[],
  bufferMinutes: number,
): CarChoice[] => {
  const riders = ridersOf(request);
  return fleet
    .filter((c) => c.active)
    .map((car) => ({
      car,
      busyWith:
        known.find((r) => r.id !== request.id && heldVehicle(r) === car.id && bookingsClash(r, request, bufferMinutes)) ?? null,
      tooSmall: riders > car.seats,
      preferred: request.preferredVehicleId === car.id,
    }))
    .sort(
      (a, b) =>
        Number(a.busyWith !== null || a.tooSmall) - Number(b.busyWith !== null || b.tooSmall) ||
        Number(b.preferred) - Number(a.preferred) ||
        a.car.plate.localeCompare(b.car.plate),
    );
};
