import { describe, expect, it } from 'vitest';
import { newDraftSheet } from '../../../../shared/domain/record-sheet';
import type { RecordStatus } from '../../../../shared/domain/record-sheet';
import type { RecordSummary } from '../../../../shared/ipc/contract-records';
import { fakeBackend, ok, localSyncStatus } from '../fake-client';
import { recordsSelectors } from './selectors';
import type { RecordDetail } from './slice';

const summary = (id: string, status: RecordStatus, updatedAt: string): RecordSummary => ({
  id,
  kind: 'escort',
  status,
  unitId: 'unit-s1',
  title: `專人全程服務紀錄表（${id}）`,
  authorName: '陳專人',
  submittedAt: null,
  updatedAt,
  returnReason: status === 'returned' ? '請補充' : null,
  subjectDay: '2026-11-27',
  signedAt: null,
});

const detail = (status: RecordStatus, updatedAt = '2026-11-27T01:00:00.000Z'): RecordDetail => ({
  record: {
    ...newDraftSheet({
      id: 'r1',
      kind: 'escort',
      unitId: 'unit-s1',
      subjectId: 'v1',
      content: {},
      createdBy: 's1',
      correctionOf: null,
      at: '2026-11-27T01:00:00.000Z',
    }),
    status,
    updatedAt,
  },
  authorName: '陳專人',
  signerName: null,
  deputyOfName: null,
  can: { edit: false, submit: false, sign: status === 'submitted', correct: status === 'signed' },
});

describe('records slice', () => {
  it('lists my sheets that need work first: returned, then drafts, then submitted', async () => {
    const { store } = fakeBackend({
      'record:queue': () =>
        ok({
          toSign: [summary('s1', 'submitted', '2026-11-27T01:00:00.000Z')],
          mine: [
            summary('a', 'submitted', '2026-11-27T03:00:00.000Z'),
            summary('b', 'draft', '2026-11-27T01:00:00.000Z'),
            summary('c', 'returned', '2026-11-27T00:00:00.000Z'),
            summary('d', 'draft', '2026-11-27T02:00:00.000Z'),
          ],
          signed: [],
        }),
    });
    await store.getState().loadRecordQueue();
    const s = store.getState();
    expect(recordsSelectors.mine(s).map((r) => r.id)).toEqual(['c', 'd', 'b', 'a']);
    expect(recordsSelectors.toSign(s).map((r) => r.id)).toEqual(['s1']);
    expect(recordsSelectors.waitingCount(s)).toBe(4);
  });

  it('a signature re-reads the sheet and the queues; a wrong password changes nothing', async () => {
    let status: RecordStatus = 'submitted';
    const { store, calls } = fakeBackend({
      'sync:status': () => ok(localSyncStatus(0)),
      'record:queue': () => ok({ toSign: [], mine: [], signed: [] }),
      'record:get': () => ok(detail(status, status === 'signed' ? '2026-11-27T02:00:00.000Z' : undefined)),
      'record:sign': ({ password }) => {
        if (password !== 'right') return { ok: false, error: { code: 'bad_credentials', message: 'no' } };
        status = 'signed';
        return ok({ recordId: 'r1' });
      },
    });
    await store.getState().loadRecord('r1');
    const wrong = await store.getState().signRecord('r1', 'wrong');
    expect(wrong.ok).toBe(false);
    expect(calls.filter((c) => c.channel === 'record:get')).toHaveLength(1);
    await store.getState().signRecord('r1', 'right');
    expect(store.getState().record?.record.status).toBe('signed');
    expect(calls.map((c) => c.channel)).toEqual(expect.arrayContaining(['record:queue', 'sync:status']));
  });

  it('keeps a verification only while it is about the sheet on screen as it is', async () => {
    let updatedAt = '2026-11-27T01:00:00.000Z';
    const { store } = fakeBackend({
      'record:get': () => ok(detail('signed', updatedAt)),
      'record:verify': () => ok({ valid: true, problem: null, signerName: '張課長', signedAt: updatedAt, keyId: 'k1' }),
    });
    await store.getState().loadRecord('r1');
    await store.getState().verifyRecord('r1');
    expect(recordsSelectors.verify(store.getState())?.valid).toBe(true);
    await store.getState().loadRecord('r1');
    expect(recordsSelectors.verify(store.getState())?.valid).toBe(true);
    updatedAt = '2026-11-27T05:00:00.000Z';
    await store.getState().loadRecord('r1');
    expect(recordsSelectors.verify(store.getState())).toBeNull();
  });

  it('a refused change (the sheet moved on meanwhile) shows the sheet as it is now', async () => {
    const { store, calls } = fakeBackend({
      'record:queue': () => ok({ toSign: [], mine: [], signed: [] }),
      'record:get': () => ok(detail('signed')),
      'record:update': () => ({ ok: false, error: { code: 'rejected', message: 'x', reason: 'RECORD_SIGNED' } }),
    });
    const r = await store.getState().updateRecord('r1', { visitorOpinion: 'x' });
    expect(r).toMatchObject({ ok: false, error: { reason: 'RECORD_SIGNED' } });
    expect(calls.filter((c) => c.channel === 'record:get')).toHaveLength(1);
    expect(store.getState().record?.can.correct).toBe(true);
  });

  it('lists recently signed sheets, latest signature first', async () => {
    const signed = (id: string, signedAt: string) => ({ ...summary(id, 'signed', signedAt), signedAt });
    const { store } = fakeBackend({
      'record:queue': () =>
        ok({ toSign: [], mine: [], signed: [signed('old', '2026-11-26T01:00:00.000Z'), signed('new', '2026-11-27T03:00:00.000Z')] }),
    });
    await store.getState().loadRecordQueue();
    expect(recordsSelectors.signed(store.getState()).map((r) => r.id)).toEqual(['new', 'old']);
  });
});
