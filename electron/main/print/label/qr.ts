import QRCode from 'qrcode';
import { MIN_MODULE_MM, QUIET_MODULES, LabelError, dotsPerMm } from './model';

/** Largest ^BQN magnification / TSPL QRCODE cell width the printers accept. */
export const MAX_MODULE_DOTS = 10;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  version: number;
  dark(x: number, y: number): boolean;
}

/**
 * The module matrix for drawing the code ourselves (the PDF label), at ECC M. `qrcode` picks the
 * smallest encoding (it may mix byte and alphanumeric segments), exactly as a scanner will decode.
 */
export const qrMatrix = (url: string): QrMatrix => {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  return { size, version: qr.version, dark: (x, y) => data[y * size + x] === 1 };
};

/**
 * Modules per side a printer's own encoder may need for `url` at ECC M. ZPL ^BQN and TSPL QRCODE
 * choose their own segments in automatic mode; byte mode throughout is the largest any of them can
 * pick, so space is planned for that and a printer that does better only leaves more white.
 */
export const printerQrModules = (url: string): number => {
  const qr = QRCode.create([{ data: Buffer.from(url, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  return qr.modules.size;
};

/** The smallest whole number of dots that makes a module at least MIN_MODULE_MM wide. */
export const minModuleDots = (dpi: number): number => Math.ceil(MIN_MODULE_MM * dotsPerMm(dpi) - 1e-9);

/**
 * Dots per module: the largest whole number (never scaled, so every module has the same width)
 * whose code plus quiet zone fits in `boxDots`, at most MAX_MODULE_DOTS and never below the minimum.
 */
export const chooseModuleDots = (modules: number, dpi: number, boxDots: number): number => {
  const fit = Math.min(MAX_MODULE_DOTS, Math.floor(boxDots / (modules + 2 * QUIET_MODULES)));
  const min = minModuleDots(dpi);
  if (fit < min) {
    throw new LabelError('LABEL_TOO_SMALL', `a ${modules}-module QR code with its quiet zone does not fit at ${dpi} dpi`);
  }
  return fit;
};
