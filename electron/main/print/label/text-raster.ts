import type { Font, PathCommand } from 'fontkit';
import { blankBitmap, cropRows, inkRows } from './bitmap';
import type { Bitmap } from './bitmap';

/**
 * Text to a 1-bit bitmap, for printers that have no Chinese font of their own (a stock Zebra or TSC
 * printer prints ^GFA / BITMAP graphics, never our glyphs). Glyph outlines come from fontkit; the
 * fill is our own: curves are flattened to line segments and each dot row is covered by three
 * sub-scanlines with exact horizontal span coverage (non-zero winding). A dot is printed when at
 * least ~45 % of it is inside the outline — a little heavier than centre sampling, which keeps the
 * thin horizontal strokes of CJK glyphs from vanishing at 3 mm type on a 203 dpi head.
 */

const SUB = 3;
const THRESHOLD = 0.45;
/** Curve flattening tolerance in dots. */
const FLAT = 0.2;

interface Edge {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  dir: 1 | -1;
}

/** Advance width of `text` in dots at `sizeDots` per em, with the font's own shaping (kerning, GSUB). */
export const measureText = (font: Font, text: string, sizeDots: number): number =>
  (font.layout(text).advanceWidth * sizeDots) / font.unitsPerEm;

const flatten = (commands: PathCommand[], map: (x: number, y: number) => [number, number], edges: Edge[]): void => {
  let sx = 0;
  let sy = 0;
  let cx = 0;
  let cy = 0;
  const line = (x: number, y: number) => {
    if (y !== cy) edges.push(cy < y ? { x0: cx, y0: cy, x1: x, y1: y, dir: 1 } : { x0: x, y0: y, x1: cx, y1: cy, dir: -1 });
    cx = x;
    cy = y;
  };
  const steps = (len: number) => Math.max(1, Math.min(64, Math.ceil(Math.sqrt(len / FLAT))));
  for (const c of commands) {
    const a = c.args;
    switch (c.command) {
      case 'moveTo': {
        if (cx !== sx || cy !== sy) line(sx, sy);
        [cx, cy] = map(a[0] ?? 0, a[1] ?? 0);
        sx = cx;
        sy = cy;
        break;
      }
      case 'lineTo': {
        const [x, y] = map(a[0] ?? 0, a[1] ?? 0);
        line(x, y);
        break;
      }
      case 'quadraticCurveTo': {
        const [qx, qy] = map(a[0] ?? 0, a[1] ?? 0);
        const [x, y] = map(a[2] ?? 0, a[3] ?? 0);
        const x0 = cx;
        const y0 = cy;
        const n = steps(Math.hypot(qx - x0, qy - y0) + Math.hypot(x - qx, y - qy));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          line(u * u * x0 + 2 * u * t * qx + t * t * x, u * u * y0 + 2 * u * t * qy + t * t * y);
        }
        break;
      }
      case 'bezierCurveTo': {
        const [ax, ay] = map(a[0] ?? 0, a[1] ?? 0);
        const [bx, by] = map(a[2] ?? 0, a[3] ?? 0);
        const [x, y] = map(a[4] ?? 0, a[5] ?? 0);
        const x0 = cx;
        const y0 = cy;
        const n = steps(Math.hypot(ax - x0, ay - y0) + Math.hypot(bx - ax, by - ay) + Math.hypot(x - bx, y - by));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          line(
            u * u * u * x0 + 3 * u * u * t * ax + 3 * u * t * t * bx + t * t * t * x,
            u * u * u * y0 + 3 * u * u * t * ay + 3 * u * t * t * by + t * t * t * y,
          );
        }
        break;
      }
      case 'closePath':
        line(sx, sy);
        break;
    }
  }
  if (cx !== sx || cy !== sy) line(sx, sy);
};

/**
 * Fills edges into a coverage grid and thresholds it to dots. Edges live in typed arrays sorted by
 * their top, and crossings are insertion-sorted in place: a line of text is a few thousand edges and
 * this runs for every label printed, so it must not allocate per scanline.
 */
const fill = (edges: Edge[], width: number, height: number): Bitmap => {
  edges.sort((a, b) => a.y0 - b.y0);
  const n = edges.length;
  const y0s = new Float64Array(n);
  const y1s = new Float64Array(n);
  const x0s = new Float64Array(n);
  const slopes = new Float64Array(n);
  const dirs = new Int8Array(n);
  edges.forEach((e, i) => {
    y0s[i] = e.y0;
    y1s[i] = e.y1;
    x0s[i] = e.x0;
    slopes[i] = (e.x1 - e.x0) / (e.y1 - e.y0);
    dirs[i] = e.dir;
  });
  const cover = new Float32Array(width * height);
  const xs = new Float64Array(n);
  const ds = new Int8Array(n);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let s = 0; s < SUB; s++) {
      const yc = y + (s + 0.5) / SUB;
      let count = 0;
      for (let i = 0; i < n && y0s[i]! <= yc; i++) {
        if (yc >= y1s[i]!) continue;
        const x = x0s[i]! + (yc - y0s[i]!) * slopes[i]!;
        const d = dirs[i]!;
        let j = count++;
        while (j > 0 && xs[j - 1]! > x) {
          xs[j] = xs[j - 1]!;
          ds[j] = ds[j - 1]!;
          j--;
        }
        xs[j] = x;
        ds[j] = d;
      }
      let wind = 0;
      for (let i = 0; i < count - 1; i++) {
        wind += ds[i]!;
        if (wind === 0) continue;
        const xa = Math.max(0, xs[i]!);
        const xb = Math.min(width, xs[i + 1]!);
        if (xb <= xa) continue;
        const first = Math.floor(xa);
        const last = Math.min(width - 1, Math.ceil(xb) - 1);
        for (let px = first; px <= last; px++) {
          const overlap = Math.min(xb, px + 1) - Math.max(xa, px);
          if (overlap > 0) cover[row + px]! += overlap / SUB;
        }
      }
    }
  }
  const b = blankBitmap(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (cover[y * width + x]! >= THRESHOLD) b.data[y * b.rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return b;
};

export interface TextBitmap {
  bitmap: Bitmap;
  /** Rows cut from the top of the line box (the bitmap starts this far below the box's top). */
  top: number;
  /** Distance from the line box's top to the baseline, in dots. */
  baseline: number;
}

/**
 * One line of text. The line box runs from the font's ascender to its descender; empty rows at
 * both ends are cut off (less data to send), and `top` says where the ink starts in the box.
 */
export const rasterizeLine = (font: Font, text: string, sizeDots: number): TextBitmap => {
  const scale = sizeDots / font.unitsPerEm;
  const baseline = Math.ceil(font.ascent * scale);
  const boxHeight = baseline + Math.ceil(-font.descent * scale);
  const run = font.layout(text);
  const width = Math.max(1, Math.ceil(run.advanceWidth * scale) + 1);
  const edges: Edge[] = [];
  let pen = 0;
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i];
    const ox = pen + (pos?.xOffset ?? 0);
    const oy = pos?.yOffset ?? 0;
    flatten(glyph.path.commands, (x, y) => [(ox + x) * scale, baseline - (oy + y) * scale], edges);
    pen += pos?.xAdvance ?? glyph.advanceWidth;
  });
  const full = fill(edges, width, boxHeight);
  const rows = inkRows(full);
  if (!rows) return { bitmap: blankBitmap(width, 1), top: 0, baseline };
  return { bitmap: cropRows(full, rows[0], rows[1]), top: rows[0], baseline };
};
