/**
 * A 1-bit image as label printers take it: rows of bytes, most significant bit = leftmost dot,
 * a set bit = a printed (black) dot. Rows are padded to whole bytes; padding bits are never set.
 */
export interface Bitmap {
  /** Width in dots (the last byte of a row may carry unused padding bits). */
  width: number;
  height: number;
  rowBytes: number;
  data: Uint8Array;
}

export const blankBitmap = (width: number, height: number): Bitmap => {
  const rowBytes = Math.max(1, Math.ceil(width / 8));
  return { width, height, rowBytes, data: new Uint8Array(rowBytes * height) };
};

export const getDot = (b: Bitmap, x: number, y: number): boolean => {
  if (x < 0 || y < 0 || x >= b.width || y >= b.height) return false;
  return ((b.data[y * b.rowBytes + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0;
};

export const setDot = (b: Bitmap, x: number, y: number): void => {
  if (x < 0 || y < 0 || x >= b.width || y >= b.height) return;
  const i = y * b.rowBytes + (x >> 3);
  b.data[i] = (b.data[i] ?? 0) | (0x80 >> (x & 7));
};

/** Copies `src` onto `dst` at (x, y), OR-ing dots; anything outside `dst` is dropped. */
export const blit = (dst: Bitmap, src: Bitmap, x: number, y: number): void => {
  for (let sy = 0; sy < src.height; sy++) {
    for (let sx = 0; sx < src.width; sx++) if (getDot(src, sx, sy)) setDot(dst, x + sx, y + sy);
  }
};

/** Rows with at least one dot, as [first, last]; undefined for an empty bitmap. */
export const inkRows = (b: Bitmap): [number, number] | undefined => {
  let first = -1;
  let last = -1;
  for (let y = 0; y < b.height; y++) {
    const row = b.data.subarray(y * b.rowBytes, (y + 1) * b.rowBytes);
    if (row.some((v) => v !== 0)) {
      if (first < 0) first = y;
      last = y;
    }
  }
  return first < 0 ? undefined : [first, last];
};

/** The rows [from, to] of a bitmap as a new bitmap. */
export const cropRows = (b: Bitmap, from: number, to: number): Bitmap => ({
  width: b.width,
  height: to - from + 1,
  rowBytes: b.rowBytes,
  data: b.data.slice(from * b.rowBytes, (to + 1) * b.rowBytes),
});

/** ZPL ^GFA data: the bytes as upper-case hex, uncompressed, so any ZPL II printer reads it. */
export const toZplHex = (b: Bitmap): string => Buffer.from(b.data).toString('hex').toUpperCase();

/**
 * TSPL BITMAP data: raw bytes where a CLEAR bit prints. TSC's own CUPS filter (tspl.c) inverts
 * 1-bit-black page images before BITMAP for this reason, so the printed polarity matches ours.
 */
export const toTsplBytes = (b: Bitmap): Buffer => {
  const out = Buffer.alloc(b.data.length);
  for (let i = 0; i < b.data.length; i++) out[i] = ~(b.data[i] ?? 0) & 0xff;
  return out;
};
