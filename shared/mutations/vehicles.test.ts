import { describe, expect, it } from 'vitest';
import referenceSeed from '../../resources/seed/reference.json';
import type { Role } from '../domain/roles';
import type { MutationActor, MutationContext } from './define';
import { createMemoryStore, runInMemory } from './memory-tx';
import type { MemoryStore } from './memory-tx';

const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
const INSPECTOR: MutationActor = { staffId: 'i1', roles: ['inspector'] };
const OTHER: MutationActor = { staffId: 'i2', roles: ['inspector'] };
const SECRETARIAT: MutationActor = { staffId: 'sec1', roles: ['secretariat'] };
const ADMIN: MutationActor = { staffId: 'adm', roles: ['admin'] };
const NOW = '2026-11-27T01:00:00.000Z';
let n = 0;
const ctx = (actor: MutationActor): MutationContext => ({ actor, now: NOW, mutationId: `m-${++n}` });
const person = (id: string, roles: Role[]) => ({ id, unitId: 'unit-s1', name: id, username: id, roles, active: true, demo: false });

const store = (): MemoryStore => {
  const s = createMemoryStore();
  expect(runInMemory(s, 'reference.seed', referenceSeed, ctx(SYSTEM))).toEqual({ ok: true });
  for (const [id, roles] of [['i1', ['inspector']], ['i2', ['inspector']], ['sec1', ['secretariat']], ['adm', ['admin']]] as const) {
    s.tx.put('staff', person(id, [...roles]));
  }
  expect(runInMemory(s, 'vehicle.save', { vehicle: { id: 'car1', plate: 'AB-1234', model: 'Altis', seats: 5, active: true } }, ctx(ADMIN))).toEqual({ ok: true });
  expect(runInMemory(s, 'vehicle.save', { vehicle: { id: 'car2', plate: 'CD-5678', model: 'Previa', seats: 8, active: true } }, ctx(ADMIN))).toEqual({ ok: true });
  return s;
};

