import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/errors';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export type PrinterProfile = ChannelOutput<'print:profiles'>[number];
export type PrinterProfileInput = ChannelInput<'print:saveProfile'>;
export type PrintJob = ChannelOutput<'print:jobs'>[number];
type JobResult = Result<PrintJob>;

/** How many recent jobs the queue screen shows. */
export const PRINT_JOBS_LIMIT = 100;

/**
 * Printing on this device: the printer profiles (admin edits them), the recent print jobs and the
 * public address QR labels point to. Every print action re-reads the job list afterwards, so the
 * queue screen and the status bar show what main recorded, including failures.
 */
export interface PrintingSlice {
  printerProfiles: PrinterProfile[];
  printerProfilesLoaded: boolean;
  printJobs: PrintJob[];
  printJobsLoaded: boolean;
  printingError: AppError | null;
  /** The hub's public address for QR labels; null when not set. */
  publicUrl: string | null;
  publicUrlLoaded: boolean;
  loadPrinterProfiles(): Promise<Result<PrinterProfile[]>>;
  savePrinterProfile(input: PrinterProfileInput): Promise<Result<PrinterProfile>>;
  deletePrinterProfile(id: string): Promise<Result<{ done: true }>>;
  testPrint(profileId: string): Promise<JobResult>;
  printLabel(caseId: string, profileId?: string): Promise<JobResult>;
  printRecordSheet(recordId: string, profileId?: string): Promise<JobResult>;
  loadPrintJobs(): Promise<Result<PrintJob[]>>;
  retryPrintJob(jobId: string): Promise<JobResult>;
  reprintPrintJob(jobId: string): Promise<JobResult>;
  loadPublicUrl(): Promise<Result<{ url: string | null }>>;
  setPublicUrl(url: string): Promise<Result<{ url: string }>>;
  clearPrinting(): void;
}

type PrintingCache = Pick<
  PrintingSlice,
  'printerProfiles' | 'printerProfilesLoaded' | 'printJobs' | 'printJobsLoaded' | 'printingError' | 'publicUrl' | 'publicUrlLoaded'
>;
const empty = (): PrintingCache => ({
  printerProfiles: [],
  printerProfilesLoaded: false,
  printJobs: [],
  printJobsLoaded: false,
  printingError: null,
  publicUrl: null,
  publicUrlLoaded: false,
});

export const createPrintingSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): PrintingSlice => {
    /** A print action: whatever its outcome, the job list is read again (a refusal may still have queued nothing). */
    const printing = async (result: Promise<JobResult>): Promise<JobResult> => {
      const r = await result;
      await get().loadPrintJobs();
      return r;
    };
    const profilesChanged = async <T>(result: Promise<Result<T>>): Promise<Result<T>> => {
      const r = await result;
      if (r.ok) await get().loadPrinterProfiles();
      return r;
    };
    return {
      ...empty(),
      async loadPrinterProfiles() {
        const r = await deps.client.call('print:profiles', {});
        set(r.ok ? { printerProfiles: r.value, printerProfilesLoaded: true, printingError: null } : { printingError: r.error });
        return r;
      },
      savePrinterProfile: (input) => profilesChanged(deps.client.call('print:saveProfile', input)),
      deletePrinterProfile: (id) => profilesChanged(deps.client.call('print:deleteProfile', { id })),
      testPrint: (profileId) => printing(deps.client.call('print:testPrint', { profileId })),
      printLabel: (caseId, profileId) =>
        printing(deps.client.call('print:label', { caseId, ...(profileId ? { profileId } : {}) })),
      printRecordSheet: (recordId, profileId) =>
        printing(deps.client.call('print:recordSheet', { recordId, ...(profileId ? { profileId } : {}) })),
      async loadPrintJobs() {
        const r = await deps.client.call('print:jobs', { limit: PRINT_JOBS_LIMIT });
        set(r.ok ? { printJobs: r.value, printJobsLoaded: true, printingError: null } : { printingError: r.error });
        return r;
      },
      retryPrintJob: (jobId) => printing(deps.client.call('print:retry', { jobId })),
      reprintPrintJob: (jobId) => printing(deps.client.call('print:reprint', { jobId })),
      async loadPublicUrl() {
        const r = await deps.client.call('settings:publicUrl', {});
        if (r.ok) set({ publicUrl: r.value.url, publicUrlLoaded: true });
        return r;
      },
      async setPublicUrl(url) {
        const r = await deps.client.call('settings:setPublicUrl', { url });
        if (r.ok) await Promise.all([get().loadPublicUrl(), get().refreshSync()]);
        return r;
      },
      clearPrinting: () => set(empty()),
    };
  };
