import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/errors';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export type RecordQueue = ChannelOutput<'record:queue'>;
export type RecordDetail = ChannelOutput<'record:get'>;
export type RecordVerify = ChannelOutput<'record:verify'>;
type RecordRef = Result<{ recordId: string }>;

/**
 * Record sheets and sign-off (陳核): the person's two queues, the record open on screen and the
 * verdict of its last signature check. Accepted changes re-read the record and the queues.
 */
export interface RecordsSlice {
  recordQueue: RecordQueue | null;
  recordQueueError: AppError | null;
  record: RecordDetail | null;
  recordError: AppError | null;
  /** The last verification of the open record (cleared when another record opens or it changes). */
  recordVerify: RecordVerify | null;
  loadRecordQueue(): Promise<Result<RecordQueue>>;
  loadRecord(recordId: string): Promise<Result<RecordDetail>>;
  updateRecord(recordId: string, content: ChannelInput<'record:update'>['content']): Promise<RecordRef>;
  submitRecord(recordId: string): Promise<RecordRef>;
  returnRecord(recordId: string, reason: string): Promise<RecordRef>;
  signRecord(recordId: string, password: string): Promise<RecordRef>;
  verifyRecord(recordId: string): Promise<Result<RecordVerify>>;
  /** Creates the linked correction draft; resolves with its id. */
  correctRecord(recordId: string): Promise<RecordRef>;
  saveRecordPdf(recordId: string): Promise<Result<ChannelOutput<'record:pdf'>>>;
  openRecordPdf(recordId: string): Promise<Result<ChannelOutput<'record:openPdf'>>>;
  clearRecords(): void;
}

type RecordsCache = Pick<RecordsSlice, 'recordQueue' | 'recordQueueError' | 'record' | 'recordError' | 'recordVerify'>;
const empty = (): RecordsCache => ({
  recordQueue: null,
  recordQueueError: null,
  record: null,
  recordError: null,
  recordVerify: null,
});

export const createRecordsSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): RecordsSlice => {
    const write = async (recordId: string, result: Promise<RecordRef>): Promise<RecordRef> => {
      const r = await result;
      // Accepted, or refused because the record moved on (signed, returned): show it as it is now.
      if (r.ok || r.error.code === 'rejected') {
        await Promise.all([get().loadRecord(recordId), get().loadRecordQueue(), r.ok ? get().refreshSync() : null]);
      }
      return r;
    };
    return {
      ...empty(),
      async loadRecordQueue() {
        const r = await deps.client.call('record:queue', {});
        set(r.ok ? { recordQueue: r.value, recordQueueError: null } : { recordQueueError: r.error });
        return r;
      },
      async loadRecord(recordId) {
        const r = await deps.client.call('record:get', { recordId });
        if (r.ok) {
          const same = get().record?.record.id === recordId && get().record?.record.updatedAt === r.value.record.updatedAt;
          set({ record: r.value, recordError: null, ...(same ? {} : { recordVerify: null }) });
        } else set({ recordError: r.error, ...(get().record?.record.id === recordId ? {} : { record: null, recordVerify: null }) });
        return r;
      },
      updateRecord: (recordId, content) =>
        write(recordId, deps.client.call('record:update', { recordId, content })),
      submitRecord: (recordId) => write(recordId, deps.client.call('record:submit', { recordId })),
      returnRecord: (recordId, reason) => write(recordId, deps.client.call('record:return', { recordId, reason })),
      signRecord: (recordId, password) => write(recordId, deps.client.call('record:sign', { recordId, password })),
      async verifyRecord(recordId) {
        const r = await deps.client.call('record:verify', { recordId });
        set({ recordVerify: r.ok ? r.value : null });
        return r;
      },
      async correctRecord(recordId) {
        const r = await deps.client.call('record:correct', { recordId });
        if (r.ok) await Promise.all([get().loadRecordQueue(), get().refreshSync()]);
        return r;
      },
      saveRecordPdf: (recordId) => deps.client.call('record:pdf', { recordId }),
      openRecordPdf: (recordId) => deps.client.call('record:openPdf', { recordId }),
      clearRecords: () => set(empty()),
    };
  };