/** Times on 2026-12-01, Taiwan (UTC+8), as HH:MM. */
const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00+08:00`).toISOString();
const ask = (s: MemoryStore, id: string, from: string, to: string, over: Record<string, unknown> = {}, actor = INSPECTOR) =>
  runInMemory(
    s,
    'vehicleRequest.create',
    {
      request: {
        id,
        unitId: 'unit-s1',
        visitId: null,
        startAt: at(from),
        endAt: at(to),
        destination: '臺南市安南區工業一路1號',
        purpose: '違規訪查',
        passengers: ['王檢驗員', '李檢驗員'],
        driverNeeded: false,
        preferredVehicleId: null,
        ...over,
      },
    },
    ctx(actor),
  );
const approve = (s: MemoryStore, requestId: string, vehicleId = 'car1', driverName = '') =>
  runInMemory(s, 'vehicleRequest.approve', { requestId, vehicleId, driverName }, ctx(SECRETARIAT));
const rejected = (code: string) => expect.objectContaining({ ok: false, kind: 'rejected', code });
const setBuffer = (s: MemoryStore, value: number) =>
  expect(runInMemory(s, 'parameter.set', { key: 'vehicle.bufferMinutes', value }, ctx(ADMIN))).toEqual({ ok: true });

describe('vehicle requests', () => {
  it('pending → approved with a car and driver, by the secretariat only', () => {
    const s = store();
    expect(ask(s, 'vr1', '09:00', '12:00', { driverNeeded: true })).toEqual({ ok: true });
    expect(s.tx.get('vehicle_requests', 'vr1')).toMatchObject({ status: 'pending', applicantId: 'i1', vehicleId: null });
    expect(runInMemory(s, 'vehicleRequest.approve', { requestId: 'vr1', vehicleId: 'car1', driverName: '陳駕駛' }, ctx(INSPECTOR))).toEqual({
      ok: false,
      kind: 'forbidden',
    });
    expect(approve(s, 'vr1', 'car1', '')).toEqual(rejected('DRIVER_REQUIRED'));
    expect(approve(s, 'vr1', 'car1', '陳駕駛')).toEqual({ ok: true });
    expect(s.tx.get('vehicle_requests', 'vr1')).toMatchObject({
      status: 'approved', vehicleId: 'car1', driverName: '陳駕駛', decidedBy: 'sec1', decidedAt: NOW,
    });
    expect(approve(s, 'vr1', 'car2', '陳駕駛')).toEqual(rejected('VEHICLE_REQUEST_NOT_PENDING'));
  });

  it('returned with a reason; a returned request never holds the car', () => {
    const s = store();
    ask(s, 'vr1', '09:00', '12:00', { preferredVehicleId: 'car1' });
    expect(runInMemory(s, 'vehicleRequest.return', { requestId: 'vr1', reason: '當日無車' }, ctx(SECRETARIAT))).toEqual({ ok: true });
    expect(s.tx.get('vehicle_requests', 'vr1')).toMatchObject({ status: 'returned', returnReason: '當日無車', decidedBy: 'sec1' });
    expect(ask(s, 'vr2', '10:00', '11:00', { preferredVehicleId: 'car1' })).toEqual({ ok: true });
    expect(approve(s, 'vr2')).toEqual({ ok: true });
    expect(approve(s, 'vr1')).toEqual(rejected('VEHICLE_REQUEST_NOT_PENDING'));
  });

  it('VEHICLE_OVERLAP: an approved booking blocks the car for overlapping times (and names the clash); another car is fine', () => {
    const s = store();
    setBuffer(s, 0);
    ask(s, 'vr1', '09:00', '12:00');
    approve(s, 'vr1');
    ask(s, 'vr2', '11:00', '14:00', {}, OTHER);
    const before = s.snapshot();
    expect(approve(s, 'vr2')).toEqual({
      ok: false,
      kind: 'rejected',
      code: 'VEHICLE_OVERLAP',
      details: { requestId: 'vr1', vehicleId: 'car1' },
    });
    expect(s.snapshot()).toEqual(before);
    expect(approve(s, 'vr2', 'car2')).toEqual({ ok: true });
  });

  it('touching ends: back-to-back without a buffer is fine; with the buffer parameter it clashes until the buffer has passed', () => {
    const s = store();
    setBuffer(s, 0);
    ask(s, 'vr1', '09:00', '12:00');
    approve(s, 'vr1');
    ask(s, 'vr2', '12:00', '14:00');
    expect(approve(s, 'vr2')).toEqual({ ok: true });

    const t = store();
    setBuffer(t, 30);
    ask(t, 'vr1', '09:00', '12:00');
    approve(t, 'vr1');
    ask(t, 'vr2', '12:00', '14:00');
    ask(t, 'vr3', '12:30', '14:00');
    expect(approve(t, 'vr2')).toEqual(rejected('VEHICLE_OVERLAP'));
    expect(approve(t, 'vr3')).toEqual({ ok: true });
    // The buffer follows each booking's end, so a booking ending right before another starts clashes too.
    ask(t, 'vr4', '08:00', '08:45');
    expect(approve(t, 'vr4')).toEqual(rejected('VEHICLE_OVERLAP'));
  });

  it('the buffer defaults to 30 minutes on a database seeded before the parameter existed', () => {
    const s = store();
    s.tx.delete('parameters', 'vehicle.bufferMinutes');
    ask(s, 'vr1', '09:00', '12:00');
    approve(s, 'vr1');
    ask(s, 'vr2', '12:29', '14:00');
    ask(s, 'vr3', '12:30', '14:00');
    expect(approve(s, 'vr2')).toEqual(rejected('VEHICLE_OVERLAP'));
    expect(approve(s, 'vr3')).toEqual({ ok: true });
  });

  it('a pending request holds the car it asks for: a clashing request for that car is refused at once', () => {
    const s = store();
    expect(ask(s, 'vr1', '09:00', '12:00', { preferredVehicleId: 'car1' })).toEqual({ ok: true });
    expect(ask(s, 'vr2', '10:00', '11:00', { preferredVehicleId: 'car1' }, OTHER)).toEqual(rejected('VEHICLE_OVERLAP'));
    expect(s.tx.get('vehicle_requests', 'vr2')).toBeUndefined();
    // Asking without a car, the secretariat cannot give it car1 either.
    ask(s, 'vr3', '10:00', '11:00', {}, OTHER);
    expect(approve(s, 'vr3')).toEqual(rejected('VEHICLE_OVERLAP'));
    // Once the pending one is withdrawn (cancelled), the car is free.
    expect(runInMemory(s, 'vehicleRequest.cancel', { requestId: 'vr1' }, ctx(OTHER))).toEqual(rejected('NOT_APPLICANT'));
    expect(runInMemory(s, 'vehicleRequest.cancel', { requestId: 'vr1' }, ctx(INSPECTOR))).toEqual({ ok: true });
    expect(approve(s, 'vr3')).toEqual({ ok: true });
  });

  it('bad requests: end before start, a time already past, a car out of service or too small', () => {
    const s = store();
    expect(ask(s, 'vr1', '12:00', '09:00')).toEqual(rejected('ENDS_BEFORE_START'));
    expect(
      runInMemory(
        s,
        'vehicleRequest.create',
        {
          request: {
            id: 'vr0', unitId: 'unit-s1', visitId: null, startAt: '2026-11-26T01:00:00.000Z', endAt: '2026-11-26T03:00:00.000Z',
            destination: 'x', purpose: 'y', passengers: [], driverNeeded: false, preferredVehicleId: null,
          },
        },
        ctx(INSPECTOR),
      ),
    ).toEqual(rejected('REQUEST_IN_PAST'));
    // Earlier the same Taiwan day (now is 09:00 there) is not past: a request made offline and replayed later stays.
    expect(
      runInMemory(
        s,
        'vehicleRequest.create',
        {
          request: {
            id: 'vr00', unitId: 'unit-s1', visitId: null, startAt: '2026-11-27T08:00:00+08:00', endAt: '2026-11-27T10:00:00+08:00',
            destination: 'x', purpose: 'y', passengers: [], driverNeeded: false, preferredVehicleId: null,
          },
        },
        ctx(INSPECTOR),
      ),
    ).toEqual({ ok: true });
    runInMemory(s, 'vehicle.save', { vehicle: { id: 'car1', plate: 'AB-1234', model: 'Altis', seats: 5, active: false } }, ctx(ADMIN));
    expect(ask(s, 'vr2', '09:00', '10:00', { preferredVehicleId: 'car1' })).toEqual(rejected('VEHICLE_INACTIVE'));
    ask(s, 'vr3', '09:00', '10:00', { passengers: ['a', 'b', 'c', 'd', 'e', 'f'], driverNeeded: true });
    expect(approve(s, 'vr3', 'car1', '陳')).toEqual(rejected('VEHICLE_INACTIVE'));
    runInMemory(s, 'vehicle.save', { vehicle: { id: 'car1', plate: 'AB-1234', model: 'Altis', seats: 5, active: true } }, ctx(ADMIN));
    expect(approve(s, 'vr3', 'car1', '陳')).toEqual(rejected('VEHICLE_TOO_SMALL'));
    expect(approve(s, 'vr3', 'car2', '陳')).toEqual({ ok: true });
  });

  it('odometer: approved only, departure first, never backwards; by the applicant or the secretariat', () => {
    const s = store();
    ask(s, 'vr1', '09:00', '12:00');
    const odo = (out: number | null, inn: number | null, actor = INSPECTOR) =>
      runInMemory(s, 'vehicleRequest.odometer', { requestId: 'vr1', odometerOut: out, odometerIn: inn }, ctx(actor));
    expect(odo(1000, null)).toEqual(rejected('VEHICLE_REQUEST_NOT_APPROVED'));
    approve(s, 'vr1');
    expect(odo(1000, null, OTHER)).toEqual(rejected('NOT_APPLICANT'));
    expect(odo(null, 1050)).toEqual(rejected('ODOMETER_OUT_MISSING'));
    expect(odo(1000, 990)).toEqual(rejected('ODOMETER_BACKWARDS'));
    expect(odo(1000, null)).toEqual({ ok: true });
    expect(odo(1000, 1085, SECRETARIAT)).toEqual({ ok: true });
    expect(s.tx.get('vehicle_requests', 'vr1')).toMatchObject({ odometerOut: 1000, odometerIn: 1085 });
    // A car that has left is not withdrawn or returned any more.
    expect(runInMemory(s, 'vehicleRequest.cancel', { requestId: 'vr1' }, ctx(INSPECTOR))).toEqual(rejected('VEHICLE_REQUEST_CLOSED'));
    expect(runInMemory(s, 'vehicleRequest.return', { requestId: 'vr1', reason: '改派' }, ctx(SECRETARIAT))).toEqual(
      rejected('VEHICLE_REQUEST_NOT_PENDING'),
    );
  });

  it('the fleet: a plate belongs to one car; admin only', () => {
    const s = store();
    expect(runInMemory(s, 'vehicle.save', { vehicle: { id: 'car3', plate: 'AB-1234', model: 'x', seats: 4, active: true } }, ctx(ADMIN))).toEqual(
      rejected('PLATE_TAKEN'),
    );
    expect(runInMemory(s, 'vehicle.save', { vehicle: { id: 'car3', plate: 'EF-9', model: 'x', seats: 4, active: true } }, ctx(SECRETARIAT))).toEqual({
      ok: false,
      kind: 'forbidden',
    });
  });
});

describe('regulations library', () => {
  const reg = (over: Record<string, unknown> = {}) => ({
    regulation: {
      id: 'rg1',
      title: '電器商品檢驗規定',
      number: 'CNS 60335-1',
      version: '2023',
      effectiveDate: '2024-01-01',
      category: 'electrical',
      fileName: 'cns60335.pdf',
      mediaType: 'application/pdf',
      fileSha256: 'a'.repeat(64),
      fileBytes: 1234,
      updatedAt: NOW,
      updatedBy: 'adm',
      ...over,
    },
  });

  it('REGULATION_NOT_PDF for anything but a PDF; saved and removed by the admin', () => {
    const s = store();
    expect(runInMemory(s, 'regulation.save', reg({ mediaType: 'image/png', fileName: 'x.pdf' }), ctx(ADMIN))).toEqual(
      rejected('REGULATION_NOT_PDF'),
    );
    expect(runInMemory(s, 'regulation.save', reg(), ctx(INSPECTOR))).toEqual({ ok: false, kind: 'forbidden' });
    expect(runInMemory(s, 'regulation.save', reg(), ctx(ADMIN))).toEqual({ ok: true });
    expect(s.tx.findBy('regulations', 'category', 'electrical').map((r) => r.id)).toEqual(['rg1']);
    expect(runInMemory(s, 'regulation.remove', { regulationId: 'rg1' }, ctx(ADMIN))).toEqual({ ok: true });
    expect(runInMemory(s, 'regulation.remove', { regulationId: 'rg1' }, ctx(ADMIN))).toEqual(rejected('UNKNOWN_REGULATION'));
  });
});
