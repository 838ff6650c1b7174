import { describe, expect, it } from 'vitest';
import referenceSeed from '../../resources/seed/reference.json';
import type { Role } from '../domain/roles';
import type { MutationActor, MutationContext } from './define';
import { createMemoryStore, runInMemory } from './memory-tx';
import type { MemoryStore } from './memory-tx';
import type { VisitSheetContent } from './visit-sheet';

const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
const INSPECTOR: MutationActor = { staffId: 'i1', roles: ['inspector'] };
const CHIEF: MutationActor = { staffId: 'c1', roles: ['chief'] };
// 2026-11-27 09:00 in Taiwan.
const NOW = '2026-11-27T01:00:00.000Z';
let n = 0;
const ctx = (actor: MutationActor, now = NOW): MutationContext => ({ actor, now, mutationId: `m-${++n}` });

const person = (id: string, roles: Role[], unitId = 'unit-s1') => ({
  id,
  unitId,
  name: `人員${id}`,
  username: id,
  roles,
  active: true,
  demo: false,
});

const store = (): MemoryStore => {
  const s = createMemoryStore();
  expect(runInMemory(s, 'reference.seed', referenceSeed, ctx(SYSTEM))).toEqual({ ok: true });
  s.tx.put('staff', person('i1', ['inspector']));
  s.tx.put('staff', person('i2', ['inspector']));
  s.tx.put('staff', person('c1', ['chief']));
  return s;
};

const company = { id: 'co1', name: '範例電器股份有限公司', ubn: '22099131' };
const slot = (dayKey = '2026-12-01', startTime = '09:30', endTime = '11:00') => ({ dayKey, startTime, endTime });
const visitArgs = (over: Record<string, unknown> = {}) => ({
  visitId: 'fv1',
  requestId: null,
  occasion: 'violation',
  unitId: 'unit-s1',
  company,
  contactName: '林經理',
  contactPhone: '06-2345678',
  address: '臺南市安南區工業一路1號',
  category: 'electrical',
  purpose: '違規商品訪查',
  inspectorIds: ['i1', 'i2'],
  slot: slot(),
  ...over,
});
const request = (s: MemoryStore, requestId = 'rq1') =>
  runInMemory(
    s,
    'visitRequest.create',
    {
      requestId,
      unitId: 'unit-s1',
      channel: 'phone',
      company,
      contactName: '林經理',
      contactPhone: '06-2345678',
      address: '臺南市安南區工業一路1號',
      category: 'electrical',
      question: '新產品是否須驗證登錄？',
    },
    ctx(INSPECTOR),
  );

const rejected = (code: string) => expect.objectContaining({ ok: false, kind: 'rejected', code });

describe('visit requests', () => {
  it('log a request with its company, then a visit made of it closes it', () => {
    const s = store();
    expect(request(s)).toEqual({ ok: true });
    expect(s.tx.get('visit_requests', 'rq1')).toMatchObject({ status: 'open', companyId: 'co1', receivedAt: NOW, createdBy: 'i1' });
    expect(s.tx.get('companies', 'co1')).toEqual(company);
    expect(runInMemory(s, 'factoryVisit.create', visitArgs({ requestId: 'rq1', occasion: 'business_request' }), ctx(INSPECTOR))).toEqual({ ok: true });
    expect(s.tx.get('visit_requests', 'rq1')).toMatchObject({ status: 'visit', visitId: 'fv1' });
    // Handled once only.
    expect(runInMemory(s, 'factoryVisit.create', visitArgs({ visitId: 'fv2', requestId: 'rq1' }), ctx(INSPECTOR))).toEqual(
      rejected('REQUEST_NOT_OPEN'),
    );
  });

  it('an answer by phone is a recorded service: a done visit of that mode and a drafted 附件1 with the answer', () => {
    const s = store();
    request(s);
    expect(
      runInMemory(
        s,
        'visitRequest.answer',
        { requestId: 'rq1', visitId: 'fv9', recordId: 'rec9', mode: 'phone', summary: '說明驗證登錄流程' },
        ctx(INSPECTOR),
      ),
    ).toEqual({ ok: true });
    expect(s.tx.get('visit_requests', 'rq1')).toMatchObject({ status: 'answered', visitId: 'fv9' });
    expect(s.tx.get('factory_visits', 'fv9')).toMatchObject({ mode: 'phone', status: 'done', dayKey: '2026-11-27', inspectorIds: ['i1'] });
    const rec = s.tx.get('record_sheets', 'rec9');
    expect(rec).toMatchObject({ kind: 'visit', status: 'draft', subjectId: 'fv9', unitId: 'unit-s1', createdBy: 'i1' });
    expect(rec?.content).toMatchObject({ serviceMode: 'phone', summary: '說明驗證登錄流程', companyName: company.name, serviceDay: '2026-11-27' });
  });

  it('a 統一編號 belongs to one company', () => {
    const s = store();
    s.tx.put('companies', { id: 'other', name: '別家', ubn: '22099131' });
    expect(request(s)).toEqual(rejected('UBN_TAKEN'));
    expect(s.tx.get('visit_requests', 'rq1')).toBeUndefined();
  });
});

