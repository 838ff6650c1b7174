import type { AuditEntry, ChannelOutput } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/errors';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export const AUDIT_PAGE_SIZE = 50;
export type AuditVerifyResult = ChannelOutput<'audit:verify'>;
export type AuditMove = 'newest' | 'older' | 'newer';

/**
 * One page of the audit log (newest first), paged by sequence number: `auditCursors` holds the
 * `beforeSeq` of every page above the current one, so "newer" can step back without offsets.
 */
export interface AuditSlice {
  auditEntries: AuditEntry[];
  /** beforeSeq of each page visited; the last one is the current page's (undefined = newest). */
  auditCursors: (number | undefined)[];
  auditHasOlder: boolean;
  auditVerify: AuditVerifyResult | null;
  auditLoading: boolean;
  /** Why the last read or verification failed, if it did. */
  auditError: AppError | null;
  loadAuditPage(move: AuditMove): Promise<Result<AuditEntry[]>>;
  verifyAudit(): Promise<Result<AuditVerifyResult>>;
  clearAudit(): void;
}

export const createAuditSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): AuditSlice => ({
    auditEntries: [],
    auditCursors: [],
    auditHasOlder: false,
    auditVerify: null,
    auditLoading: false,
    auditError: null,
    async loadAuditPage(move) {
      const { auditCursors, auditEntries } = get();
      let cursors: (number | undefined)[];
      if (move === 'newest' || auditCursors.length === 0) cursors = [undefined];
      else if (move === 'older') {
        const last = auditEntries[auditEntries.length - 1];
        cursors = last ? [...auditCursors, last.seq] : auditCursors;
      } else cursors = auditCursors.length > 1 ? auditCursors.slice(0, -1) : [undefined];
      const beforeSeq = cursors[cursors.length - 1];
      set({ auditLoading: true });
      // Ask for one more than a page to learn whether an older page exists.
      const r = await deps.client.call('audit:list', {
        limit: AUDIT_PAGE_SIZE + 1,
        ...(beforeSeq === undefined ? {} : { beforeSeq }),
      });
      if (r.ok) {
        set({
          auditEntries: r.value.slice(0, AUDIT_PAGE_SIZE),
          auditCursors: cursors,
          auditHasOlder: r.value.length > AUDIT_PAGE_SIZE,
          auditLoading: false,
          auditError: null,
        });
      } else set({ auditLoading: false, auditError: r.error });
      return r;
    },
    async verifyAudit() {
      const r = await deps.client.call('audit:verify', {});
      set(r.ok ? { auditVerify: r.value, auditError: null } : { auditVerify: null, auditError: r.error });
      return r;
    },
    clearAudit: () =>
      set({ auditEntries: [], auditCursors: [], auditHasOlder: false, auditVerify: null, auditLoading: false, auditError: null }),
  });
