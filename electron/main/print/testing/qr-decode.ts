import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Test helpers: decode the QR code in a PNG the way a phone would (jsQR on the pixels), so a test
 * checks what a scanner reads rather than what we meant to draw.
 */
export const decodeQrPng = (png: Buffer): string | null => {
  const img = PNG.sync.read(png);
  const rgba = new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length);
  return jsQR(rgba, img.width, img.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
};

export const pngSize = (png: Buffer): { width: number; height: number } => {
  const img = PNG.sync.read(png);
  return { width: img.width, height: img.height };
};