describe('scheduling refuses bad input with a stable code, and writes nothing', () => {
  it('VISIT_IN_PAST: a day before the mutation’s day (Taiwan time); today is fine', () => {
    const s = store();
    const before = s.snapshot();
    expect(runInMemory(s, 'factoryVisit.create', visitArgs({ slot: slot('2026-11-26') }), ctx(INSPECTOR))).toEqual(rejected('VISIT_IN_PAST'));
    expect(s.snapshot()).toEqual(before);
    expect(runInMemory(s, 'factoryVisit.create', visitArgs({ slot: slot('2026-11-27') }), ctx(INSPECTOR))).toEqual({ ok: true });
    // 2026-11-26T17:00Z is already the 27th in Taiwan: the 26th is then past.
    expect(
      runInMemory(s, 'factoryVisit.reschedule', { visitId: 'fv1', slot: slot('2026-11-26') }, ctx(INSPECTOR, '2026-11-26T17:00:00.000Z')),
    ).toEqual(rejected('VISIT_IN_PAST'));
  });

  it('ENDS_BEFORE_START: an end at or before the start', () => {
    const s = store();
    expect(runInMemory(s, 'factoryVisit.create', visitArgs({ slot: slot('2026-12-01', '14:00', '10:00') }), ctx(INSPECTOR))).toEqual(
      rejected('ENDS_BEFORE_START'),
    );
    expect(runInMemory(s, 'factoryVisit.create', visitArgs({ slot: slot('2026-12-01', '10:00', '10:00') }), ctx(INSPECTOR))).toEqual(
      rejected('ENDS_BEFORE_START'),
    );
  });

  it('INSPECTOR_ABSENT: any inspector on leave that day, naming them', () => {
    const s = store();
    s.tx.put('staff_absences', { id: 'ab1', staffId: 'i2', dayKey: '2026-12-01', reason: '休假' });
    expect(runInMemory(s, 'factoryVisit.create', visitArgs(), ctx(INSPECTOR))).toEqual({
      ok: false,
      kind: 'rejected',
      code: 'INSPECTOR_ABSENT',
      details: { staffId: 'i2', dayKey: '2026-12-01' },
    });
    // Without a date nothing is judged yet; scheduling it onto that day is refused, the next day is fine.
    expect(runInMemory(s, 'factoryVisit.create', visitArgs({ slot: null }), ctx(INSPECTOR))).toEqual({ ok: true });
    expect(s.tx.get('factory_visits', 'fv1')).toMatchObject({ status: 'waiting', dayKey: null });
    const schedule = (dayKey: string) =>
      runInMemory(s, 'factoryVisit.schedule', { visitId: 'fv1', slot: slot(dayKey), inspectorIds: ['i1', 'i2'] }, ctx(INSPECTOR));
    expect(schedule('2026-12-01')).toEqual(rejected('INSPECTOR_ABSENT'));
    expect(schedule('2026-12-02')).toEqual({ ok: true });
    expect(s.tx.get('factory_visits', 'fv1')).toMatchObject({ status: 'scheduled', dayKey: '2026-12-02', startTime: '09:30' });
    // Moving it onto the absence is refused too.
    expect(runInMemory(s, 'factoryVisit.reschedule', { visitId: 'fv1', slot: slot('2026-12-01') }, ctx(INSPECTOR))).toEqual(
      rejected('INSPECTOR_ABSENT'),
    );
  });

  it('an unknown or repeated inspector, and counter staff may not schedule', () => {
    const s = store();
    expect(runInMemory(s, 'factoryVisit.create', visitArgs({ inspectorIds: ['i1', 'nobody'] }), ctx(INSPECTOR))).toEqual(rejected('UNKNOWN_STAFF'));
    expect(runInMemory(s, 'factoryVisit.create', visitArgs({ inspectorIds: ['i1', 'i1'] }), ctx(INSPECTOR))).toEqual(
      rejected('DUPLICATE_INSPECTOR'),
    );
    expect(runInMemory(s, 'factoryVisit.create', visitArgs(), ctx({ staffId: 'k1', roles: ['counter'] }))).toEqual({ ok: false, kind: 'forbidden' });
  });

  it('reschedule moves only a scheduled visit; cancel frees its unused car requests', () => {
    const s = store();
    runInMemory(s, 'factoryVisit.create', visitArgs(), ctx(INSPECTOR));
    expect(runInMemory(s, 'factoryVisit.reschedule', { visitId: 'fv1', slot: slot('2026-12-03', '13:00', '15:00') }, ctx(INSPECTOR))).toEqual({ ok: true });
    expect(s.tx.get('factory_visits', 'fv1')).toMatchObject({ dayKey: '2026-12-03', startTime: '13:00', endTime: '15:00', inspectorIds: ['i1', 'i2'] });
    s.tx.put('vehicles', { id: 'car1', plate: 'AB-1234', model: 'Altis', seats: 5, active: true });
    expect(
      runInMemory(
        s,
        'vehicleRequest.create',
        {
          request: {
            id: 'vr1', unitId: 'unit-s1', visitId: 'fv1', startAt: '2026-12-03T04:30:00.000Z', endAt: '2026-12-03T07:30:00.000Z',
            destination: '臺南市安南區', purpose: '違規訪查', passengers: ['人員i1', '人員i2'], driverNeeded: false, preferredVehicleId: 'car1',
          },
        },
        ctx(INSPECTOR),
      ),
    ).toEqual({ ok: true });
    expect(runInMemory(s, 'factoryVisit.cancel', { visitId: 'fv1', reason: '業者延期' }, ctx(INSPECTOR))).toEqual({ ok: true });
    expect(s.tx.get('factory_visits', 'fv1')).toMatchObject({ status: 'cancelled', cancelReason: '業者延期' });
    expect(s.tx.get('vehicle_requests', 'vr1')?.status).toBe('cancelled');
    expect(runInMemory(s, 'factoryVisit.reschedule', { visitId: 'fv1', slot: slot() }, ctx(INSPECTOR))).toEqual(rejected('VISIT_NOT_SCHEDULED'));
    expect(runInMemory(s, 'factoryVisit.cancel', { visitId: 'fv1', reason: '再取消' }, ctx(INSPECTOR))).toEqual(rejected('VISIT_NOT_OPEN'));
  });
});

