import { afterEach, describe, expect, it } from 'vitest';
import referenceSeed from '../../../resources/seed/reference.json';
import type { MutationActor } from '../../../shared/mutations/define';
import { createMemoryStore, runInMemory } from '../../../shared/mutations/memory-tx';
import type { MutationArgs, MutationName } from '../../../shared/mutations/registry';
import { PRIMARY_KEYS, TABLE_NAMES } from '../../../shared/mutations/tables';
import type { TableName } from '../../../shared/mutations/tables';
import { openConnection } from './connection';
import { createExecutor } from './executor';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

/**
 * The same mutations through the SQLite executor and through the in-memory store must leave the
 * same rows in every table, and every look-up must answer the same. This is what lets the hub (and
 * its tests) run the desktop's mutators against another store and trust the result.
 */
const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };
const ADMIN: MutationActor = { staffId: 'admin-1', roles: ['admin', 'counter', 'chief'] };
const VERIFIER = `scrypt$10$8$1$c2FsdHNhbHRzYWx0c2FsdA$${'h'.repeat(43)}`;
const SIG = `${'A'.repeat(86)}==`;
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

type Step = { [N in MutationName]: [N, MutationArgs<N>, MutationActor] }[MutationName];

const script = (): Step[] => {
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

const sortByKey = (table: TableName, rows: object[]) => {
  const pk = PRIMARY_KEYS[table];
  return [...rows].sort((a, b) => String((a as Record<string, unknown>)[pk]).localeCompare(String((b as Record<string, unknown>)[pk])));
};

describe('SQLite stores and the in-memory store agree', () => {
  it('after the same mutations, every table holds the same rows and every look-up answers the same', () => {
    const db = openConnection(':memory:');
    closers.push(() => db.close());
    migrate(db, MIGRATIONS);
    const now = Date.parse('2026-11-27T01:30:00.000Z');
    let id = 0;
    const ex = createExecutor({ db, now: () => new Date(now), newId: () => `id-${++id}` });
    const mem = createMemoryStore();
    script().forEach(([name, args, actor], i) => {
      const a = ex.apply(name, args, actor);
      const b = runInMemory(mem, name, args, { actor, now: new Date(now).toISOString(), mutationId: `m${i}` });
      expect(a.ok, `${name} on SQLite: ${JSON.stringify(a)}`).toBe(true);
      expect(b, `${name} in memory`).toEqual({ ok: true });
    });

    const snap = mem.snapshot();
    for (const table of TABLE_NAMES) {
      expect(sortByKey(table, ex.stores[table].all()), table).toEqual(sortByKey(table, Object.values(snap[table])));
    }
    // Narrowed and plain look-ups alike, for every value that occurs.
    const lookups: [TableName, string, string[]][] = [
      ['escort_visits', 'escortId', ['e1', 'e2']],
      ['escort_visits', 'dayKey', ['2026-11-27']],
      ['escort_stops', 'visitId', ['v1', 'v2']],
      ['record_sheets', 'subjectId', ['v1']],
      ['staff', 'username', ['e1', 'admin', 'nobody']],
      ['staff', 'unitId', ['unit-s1']],
      ['business_items', 'unitId', ['unit-s1']],
      ['companies', 'ubn', ['22099131']],
      ['sign_deputies', 'deputyId', ['e2']],
      ['staff_absences', 'staffId', ['e2']],
      ['signing_keys', 'staffId', ['c1']],
      ['inspection_cases', 'caseNumber', ['TN-1150001', 'NONE']],
      ['case_milestones', 'caseId', ['case1']],
      ['case_tokens', 'caseId', ['case1']],
      ['products', 'name', ['吹風機']],
    ];
    for (const [table, index, values] of lookups) {
      for (const value of values) {
        const sql = (ex.stores[table].findBy as (i: string, v: string) => object[])(index, value);
        const memRows = (mem.tx.findBy as (t: TableName, i: string, v: string) => object[])(table, index, value);
        expect(sortByKey(table, sql), `${table}.${index}=${value}`).toEqual(sortByKey(table, memRows));
      }
    }
  });
});
