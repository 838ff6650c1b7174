import type { RecordSummary } from '../../../../shared/ipc/contract-records';
import type { AppState } from '../types';

const NONE: readonly RecordSummary[] = [];
const MINE_ORDER: Readonly<Record<RecordSummary['status'], number>> = { returned: 0, draft: 1, submitted: 2, signed: 3 };

export const recordsSelectors = {
  queueLoaded: (s: AppState) => s.recordQueue !== null,
  queueError: (s: AppState) => s.recordQueueError,
  /** Submitted sheets this person may sign, oldest submission first (main's order). */
  toSign: (s: AppState): readonly RecordSummary[] => s.recordQueue?.toSign ?? NONE,
  /** Recently signed sheets of the units this person signs for, or that they wrote; latest signature first. (derived: useShallow) */
  signed: (s: AppState): RecordSummary[] =>
    [...(s.recordQueue?.signed ?? NONE)].sort((a, b) => (b.signedAt ?? b.updatedAt).localeCompare(a.signedAt ?? a.updatedAt)),
  /** The person's own open sheets: returned first (they need work), then drafts, then submitted. (derived: useShallow) */
  mine: (s: AppState): RecordSummary[] =>
    [...(s.recordQueue?.mine ?? NONE)].sort(
      (a, b) => MINE_ORDER[a.status] - MINE_ORDER[b.status] || b.updatedAt.localeCompare(a.updatedAt),
    ),
  /** How many sheets need this person now: to sign, plus own returned or draft ones. */
  waitingCount: (s: AppState): number =>
    (s.recordQueue?.toSign.length ?? 0) + (s.recordQueue?.mine.filter((r) => r.status !== 'submitted').length ?? 0),
  record: (s: AppState) => s.record,
  recordError: (s: AppState) => s.recordError,
  verify: (s: AppState) => s.recordVerify,
  loadQueue: (s: AppState) => s.loadRecordQueue,
  loadRecord: (s: AppState) => s.loadRecord,
  updateRecord: (s: AppState) => s.updateRecord,
  submitRecord: (s: AppState) => s.submitRecord,
  returnRecord: (s: AppState) => s.returnRecord,
  signRecord: (s: AppState) => s.signRecord,
  verifyRecord: (s: AppState) => s.verifyRecord,
  correctRecord: (s: AppState) => s.correctRecord,
  savePdf: (s: AppState) => s.saveRecordPdf,
  openPdf: (s: AppState) => s.openRecordPdf,
};