describe('the 附件1 visit record reuses the sign-off of record sheets', () => {
  const filled = (over: Partial<VisitSheetContent> = {}): VisitSheetContent => ({
    serviceDay: '2026-12-01',
    startTime: '09:30',
    endTime: '11:00',
    unitName: '第一課',
    inspectorNames: ['人員i1', '人員i2'],
    companyName: company.name,
    companyUbn: company.ubn,
    address: '臺南市安南區工業一路1號',
    contactName: '林經理',
    contactPhone: '06-2345678',
    productCategory: 'electrical',
    inquiry: '',
    serviceMode: 'on_site',
    category: 'regulation',
    occasion: 'violation',
    summary: '說明商品檢驗規定，現場檢視標示。',
    eServiceTaught: true,
    personTrips: 3,
    businessComments: '感謝說明',
    ...over,
  });

  it('draft → RECORD_INCOMPLETE naming the empty fields → filled, submitted (visit done) → signed by the chief', () => {
    const s = store();
    runInMemory(s, 'factoryVisit.create', visitArgs(), ctx(INSPECTOR));
    const draft = { ...filled(), category: null, summary: '  ', eServiceTaught: null, personTrips: null };
    expect(runInMemory(s, 'visitRecord.draft', { visitId: 'fv1', recordId: 'rec1', content: draft }, ctx(INSPECTOR))).toEqual({ ok: true });
    expect(runInMemory(s, 'visitRecord.draft', { visitId: 'fv1', recordId: 'rec2', content: draft }, ctx(INSPECTOR))).toEqual(
      rejected('RECORD_EXISTS'),
    );
    expect(runInMemory(s, 'record.submit', { recordId: 'rec1' }, ctx(INSPECTOR))).toEqual({
      ok: false,
      kind: 'rejected',
      code: 'RECORD_INCOMPLETE',
      details: { fields: 'category,summary,eServiceTaught,personTrips' },
    });
    expect(s.tx.get('record_sheets', 'rec1')?.status).toBe('draft');
    // 0 人次 is not a service.
    expect(runInMemory(s, 'record.update', { recordId: 'rec1', content: filled({ personTrips: 0 }) }, ctx(INSPECTOR))).toEqual({ ok: true });
    expect(runInMemory(s, 'record.submit', { recordId: 'rec1' }, ctx(INSPECTOR))).toEqual(rejected('RECORD_INCOMPLETE'));
    // A malformed sheet is refused at the door.
    expect(runInMemory(s, 'record.update', { recordId: 'rec1', content: { ...filled(), personTrips: 'three' } }, ctx(INSPECTOR))).toEqual(
      rejected('CONTENT_INVALID'),
    );
    expect(runInMemory(s, 'record.update', { recordId: 'rec1', content: filled() }, ctx(INSPECTOR))).toEqual({ ok: true });
    expect(runInMemory(s, 'record.submit', { recordId: 'rec1' }, ctx(INSPECTOR))).toEqual({ ok: true });
    expect(s.tx.get('factory_visits', 'fv1')?.status).toBe('done');

    // Returned with a reason, edited, submitted again, then signed.
    expect(runInMemory(s, 'record.return', { recordId: 'rec1', reason: '請補業者意見' }, ctx(CHIEF))).toEqual({ ok: true });
    expect(runInMemory(s, 'record.update', { recordId: 'rec1', content: filled({ businessComments: '希望多辦說明會' }) }, ctx(INSPECTOR))).toEqual({ ok: true });
    expect(runInMemory(s, 'record.submit', { recordId: 'rec1' }, ctx(INSPECTOR))).toEqual({ ok: true });
    s.tx.put('signing_keys', { id: 'k1', staffId: 'c1', publicKey: `${'B'.repeat(43)}=`, createdAt: NOW });
    const sign = { recordId: 'rec1', signedAt: NOW, signerKeyId: 'k1', signature: `${'A'.repeat(86)}==` };
    expect(runInMemory(s, 'record.sign', sign, ctx(INSPECTOR))).toEqual(rejected('NOT_SIGNER'));
    expect(runInMemory(s, 'record.sign', sign, ctx(CHIEF))).toEqual({ ok: true });
    expect(s.tx.get('record_sheets', 'rec1')).toMatchObject({ status: 'signed', signedBy: 'c1', kind: 'visit' });
    expect(runInMemory(s, 'record.update', { recordId: 'rec1', content: filled() }, ctx(INSPECTOR))).toEqual(rejected('RECORD_SIGNED'));
  });

  it('a cancelled visit gets no record', () => {
    const s = store();
    runInMemory(s, 'factoryVisit.create', visitArgs(), ctx(INSPECTOR));
    runInMemory(s, 'factoryVisit.cancel', { visitId: 'fv1', reason: '取消' }, ctx(INSPECTOR));
    expect(runInMemory(s, 'visitRecord.draft', { visitId: 'fv1', recordId: 'rec1', content: filled() }, ctx(INSPECTOR))).toEqual(
      rejected('VISIT_NOT_OPEN'),
    );
  });
});
