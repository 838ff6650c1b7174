import { PRINT_LANGUAGES, PRINT_TRANSPORTS, printerProfileInputSchema } from '../../../shared/ipc/contract-print';
import type { MessageKey } from '../i18n/dictionary';
import type { PrinterProfile, PrinterProfileInput } from '../stores/printing/slice';

type Kind = PrinterProfile['kind'];
type Transport = PrinterProfile['transport'];
type Language = PrinterProfile['language'];

export interface PrinterValues {
  name: string;
  kind: Kind;
  transport: Transport;
  language: Language;
  dpi: 203 | 300;
  widthMm: number;
  heightMm: number;
  gapMm: number;
  host?: string;
  port?: number | null;
  queue?: string;
  directory?: string;
  isDefault: boolean;
}

const A4 = { widthMm: 210, heightMm: 297, gapMm: 0 } as const;

/** Where each transport can send: an A4 printer never takes a raw 9100 socket. */
export const transportsFor = (kind: Kind): Transport[] => PRINT_TRANSPORTS.filter((x) => kind === 'label' || x !== 'tcp9100');

/** The languages a destination takes (the profile schema's refinements, as choices). */
export const languagesFor = (kind: Kind, transport: Transport): Language[] => {
  if (kind === 'a4' || transport === 'system' || transport === 'pdf_file') return ['pdf'];
  if (transport === 'tcp9100') return ['zpl', 'tspl'];
  return [...PRINT_LANGUAGES];
};

/** The values after a change of use or connection: a transport and language that still fit. */
export const fitValues = (v: PrinterValues): Pick<PrinterValues, 'transport' | 'language'> => {
  const transports = transportsFor(v.kind);
  const transport = transports.includes(v.transport) ? v.transport : (transports[0] ?? 'spooler_raw');
  const languages = languagesFor(v.kind, transport);
  return { transport, language: languages.includes(v.language) ? v.language : (languages[0] ?? 'pdf') };
};

export const NEW_LABEL_PRINTER: PrinterValues = {
  name: '',
  kind: 'label',
  transport: 'tcp9100',
  language: 'zpl',
  dpi: 203,
  widthMm: 60,
  heightMm: 40,
  gapMm: 2,
  host: '',
  port: 9100,
  isDefault: true,
};

export const valuesOf = (p: PrinterProfile): PrinterValues => ({
  name: p.name,
  kind: p.kind,
  transport: p.transport,
  language: p.language,
  dpi: p.dpi,
  widthMm: p.widthMm,
  heightMm: p.heightMm,
  gapMm: p.gapMm,
  host: p.host ?? '',
  port: p.port,
  queue: p.queue ?? '',
  directory: p.directory ?? '',
  isDefault: p.kind === 'label' ? p.defaultLabel : p.defaultA4,
});

const text = (s: string | undefined): string | null => {
  const v = (s ?? '').trim();
  return v === '' ? null : v;
};

/** The print:saveProfile input for these values: only the destination fields of the chosen transport. */
export const profileInput = (v: PrinterValues, id?: string): PrinterProfileInput => {
  const size = v.kind === 'a4' ? A4 : { widthMm: v.widthMm, heightMm: v.heightMm, gapMm: v.gapMm };
  return {
    ...(id ? { id } : {}),
    name: v.name.trim(),
    kind: v.kind,
    transport: v.transport,
    language: v.language,
    dpi: v.dpi,
    ...size,
    host: v.transport === 'tcp9100' ? text(v.host) : null,
    port: v.transport === 'tcp9100' ? (v.port ?? 9100) : null,
    queue: v.transport === 'spooler_raw' || v.transport === 'system' ? text(v.queue) : null,
    directory: v.transport === 'pdf_file' ? text(v.directory) : null,
    defaultLabel: v.kind === 'label' && v.isDefault,
    defaultA4: v.kind === 'a4' && v.isDefault,
  };
};

export interface FieldIssue {
  field: keyof PrinterValues;
  message: MessageKey;
}

/** The form field and wording for one schema path (main reports the same paths as invalid_input). */
export const issueFor = (path: string, input: Pick<PrinterProfileInput, 'kind' | 'transport'>): FieldIssue => {
  switch (path) {
    case 'name':
      return { field: 'name', message: 'printerForm.issue.name' };
    case 'language': {
      const message =
        input.kind === 'a4' ? 'printerForm.issue.languageA4' : input.transport === 'tcp9100' ? 'printerForm.issue.language9100' : 'printerForm.issue.languagePdf';
      return { field: 'language', message };
    }
    case 'transport':
      return { field: 'transport', message: 'printerForm.issue.transportA4' };
    case 'defaultLabel':
      return { field: 'isDefault', message: 'printerForm.issue.defaultLabel' };
    case 'defaultA4':
      return { field: 'isDefault', message: 'printerForm.issue.defaultA4' };
    case 'host':
      return { field: 'host', message: 'printerForm.issue.host' };
    case 'port':
      return { field: 'port', message: 'printerForm.issue.port' };
    case 'queue':
      return { field: 'queue', message: 'printerForm.issue.queue' };
    case 'directory':
      return { field: 'directory', message: 'printerForm.issue.directory' };
    case 'widthMm':
      return { field: 'widthMm', message: 'printerForm.issue.width' };
    case 'heightMm':
      return { field: 'heightMm', message: 'printerForm.issue.height' };
    case 'gapMm':
      return { field: 'gapMm', message: 'printerForm.issue.gap' };
    default:
      return { field: 'name', message: 'printerForm.issue.other' };
  }
};

/** Every problem the contract's schema (and its refinements) finds, one per field, in form order. */
export const profileIssues = (input: PrinterProfileInput): FieldIssue[] => {
  const parsed = printerProfileInputSchema.safeParse(input);
  if (parsed.success) return [];
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of parsed.error.issues) {
    const found = issueFor(String(issue.path[0] ?? ''), input);
    if (seen.has(found.field)) continue;
    seen.add(found.field);
    out.push(found);
  }
  return out;
};
