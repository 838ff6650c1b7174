import referenceSeed from '../../resources/seed/reference.json';
import type { MutationActor } from '../../shared/mutations/define';
import type { MutationArgs, MutationName } from '../../shared/mutations/registry';

/**
 * A script of mutations touching every synced table, deletes included: every store (the desktop's
 * SQLite, the hub's, the in-memory one) must end with the same rows after it. One copy, used by the
 * desktop's and the hub's conformance tests.
 */
export const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
export const ADMIN: MutationActor = { staffId: 'admin-1', roles: ['admin', 'counter', 'chief'] };
const VERIFIER = `scrypt$10$8$1$c2FsdHNhbHRzYWx0c2FsdA$${'h'.repeat(43)}`;
const SIG = `${'A'.repeat(86)}==`;
const E1: MutationActor = { staffId: 'e1', roles: ['inspector'] };
const SECRETARIAT: MutationActor = { staffId: 'sec1', roles: ['secretariat'] };

export type Step = { [N in MutationName]: [N, MutationArgs<N>, MutationActor] }[MutationName];

export const conformanceScript = (): Step[] => {
  const t = (m: number) => new Date(Date.parse('2026-11-27T01:30:00.000Z') + m * 60_000).toISOString();
  const staff = (id: string, unitId: string, roles: ('admin' | 'counter' | 'inspector' | 'chief')[]) => ({
    staff: { id, unitId, name: `人員${id}`, username: id, roles, active: true, demo: false },
  });
  return [
    ['reference.seed', referenceSeed as MutationArgs<'reference.seed'>, SYSTEM],
    ['setup.createFirstAdmin', { staffId: 'admin-1', unitId: 'unit-s6', name: '管理者', username: 'admin', verifier: VERIFIER }, SYSTEM],
    ['staff.save', staff('e1', 'unit-s1', ['inspector']), ADMIN],
    ['staff.save', staff('e2', 'unit-s1', ['inspector']), ADMIN],
    ['staff.save', staff('c1', 'unit-s1', ['chief']), ADMIN],
    ['parameter.set', { key: 'citizen.hourlyWage', value: 210 }, ADMIN],
    ['absence.save', { absence: { id: 'ab1', staffId: 'e2', dayKey: '2026-11-28', reason: '休假' } }, ADMIN],
    ['deputy.save', { deputy: { id: 'd1', unitId: 'unit-s1', deputyId: 'e2', chiefId: 'c1', fromDay: '2026-11-27', toDay: '2026-11-27' } }, ADMIN],
    ['visit.intake', { visitId: 'v1', dayKey: '2026-11-27', visitor: { id: 'p1', name: '王小明', phone: '0912345678', companyId: 'co1' }, company: { id: 'co1', name: '範例公司', ubn: '22099131' }, itemIds: ['item-e01', 'item-m01'], escortRequested: false }, ADMIN],
    ['visit.intake', { visitId: 'v2', dayKey: '2026-11-27', visitor: { id: 'p2', name: '李大華', phone: '0922333444', companyId: null }, company: null, itemIds: ['item-e01'], escortRequested: false }, ADMIN],
    ['escort.assign', { visitId: 'v1', staffId: 'e1' }, ADMIN],
    ['escort.reassign', { visitId: 'v1', staffId: 'e2', reason: '支援', reassignmentId: 'r1' }, ADMIN],
    ['stop.record', { stop: { id: 's1', visitId: 'v1', unitId: 'unit-s1', itemId: 'item-e01', startedAt: t(1), endedAt: null, outcome: null, note: '' } }, ADMIN],
    ['stop.record', { stop: { id: 's1', visitId: 'v1', unitId: 'unit-s1', itemId: 'item-e01', startedAt: t(1), endedAt: t(9), outcome: 'done', note: '辦結' } }, ADMIN],
    ['visit.startDirect', { visitId: 'v2' }, ADMIN],
    ['visit.finish', { visitId: 'v1', recordId: 'rec1', satisfaction: 5, remarks: '很好' }, ADMIN],
    ['record.submit', { recordId: 'rec1' }, { staffId: 'e2', roles: ['inspector'] }],
    ['signingKey.register', { key: { id: 'k1', staffId: 'c1', publicKey: `${'B'.repeat(43)}=`, createdAt: t(20) } }, { staffId: 'c1', roles: ['chief'] }],
    ['record.sign', { recordId: 'rec1', signedAt: t(21), signerKeyId: 'k1', signature: SIG }, { staffId: 'c1', roles: ['chief'] }],
    ['record.correct', { recordId: 'rec1', newRecordId: 'rec2' }, { staffId: 'e2', roles: ['inspector'] }],
    ['visit.cancel', { visitId: 'v2', reason: '來洽人離開' }, ADMIN],
    ['setting.publicBaseUrl', { url: 'https://e.bsmi.example/' }, ADMIN],
    ['case.create', { case: { id: 'case1', caseNumber: 'TN-1150001', companyId: 'co1', contactName: '林小姐', contactPhone: '06-1', category: 'electrical', productId: 'pr1', productModel: 'HD-1', unitId: 'unit-s1', officerId: 'e1', receivedAt: t(30) }, company: { id: 'co1', name: '範例公司', ubn: '22099131' }, product: { id: 'pr1', name: '吹風機' }, milestoneId: 'ms1', token: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' }, ADMIN],
    ['case.addMilestone', { milestone: { id: 'ms2', caseId: 'case1', kind: 'testing', at: t(31), note: '' } }, ADMIN],
    ['case.update', { caseId: 'case1', contactName: '林小姐', contactPhone: '06-2', productModel: 'HD-2', unitId: 'unit-s2', officerId: null }, ADMIN],
    ['case.issueToken', { caseId: 'case1', token: 'ZYXWVUTSRQPONMLKJIHGFEDCBA', revokeOthers: true }, ADMIN],
    // Factory visits (issue 6): requests, visits, the 附件1 record, the fleet and car bookings, regulations.
    ['staff.save', { staff: { id: 'sec1', unitId: 'unit-s6', name: '秘書', username: 'sec1', roles: ['secretariat'], active: true, demo: false } }, ADMIN],
    ['parameter.set', { key: 'vehicle.bufferMinutes', value: 15 }, ADMIN],
    ['visitRequest.create', { requestId: 'rq1', unitId: 'unit-s1', channel: 'phone', company: { id: 'co1', name: '範例公司', ubn: '22099131' }, contactName: '林經理', contactPhone: '06-2345678', address: '臺南市安南區工業一路1號', category: 'electrical', question: '驗證登錄' }, E1],
    ['visitRequest.create', { requestId: 'rq2', unitId: 'unit-s1', channel: 'letter', company: { id: 'co2', name: '另一公司', ubn: null }, contactName: '', contactPhone: '', address: '', category: 'other', question: '標示' }, E1],
    ['factoryVisit.create', { visitId: 'fv1', requestId: 'rq1', occasion: 'business_request', unitId: 'unit-s1', company: { id: 'co1', name: '範例公司', ubn: '22099131' }, contactName: '林經理', contactPhone: '06-2345678', address: '臺南市安南區工業一路1號', category: 'electrical', purpose: '', inspectorIds: ['e1'], slot: null }, E1],
    ['factoryVisit.schedule', { visitId: 'fv1', slot: { dayKey: '2026-12-01', startTime: '09:00', endTime: '11:00' }, inspectorIds: ['e1', 'e2'] }, E1],
    ['factoryVisit.reschedule', { visitId: 'fv1', slot: { dayKey: '2026-12-02', startTime: '13:00', endTime: '15:00' } }, E1],
    ['factoryVisit.create', { visitId: 'fv2', requestId: null, occasion: 'sampling', unitId: 'unit-s1', company: { id: 'co2', name: '另一公司', ubn: null }, contactName: '', contactPhone: '', address: '高雄市前鎮區', category: 'other', purpose: '取樣', inspectorIds: ['e2'], slot: { dayKey: '2026-12-02', startTime: '09:00', endTime: '10:00' } }, E1],
    ['visitRequest.answer', { requestId: 'rq2', visitId: 'fv3', recordId: 'rec3', mode: 'letter', summary: '書面答覆' }, E1],
    ['visitRecord.draft', { visitId: 'fv1', recordId: 'rec4', content: { serviceDay: '2026-12-02', startTime: '13:00', endTime: '15:00', unitName: '第一課', inspectorNames: ['人員e1', '人員e2'], companyName: '範例公司', companyUbn: '22099131', address: '臺南市安南區工業一路1號', contactName: '林經理', contactPhone: '06-2345678', productCategory: 'electrical', inquiry: '驗證登錄', serviceMode: 'on_site', category: 'regulation', occasion: 'business_request', summary: '說明', eServiceTaught: true, personTrips: 2, businessComments: '' } }, E1],
    ['record.submit', { recordId: 'rec4' }, E1],
    ['vehicle.save', { vehicle: { id: 'car1', plate: 'AB-1234', model: 'Altis', seats: 5, active: true } }, ADMIN],
    ['vehicle.save', { vehicle: { id: 'car2', plate: 'CD-5678', model: 'Previa', seats: 8, active: true } }, ADMIN],
    ['vehicleRequest.create', { request: { id: 'vr1', unitId: 'unit-s1', visitId: 'fv1', startAt: '2026-12-02T04:30:00.000Z', endAt: '2026-12-02T07:30:00.000Z', destination: '臺南市安南區', purpose: '訪廠', passengers: ['人員e1', '人員e2'], driverNeeded: true, preferredVehicleId: 'car1' } }, E1],
    ['vehicleRequest.create', { request: { id: 'vr2', unitId: 'unit-s1', visitId: 'fv2', startAt: '2026-12-02T00:30:00.000Z', endAt: '2026-12-02T02:30:00.000Z', destination: '高雄市前鎮區', purpose: '取樣', passengers: ['人員e2'], driverNeeded: false, preferredVehicleId: null } }, E1],
    ['vehicleRequest.create', { request: { id: 'vr3', unitId: 'unit-s1', visitId: null, startAt: '2026-12-03T00:30:00.000Z', endAt: '2026-12-03T02:30:00.000Z', destination: '臺南市', purpose: '公務', passengers: [], driverNeeded: false, preferredVehicleId: 'car2' } }, E1],
    ['vehicleRequest.approve', { requestId: 'vr1', vehicleId: 'car1', driverName: '陳駕駛' }, SECRETARIAT],
    ['vehicleRequest.return', { requestId: 'vr2', reason: '當日無車' }, SECRETARIAT],
    ['vehicleRequest.odometer', { requestId: 'vr1', odometerOut: 1000, odometerIn: 1085 }, E1],
    ['regulation.save', { regulation: { id: 'rg1', title: '電器商品檢驗規定', number: 'CNS 60335-1', version: '2023', effectiveDate: '2024-01-01', category: 'electrical', fileName: 'a.pdf', mediaType: 'application/pdf', fileSha256: 'a'.repeat(64), fileBytes: 10, updatedAt: t(40), updatedBy: 'admin-1' } }, ADMIN],
    ['regulation.save', { regulation: { id: 'rg2', title: '標示規定', number: 'CNS 1', version: '', effectiveDate: '2024-01-01', category: 'electrical', fileName: 'b.pdf', mediaType: 'application/pdf', fileSha256: 'b'.repeat(64), fileBytes: 20, updatedAt: t(41), updatedBy: 'admin-1' } }, ADMIN],
  ];
};

/** The script plus deletes, so tombstones are exercised too. */
export const conformanceScriptWithDeletes = (): Step[] => [
  ...conformanceScript(),
  ['deputy.remove', { deputyId: 'd1' }, ADMIN],
  ['absence.save', { absence: { id: 'ab2', staffId: 'e1', dayKey: '2026-11-29', reason: '公假' } }, ADMIN],
  ['absence.remove', { absenceId: 'ab1' }, ADMIN],
  ['factoryVisit.cancel', { visitId: 'fv2', reason: '業者延期' }, { staffId: 'e1', roles: ['inspector'] }],
  ['vehicleRequest.cancel', { requestId: 'vr3' }, { staffId: 'e1', roles: ['inspector'] }],
  ['regulation.remove', { regulationId: 'rg2' }, ADMIN],
];
