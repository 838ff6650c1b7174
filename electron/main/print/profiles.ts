import type { z } from 'zod';
import type { PrinterProfileRow } from '../db/queries/print-profiles';
import type { printerProfileInputSchema, printerProfileSchema } from '../../../shared/ipc/contract-print';

export { PRINT_LANGUAGES, PRINT_TRANSPORTS, PROFILE_KINDS, printerProfileInputSchema } from '../../../shared/ipc/contract-print';

/** Printer profiles as the UI edits them (print:saveProfile input); validated in the service. */
export type PrinterProfileInput = z.input<typeof printerProfileInputSchema>;

export type PrinterProfile = z.infer<typeof printerProfileSchema>;

export const profileFromRow = (r: PrinterProfileRow): PrinterProfile => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  transport: r.transport,
  language: r.language,
  dpi: r.dpi,
  widthMm: r.width_mm,
  heightMm: r.height_mm,
  gapMm: r.gap_mm,
  host: r.host,
  port: r.port,
  queue: r.queue,
  directory: r.directory,
  defaultLabel: r.is_default_label === 1,
  defaultA4: r.is_default_a4 === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const rowFromProfile = (p: PrinterProfile): PrinterProfileRow => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  transport: p.transport,
  language: p.language,
  dpi: p.dpi,
  width_mm: p.widthMm,
  height_mm: p.heightMm,
  gap_mm: p.gapMm,
  host: p.host,
  port: p.port,
  queue: p.queue,
  directory: p.directory,
  is_default_label: p.defaultLabel ? 1 : 0,
  is_default_a4: p.defaultA4 ? 1 : 0,
  created_at: p.createdAt,
  updated_at: p.updatedAt,
});
