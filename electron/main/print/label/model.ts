/**
 * The case label: what is printed (CaseLabel) and on what (LabelSpec). Renderers are pure functions
 * of these two plus the bundled fonts, so the same label always gives the same bytes.
 */
export interface CaseLabel {
  caseNumber: string;
  companyName: string;
  productName: string;
  /** Printed as an ROC date in Taiwan time: 民國115年11月27日 (or 115/11/27 when space is short). */
  date: Date;
  /** The QR payload: the hub's public case page, e.g. https://hub.example/C/<TOKEN>. */
  url: string;
}

export type LabelDpi = 203 | 300;

export interface LabelSpec {
  widthMm: number;
  heightMm: number;
  dpi: LabelDpi;
  /** Gap between labels on the roll (TSPL GAP); 2 mm when absent. */
  gapMm?: number;
}

export const DEFAULT_LABEL_SPEC: LabelSpec = { widthMm: 60, heightMm: 40, dpi: 203 };

/** Smallest QR module that scanners at the counter read reliably (issue 4). */
export const MIN_MODULE_MM = 0.375;
/** Modules of white around the code, as the QR standard asks. */
export const QUIET_MODULES = 4;

export type LabelErrorCode = 'LABEL_BAD_URL' | 'LABEL_BAD_SIZE' | 'LABEL_TOO_SMALL';

export class LabelError extends Error {
  constructor(
    readonly code: LabelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LabelError';
  }
}

export const dotsPerMm = (dpi: number): number => dpi / 25.4;
export const mmToDots = (mm: number, dpi: number): number => Math.round(mm * dotsPerMm(dpi));

/**
 * The URL goes into printer command streams as field data: `^`, `~` (ZPL command prefixes), `"` and
 * `\` (TSPL string delimiters) and control characters could end the field and inject commands, so
 * only plain printable ASCII without them is accepted. Our case URLs (https + base32 token) always are.
 */
const SAFE_URL = /^[\x21\x23-\x5B\x5D\x5F-\x7D]+$/;

export const checkLabelUrl = (url: string): void => {
  if (url.length === 0 || url.length > 300 || !SAFE_URL.test(url)) {
    throw new LabelError('LABEL_BAD_URL', 'the QR address must be 1-300 printable ASCII characters without ^ ~ " \\');
  }
};

export const checkLabelSpec = (spec: LabelSpec): void => {
  const ok = (v: number, lo: number, hi: number) => Number.isFinite(v) && v >= lo && v <= hi;
  if (!ok(spec.widthMm, 20, 200) || !ok(spec.heightMm, 15, 200) || (spec.dpi !== 203 && spec.dpi !== 300)) {
    throw new LabelError('LABEL_BAD_SIZE', 'label size must be 20-200 × 15-200 mm at 203 or 300 dpi');
  }
  if (spec.gapMm !== undefined && !ok(spec.gapMm, 0, 20)) throw new LabelError('LABEL_BAD_SIZE', 'label gap must be 0-20 mm');
};
