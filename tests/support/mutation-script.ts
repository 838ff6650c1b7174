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
  ];
};

/** The script plus deletes, so tombstones are exercised too. */
export const conformanceScriptWithDeletes = (): Step[] => [
  ...conformanceScript(),
  ['deputy.remove', { deputyId: 'd1' }, ADMIN],
  ['absence.save', { absence: { id: 'ab2', staffId: 'e1', dayKey: '2026-11-29', reason: '公假' } }, ADMIN],
  ['absence.remove', { absenceId: 'ab1' }, ADMIN],
];
