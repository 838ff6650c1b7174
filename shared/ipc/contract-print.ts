import { z } from 'zod';

/** IPC schemas of the printing subsystem (print:*): printer profiles, jobs, labels and A4 sheets. */
export const PRINT_TRANSPORTS = ['tcp9100', 'spooler_raw', 'system', 'pdf_file'] as const;
export const PRINT_LANGUAGES = ['zpl', 'tspl', 'pdf'] as const;
export const PROFILE_KINDS = ['label', 'a4'] as const;
/**
 * Why a print job did not complete, as stable codes the UI maps to Traditional Chinese. Each error
 * also says whether the printer may have received the bytes: that decides whether the job is
 * `failed` (safe to retry) or `uncertain` (only an explicit reprint sends it again).
 */
export const PRINT_ERROR_CODES = [
  /** Nothing listens on the printer's port (printer off, wrong port) or the queue rejects jobs. */
  'PRINTER_REFUSED',
  /** No connection within the connect timeout, or no route/host (wrong address, unplugged). */
  'PRINTER_UNREACHABLE',
  /** Connected, but the printer did not take the whole job and close within the bound. */
  'PRINTER_TIMEOUT',
  /** The printer answered bytes a raw port never sends, or dropped the connection mid-job. */
  'PRINTER_BAD_RESPONSE',
  /** The spooler has no such queue. */
  'PRINTER_UNKNOWN_QUEUE',
  /** The spooler command failed for another reason (its message is kept). */
  'PRINTER_SPOOLER_ERROR',
  /** No spooler client (`lp`) on this machine. */
  'PRINTER_SPOOLER_MISSING',
  /** This transport cannot work on this OS / in this build. */
  'PRINTER_NOT_SUPPORTED',
  /** The system print (Electron) failed or was cancelled. */
  'PRINTER_SYSTEM_ERROR',
  /** Saving the PDF to the chosen folder failed. */
  'PRINTER_FILE_ERROR',
  /** The app stopped before the job was sent (found queued at start-up). */
  'PRINT_INTERRUPTED',
  /** The job's saved payload file is gone (nothing was sent). */
  'PRINT_PAYLOAD_MISSING',
] as const;

export const PRINT_JOB_STATES = ['queued', 'sending', 'done', 'failed', 'uncertain'] as const;

/** CUPS queue names: no spaces, slashes or '#', and never an option (leading '-'). */
export const QUEUE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.@+-]{0,126}$/;
const HOST = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^[0-9A-Fa-f:]{2,39}$/;
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/])/;

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
    queue: z.string().trim().min(1).max(127).nullable().default(null),
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
    if (p.transport === 'spooler_raw' && (p.queue === null || !QUEUE_NAME.test(p.queue))) bad('queue', 'a spooler queue name (letters, digits, _ . @ + -)');
    if ((p.transport === 'system' || p.transport === 'pdf_file') && p.language !== 'pdf') bad('language', 'the system printer and save-as-PDF take PDFs');
    if (p.transport === 'pdf_file' && (p.directory === null || !ABSOLUTE_PATH.test(p.directory))) bad('directory', 'an absolute folder path is required');
  });

export const printerProfileSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PROFILE_KINDS),
  transport: z.enum(PRINT_TRANSPORTS),
  language: z.enum(PRINT_LANGUAGES),
  dpi: z.union([z.literal(203), z.literal(300)]),
  widthMm: z.number(),
  heightMm: z.number(),
  gapMm: z.number(),
  host: z.string().nullable(),
  port: z.number().nullable(),
  queue: z.string().nullable(),
  directory: z.string().nullable(),
  defaultLabel: z.boolean(),
  defaultA4: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const printJobSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['label', 'pdf', 'test']),
  title: z.string(),
  profileId: z.string().nullable(),
  profileName: z.string(),
  transport: z.string(),
  language: z.string(),
  state: z.enum(PRINT_JOB_STATES),
  attempts: z.number().int(),
  /** A PrintErrorCode (PRINTER_REFUSED, PRINTER_TIMEOUT, ...) when the last attempt did not complete. */
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  /** The spooler's request id, or the saved file for save-as-PDF. */
  spoolId: z.string().nullable(),
  reprintOf: z.string().nullable(),
  payloadBytes: z.number().int(),
  /** Retry is offered only when nothing reached the printer; reprint is always an explicit choice. */
  canRetry: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const id = z.string().min(1).max(64);
const PRINTING = ['counter', 'inspector', 'chief', 'admin'] as const;
/** `profileId` absent = the default printer of that kind. */
export const printContract = {
  'print:profiles': { input: z.strictObject({}), output: z.array(printerProfileSchema), roles: PRINTING },
  'print:saveProfile': { input: printerProfileInputSchema, output: printerProfileSchema, roles: ['admin'] },
  'print:deleteProfile': { input: z.strictObject({ id }), output: z.strictObject({ done: z.literal(true) }), roles: ['admin'] },
  'print:testPrint': { input: z.strictObject({ profileId: id }), output: printJobSchema, roles: ['admin'] },
  'print:label': { input: z.strictObject({ caseId: id, profileId: id.optional() }), output: printJobSchema, roles: PRINTING },
  'print:recordSheet': { input: z.strictObject({ recordId: id, profileId: id.optional() }), output: printJobSchema, roles: PRINTING },
  'print:jobs': {
    input: z.strictObject({ limit: z.number().int().min(1).max(500).optional() }),
    output: z.array(printJobSchema),
    roles: PRINTING,
  },
  'print:retry': { input: z.strictObject({ jobId: id }), output: printJobSchema, roles: PRINTING },
  'print:reprint': { input: z.strictObject({ jobId: id }), output: printJobSchema, roles: PRINTING },
} as const;
