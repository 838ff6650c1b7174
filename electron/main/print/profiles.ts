import { z } from 'zod';
import type { PrinterProfileRow } from '../db/queries/print-profiles';
import { QUEUE_NAME } from './drivers/spooler';

/**
 * Printer profiles as the UI edits them. The schemas are zod so the IPC contract can reuse them
 * as they are (print:profiles:save input); the service validates with them too.
 */
export const PRINT_TRANSPORTS = ['tcp9100', 'spooler_raw', 'system', 'pdf_file'] as const;
export const PRINT_LANGUAGES = ['zpl', 'tspl', 'pdf'] as const;
export const PROFILE_KINDS = ['label', 'a4'] as const;

const HOST = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^[0-9A-Fa-f:]{2,39}$/;

export const printerProfileInputSchema = z
  .strictObject({
    /** Absent to create; an existing id to update. */
    id: z.string().min(1).max(64).optional(),
    name: z.string().trim().min(1).max(60),
    kind: z.enum(PROFILE_KINDS),
    transport: z.enum(PRINT_TRANSPORTS),
    language: z.enum(PRINT_LANGUAGES),
    dpi: z.union([z.literal(203), z.literal(300)]),
    widthMm: z.number().min(20).max(300),
    heightMm: z.number().min(15).max(400),
    gapMm: z.number().min(0).max(20).default(2),
    host: z.string().regex(HOST).nullable().default(null),
    port: z.number().int().min(1).max(65535).nullable().default(null),
    /** Spooler queue (spooler_raw) or OS printer name (system; null = the OS default printer). */
    queue: z.string().regex(QUEUE_NAME).nullable().default(null),
    /** Folder for save-as-PDF (pdf_file); an absolute path. */
    directory: z.string().min(1).max(1024).nullable().default(null),
    defaultLabel: z.boolean().default(false),
    defaultA4: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    const bad = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.kind === 'a4' && p.language !== 'pdf') bad('language', 'A4 printers take PDFs');
    if (p.kind === 'a4' && p.transport === 'tcp9100') bad('transport', 'A4 PDFs go through the spooler, the system printer or a folder');
    if (p.kind === 'a4' && p.defaultLabel) bad('defaultLabel', 'an A4 printer cannot be the label printer');
    if (p.kind === 'label' && p.defaultA4) bad('defaultA4', 'a label printer cannot be the A4 printer');
    if (p.transport === 'tcp9100') {
      if (p.language === 'pdf') bad('language', 'a raw 9100 port takes ZPL or TSPL');
      if (p.host === null) bad('host', 'required for raw TCP 9100');
    }
    if (p.transport === 'spooler_raw' && p.queue === null) bad('queue', 'required for a spooler queue');
    if ((p.transport === 'system' || p.transport === 'pdf_file') && p.language !== 'pdf') bad('language', 'the system printer and save-as-PDF take PDFs');
    if (p.transport === 'pdf_file' && (p.directory === null || !p.directory.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(p.directory))) {
      bad('directory', 'an absolute folder path is required');
    }
  });
export type PrinterProfileInput = z.input<typeof printerProfileInputSchema>;

export interface PrinterProfile {
  id: string;
  name: string;
  kind: (typeof PROFILE_KINDS)[number];
  transport: (typeof PRINT_TRANSPORTS)[number];
  language: (typeof PRINT_LANGUAGES)[number];
  dpi: 203 | 300;
  widthMm: number;
  heightMm: number;
  gapMm: number;
  host: string | null;
  port: number | null;
  queue: string | null;
  directory: string | null;
  defaultLabel: boolean;
  defaultA4: boolean;
  createdAt: string;
  updatedAt: string;
}

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
