import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

const BRAND: Rgb = [0x0b, 0x4f, 0x8a];
const PAPER: Rgb = [0xff, 0xff, 0xff];
const LINE: Rgb = [0x9f, 0xbf, 0xdc];
const GREEN: Rgb = [0x1d, 0x7a, 0x46];

const inRoundRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const segmentDistance = (x: number, y: number, ax: number, ay: number, bx: number, by: number): number => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};

/**
 * The app icon at a point of the unit square: a sheet with three lines and a green check, on a
 * full-bleed blue ground (so it is also a valid maskable icon: everything sits in the middle 80%).
 */
const colorAt = (x: number, y: number): Rgb => {
  if ((x - 0.66) ** 2 + (y - 0.69) ** 2 <= 0.15 ** 2) {
    const check = Math.min(segmentDistance(x, y, 0.59, 0.69, 0.64, 0.745), segmentDistance(x, y, 0.64, 0.745, 0.735, 0.64));
    return check <= 0.024 ? PAPER : GREEN;
  }
  if (inRoundRect(x, y, 0.27, 0.19, 0.71, 0.81, 0.05)) {
    for (const ly of [0.31, 0.42, 0.53]) if (y >= ly && y <= ly + 0.045 && x >= 0.35 && x <= (ly > 0.5 ? 0.52 : 0.63)) return LINE;
    return PAPER;
  }
  return BRAND;
};

const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** A size×size RGB PNG of the icon, each pixel averaged over 4×4 samples for smooth edges. */
export const renderIconPng = (size: number): Buffer => {
  const SS = 4;
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 3 + 1);
    raw[row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = colorAt((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          r += c[0];
          g += c[1];
          b += c[2];
        }
      }
      const o = row + 1 + px * 3;
      raw[o] = Math.round(r / (SS * SS));
      raw[o + 1] = Math.round(g / (SS * SS));
      raw[o + 2] = Math.round(b / (SS * SS));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolor, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};
