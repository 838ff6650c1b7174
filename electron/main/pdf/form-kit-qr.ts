import { QUIET_MODULES } from '../print/label/model';
import { drawQrModules } from '../print/label/pdf-qr';
import { qrMatrix } from '../print/label/qr';
import type { FormKit } from './form-kit';

/**
 * A QR code drawn as vector squares on a form, from the same module matrix (ECC M) as the case
 * labels, so a phone reads exactly the text given. The square `size` includes the quiet zone, which
 * is painted white so a shaded cell or a border behind it cannot spoil the scan.
 */

export interface DrawnQr {
  /** Width of one module in points. */
  module: number;
  /** Modules per side without the quiet zone. */
  modules: number;
}

/** Draws the code in the square (x, y, size); null when the text is too long for any QR version. */
export const drawQrCode = (kit: FormKit, text: string, x: number, y: number, size: number): DrawnQr | null => {
  let m: ReturnType<typeof qrMatrix>;
  try {
    m = qrMatrix(text);
  } catch {
    return null;
  }
  const { doc } = kit;
  const mod = size / (m.size + 2 * QUIET_MODULES);
  doc.rect(x, y, size, size).fill('#ffffff');
  const x0 = x + QUIET_MODULES * mod;
  const y0 = y + QUIET_MODULES * mod;
  drawQrModules(doc, m, x0, y0, mod);
  return { module: mod, modules: m.size };
};
