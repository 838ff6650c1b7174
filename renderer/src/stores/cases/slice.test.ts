import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../../shared/ipc/contract-cases';
import { fakeBackend, ok, localSyncStatus } from '../fake-client';
import { casesSelectors } from './selectors';
import type { CaseDetail } from './slice';

const summary = (id: string, caseNumber: string, status: CaseSummary['status'] = 'received'): CaseSummary => ({
  id,
  caseNumber,
  companyName: '峯綉電機股份有限公司',
  companyUbn: '04595257',
  productName: '吹風機',
  productModel: 'HD-1',
  category: 'electrical',
  status,
  unitId: 'unit-s1',
  officerName: null,
  receivedAt: '2026-11-27T01:00:00.000Z',
});
const detail = (id: string, status: CaseSummary['status'] = 'received'): CaseDetail => ({
  summary: summary(id, 'TN-1150001', status),
  contactName: '',
  contactPhone: '',
  officerId: null,
  milestones: [],
  token: { token: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', issuedAt: '2026-11-27T01:00:00.000Z', url: 'https://e.example/C/ABCDEFGHIJKLMNOPQRSTUVWXYZ' },
  revokedTokens: 0,
});
const sync = { 'sync:status': () => ok(localSyncStatus(0)) };

describe('cases slice', () => {
  it('searches only from two characters on, and keeps only the answer to the latest question', async () => {
    const answers: ((v: ReturnType<typeof ok<{ kind: string; results: CaseSummary[] }>>) => void)[] = [];
    const { store, calls } = fakeBackend({
      'case:search': () => new Promise((resolve) => answers.push(resolve)),
    });
    store.getState().setCaseSearch('T', 'auto');
    await store.getState().searchCases();
    expect(calls).toHaveLength(0);
    expect(casesSelectors.results(store.getState())).toBeNull();

    store.getState().setCaseSearch('TN-11', 'number');
    const slow = store.getState().searchCases();
    store.getState().setCaseSearch('TN-115', 'number');
    const fast = store.getState().searchCases();
    expect(calls.map((c) => c.input)).toEqual([
      { q: 'TN-11', kind: 'number' },
      { q: 'TN-115', kind: 'number' },
    ]);
    answers[1]?.(ok({ kind: 'number', results: [summary('c2', 'TN-1150002')] }));
    await fast;
    answers[0]?.(ok({ kind: 'number', results: [summary('c1', 'TN-1100001')] }));
    await slow;
    expect(casesSelectors.results(store.getState())?.map((r) => r.caseNumber)).toEqual(['TN-1150002']);
    expect(casesSelectors.searching(store.getState())).toBe(false);
  });

  it('shows the open case only under its own id, and re-reads it after a new milestone', async () => {
    let status: CaseSummary['status'] = 'received';
    const { store, calls } = fakeBackend({
      ...sync,
      'case:recent': () => ok([]),
      'case:get': ({ caseId }) => ok(detail(caseId, status)),
      'case:addMilestone': ({ caseId }) => {
        status = 'testing';
        return ok({ caseId });
      },
    });
    await store.getState().loadCase('c1');
    expect(casesSelectors.detailOf('c1')(store.getState())?.summary.status).toBe('received');
    expect(casesSelectors.detailOf('c2')(store.getState())).toBeNull();
    await store.getState().addMilestone({ caseId: 'c1', kind: 'testing', note: '' });
    expect(casesSelectors.detailOf('c1')(store.getState())?.summary.status).toBe('testing');
    expect(calls.map((c) => c.channel)).toEqual(expect.arrayContaining(['case:recent', 'sync:status']));
  });

  it('a refusal (the case was closed meanwhile) shows the case as it is now', async () => {
    const { store, calls } = fakeBackend({
      ...sync,
      'case:recent': () => ok([]),
      'case:get': ({ caseId }) => ok(detail(caseId, 'completed')),
      'case:addMilestone': () => ({ ok: false, error: { code: 'rejected', message: 'closed', reason: 'CASE_CLOSED' } }),
    });
    await store.getState().loadCase('c1');
    const r = await store.getState().addMilestone({ caseId: 'c1', kind: 'testing', note: '' });
    expect(r).toMatchObject({ ok: false, error: { reason: 'CASE_CLOSED' } });
    expect(calls.filter((c) => c.channel === 'case:get')).toHaveLength(2);
    expect(casesSelectors.closed(store.getState())).toBe(true);
  });

  it('re-reads the recent list after an import only when it committed', async () => {
    let commit = false;
    const result = () => ({
      fileName: 'a.csv',
      format: 'utf-8',
      rows: 2,
      toCreate: commit ? 0 : 2,
      unchanged: 0,
      created: commit ? 2 : 0,
      errorCount: 0,
      errors: [],
      committed: commit,
    });
    const { store, calls } = fakeBackend({ ...sync, 'case:recent': () => ok([]), 'case:import': () => ok(result()) });
    await store.getState().importCases({ fileName: 'a.csv', contentBase64: '', commit: false });
    expect(calls.filter((c) => c.channel === 'case:recent')).toHaveLength(0);
    commit = true;
    await store.getState().importCases({ fileName: 'a.csv', contentBase64: '', commit: true });
    expect(calls.filter((c) => c.channel === 'case:recent')).toHaveLength(1);
  });

  it('forgets everything on sign-out', async () => {
    const { store } = fakeBackend({ 'case:get': ({ caseId }) => ok(detail(caseId)), 'auth:logout': () => ok({ done: true as const }) });
    store.getState().setCaseSearch('峯綉', 'company');
    await store.getState().loadCase('c1');
    await store.getState().logout();
    expect(store.getState().caseDetail).toBeNull();
    expect(store.getState().caseQuery).toBe('');
  });
});
