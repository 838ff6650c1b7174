import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/ipc/contract';
import { fakeBackend, ok } from '../fake-client';
import { auditSelectors } from './selectors';
import { AUDIT_PAGE_SIZE } from './slice';

const TOTAL = AUDIT_PAGE_SIZE * 2 + 7;
const entry = (seq: number): AuditEntry => ({
  seq,
  at: '2026-11-27T00:00:00.000Z',
  actorId: null,
  actorName: null,
  action: 'staff.save',
  entity: 'staff',
  entityId: 'x',
  summary: `#${seq}`,
});

describe('audit slice', () => {
  it('pages newest first by sequence number, forwards and back', async () => {
    const { store } = fakeBackend({
      'audit:list': ({ beforeSeq, limit }) => {
        const top = Math.min(TOTAL, (beforeSeq ?? TOTAL + 1) - 1);
        return ok(Array.from({ length: Math.max(0, Math.min(limit, top)) }, (_, i) => entry(top - i)));
      },
    });
    const s = () => store.getState();
    await s().loadAuditPage('newest');
    expect(s().auditEntries[0]?.seq).toBe(TOTAL);
    expect(s().auditEntries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(auditSelectors.hasOlder(s())).toBe(true);
    expect(auditSelectors.hasNewer(s())).toBe(false);

    await s().loadAuditPage('older');
    await s().loadAuditPage('older');
    expect(auditSelectors.page(s())).toBe(3);
    expect(s().auditEntries.map((e) => e.seq)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(auditSelectors.hasOlder(s())).toBe(false);

    await s().loadAuditPage('newer');
    expect(auditSelectors.page(s())).toBe(2);
    expect(s().auditEntries[0]?.seq).toBe(TOTAL - AUDIT_PAGE_SIZE);
    await s().loadAuditPage('newest');
    expect(auditSelectors.page(s())).toBe(1);
  });

  it('keeps the verdict of a verification, or why it failed', async () => {
    let allowed = true;
    const { store } = fakeBackend({
      'audit:verify': () =>
        allowed ? ok({ ok: false, checked: 12, firstBadSeq: 9 }) : { ok: false, error: { code: 'forbidden', message: '' } },
    });
    await store.getState().verifyAudit();
    expect(store.getState().auditVerify).toEqual({ ok: false, checked: 12, firstBadSeq: 9 });
    allowed = false;
    await store.getState().verifyAudit();
    expect(store.getState().auditVerify).toBeNull();
    expect(store.getState().auditError?.code).toBe('forbidden');
  });
});
