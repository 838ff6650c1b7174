import type { QrMatrix } from './qr';

/**
 * Draws a QR module matrix as vector squares in black, its top-left module at (x0, y0), each module
 * `mod` points wide. One rectangle per horizontal run of dark modules: fewer path operations, no
 * hairline seams. Shared by the PDF case label and the QR codes on forms.
 */
export const drawQrModules = (doc: PDFKit.PDFDocument, m: QrMatrix, x0: number, y0: number, mod: number): void => {
  for (let y = 0; y < m.size; y++) {
    let x = 0;
    while (x < m.size) {
      if (!m.dark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < m.size && m.dark(x, y)) x++;
      doc.rect(x0 + start * mod, y0 + y * mod, (x - start) * mod, mod);
    }
  }
  doc.fill('#000000');
};
