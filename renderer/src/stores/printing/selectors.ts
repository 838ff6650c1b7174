import type { Role } from '../../../../shared/domain/roles';
import type { AppState } from '../types';
import type { PrinterProfile, PrintJob } from './slice';

/** Roles main lets print labels and sheets (print:label, print:recordSheet, print:jobs). */
const PRINTING_ROLES: readonly Role[] = ['counter', 'inspector', 'chief', 'admin'];

/** Selectors returning new arrays or objects must be used with `useShallow`. */
export const printingSelectors = {
  profiles: (s: AppState) => s.printerProfiles,
  profilesLoaded: (s: AppState) => s.printerProfilesLoaded,
  /** Label printers, the default first. (derived: useShallow) */
  labelPrinters: (s: AppState): PrinterProfile[] =>
    s.printerProfiles.filter((p) => p.kind === 'label').sort((a, b) => Number(b.defaultLabel) - Number(a.defaultLabel)),
  defaultLabelPrinter: (s: AppState): PrinterProfile | null => s.printerProfiles.find((p) => p.defaultLabel) ?? null,
  defaultA4Printer: (s: AppState): PrinterProfile | null => s.printerProfiles.find((p) => p.defaultA4) ?? null,
  jobs: (s: AppState) => s.printJobs,
  jobsLoaded: (s: AppState) => s.printJobsLoaded,
  /** Jobs that did not print and can be retried (nothing reached the printer). */
  failedCount: (s: AppState): number => s.printJobs.filter((j) => j.canRetry).length,
  /** Whether a shown job is still on its way (the queue screen then reads again soon). */
  anyPending: (s: AppState): boolean => s.printJobs.some((j: PrintJob) => j.state === 'queued' || j.state === 'sending'),
  error: (s: AppState) => s.printingError,
  canPrint: (s: AppState): boolean => s.session?.roles.some((r) => PRINTING_ROLES.includes(r)) ?? false,
  publicUrl: (s: AppState) => s.publicUrl,
  publicUrlLoaded: (s: AppState) => s.publicUrlLoaded,
  loadProfiles: (s: AppState) => s.loadPrinterProfiles,
  saveProfile: (s: AppState) => s.savePrinterProfile,
  deleteProfile: (s: AppState) => s.deletePrinterProfile,
  testPrint: (s: AppState) => s.testPrint,
  printLabel: (s: AppState) => s.printLabel,
  printRecordSheet: (s: AppState) => s.printRecordSheet,
  loadJobs: (s: AppState) => s.loadPrintJobs,
  retry: (s: AppState) => s.retryPrintJob,
  reprint: (s: AppState) => s.reprintPrintJob,
  loadPublicUrl: (s: AppState) => s.loadPublicUrl,
  setPublicUrl: (s: AppState) => s.setPublicUrl,
};
