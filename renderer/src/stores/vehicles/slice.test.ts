import { describe, expect, it } from 'vitest';
import { fakeBackend, ok } from '../fake-client';
import { vehiclesSelectors } from './selectors';

describe('vehicles slice', () => {
  it('re-reads the queue after a decision, and after a refusal (the request moved on meanwhile)', async () => {
    let queueReads = 0;
    const { store } = fakeBackend({
      'vehicleRequest:queue': () => {
        queueReads += 1;
        return ok({ pending: [], approved: [] });
      },
      'vehicleRequest:approve': () => ({ ok: false, error: { code: 'rejected', message: 'x', reason: 'VEHICLE_OVERLAP', details: { requestId: 'q9' } } }),
      'vehicleRequest:return': () => ok({ requestId: 'q1' }),
    });
    await store.getState().loadVehicleQueue();
    const refused = await store.getState().approveVehicleRequest('q1', 'c1', '');
    expect(refused).toMatchObject({ ok: false, error: { reason: 'VEHICLE_OVERLAP' } });
    await store.getState().returnVehicleRequest('q1', '當日無車');
    expect(queueReads).toBe(3);
  });

  it('does not re-read on a transport failure, and leaves lists never opened alone', async () => {
    const { store, calls } = fakeBackend({
      'vehicleRequest:cancel': () => ({ ok: false, error: { code: 'db_unavailable', message: 'x' } }),
    });
    await store.getState().cancelVehicleRequest('q1');
    expect(calls.map((c) => c.channel)).toEqual(['vehicleRequest:cancel']);
  });

  it('offers active cars by plate', async () => {
    const { store } = fakeBackend({
      'vehicle:list': () =>
        ok([
          { id: 'c2', plate: 'BBB-2222', model: '', seats: 5, active: true },
          { id: 'c1', plate: 'AAA-1111', model: '', seats: 5, active: true },
          { id: 'c3', plate: 'AAA-0000', model: '', seats: 5, active: false },
        ]),
    });
    await store.getState().loadFleet();
    expect(vehiclesSelectors.activeFleet(store.getState()).map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});
