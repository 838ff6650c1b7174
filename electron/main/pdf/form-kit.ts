import PDFDocument from 'pdfkit';
import type { FormFonts } from './fonts';
import { coverageRuns } from './font-coverage';
import { printLine, wrapText } from './print-text';

/**
 * A small toolkit for printed government forms (A4 portrait, Traditional Chinese): a title block,
 * bordered label/value grids, tables that break across pages with their header repeated, and a
 * finishing pass that stamps every page with its footer. Everything is positioned explicitly (pdfkit
 * never wraps or paginates on its own here), so a cell's border always encloses its text.
 */

export const MM = 72 / 25.4;
export const mm = (v: number): number => v * MM;
export const A4 = { width: 595.28, height: 841.89 } as const;

const INK = '#000000';
const LABEL_FILL = '#efefef';
const PAD_X = mm(1.8);
const PAD_Y = mm(1.5);
/** Line pitch as a multiple of the font size: CJK text needs a little more air than Latin. */
const PITCH = 1.5;

/** The width a cell of width `w` leaves for its text (inside its padding). */
export const cellTextWidth = (w: number): number => w - 2 * PAD_X;

export type FontWeight = 'regular' | 'bold';
export type CellKind = 'label' | 'value' | 'header';

export interface CellSpec {
  text?: string;
  width: number;
  /** label and header cells are shaded and centred; value cells hold what was filled in. */
  kind?: CellKind;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  weight?: FontWeight;
}

export interface RowOptions {
  size?: number;
  minHeight?: number;
  /** A row taller than the space left may continue on the next page (table rows, long remarks). */
  split?: boolean;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ColumnSpec {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

/**
 * The bytes a pdfkit document writes, once it is ended. Listens from now on, so call it before
 * drawing anything (pdfkit may flush pages early).
 */
export const collectPdfBytes = (doc: PDFKit.PDFDocument): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
};

export interface FormKitOptions {
  fonts: FormFonts;
  /** Document title (PDF metadata) and the heading of continuation pages. */
  title: string;
  author: string;
  subject: string;
  /** Print time: goes into the footer and the PDF dates, so a render is reproducible. */
  printedAt: Date;
  /** Small text on the right of every continuation page's heading (who/when the form is about). */
  continuationNote?: string;
}

export class FormKit {
  readonly doc: PDFKit.PDFDocument;
  readonly left = mm(16);
  readonly width = A4.width - mm(32);
  readonly top = mm(14);
  /** Content ends here; the footer lives below. */
  readonly bottom = A4.height - mm(20);
  y: number;
  private pageStartY: number;
  private frameTop: number | null = null;
  private repeatHeader: (() => void) | undefined;
  private readonly done: Promise<Buffer>;

  constructor(readonly options: FormKitOptions) {
    // font: '' skips pdfkit's default Helvetica, whose AFM file is read from disk and never used here.
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      bufferPages: true,
      font: '',
      info: {
        Title: options.title,
        Author: options.author,
        Subject: options.subject,
        CreationDate: options.printedAt,
        ModDate: options.printedAt,
      },
    });
    this.doc.registerFont('regular', options.fonts.regular);
    this.doc.registerFont('bold', options.fonts.bold);
    this.done = collectPdfBytes(this.doc);
    this.setFont('regular', 10.5);
    this.y = this.top;
    this.pageStartY = this.top;
  }

  get right(): number {
    return this.left + this.width;
  }

  setFont(weight: FontWeight, size: number): this {
    this.doc.font(weight).fontSize(size);
    return this;
  }

  /** Width of a line in the current font and size. */
  measure = (text: string, characterSpacing = 0): number =>
    this.doc.widthOfString(text, { characterSpacing });

  /**
   * Draws one line whose top is at y. Characters the font lacks still print as its .notdef box, but
   * pdfkit would extract them as U+0000; such a line is wrapped in one ActualText span carrying the
   * whole line, so copying or extracting the text yields the real characters in their order.
   */
  drawLine(text: string, x: number, y: number, color = INK, characterSpacing = 0): void {
    const line = printLine(text);
    const segs = coverageRuns(line, this.options.fonts.hasGlyph);
    const actual = segs.some((s) => !s.covered);
    this.doc.fillColor(color);
    if (actual) this.doc.markContent('Span', { actual: line });
    let cx = x;
    for (const seg of segs) {
      this.doc.text(seg.text, cx, y, { lineBreak: false, characterSpacing });
      cx += this.measure(seg.text, characterSpacing) + characterSpacing;
    }
    if (!actual) return;
    // pdfkit draws text inside its own q/flip/Q; poppler places an ActualText span using the
    // transform current at EMC, so the span is closed under that same flip to land on this line.
    this.doc.save().transform(1, 0, 0, -1, 0, this.doc.page.height);
    this.doc.endMarkedContent();
    this.doc.restore();
  }

  /** The text cut with an ellipsis so that it fits `width` in the current font (for one-line spots). */
  fit(text: string, width: number): string {
    const line = printLine(text);
    if (this.measure(line) <= width) return line;
    const chars = Array.from(line);
    while (chars.length > 0 && this.measure(`${chars.join('')}…`) > width) chars.pop();
    return `${chars.join('')}…`;
  }

  /** One line of text aligned within [x, x + w]. */
  drawAligned(text: string, x: number, w: number, y: number, align: 'left' | 'center' | 'right', color = INK): void {
    const line = printLine(text);
    const tw = this.measure(line);
    const lx = align === 'left' ? x : align === 'center' ? x + (w - tw) / 2 : x + w - tw;
    this.drawLine(line, lx, y, color);
  }

  /** Starts the thick outer border that government forms draw around the body of the form. */
  beginFrame(): void {
    this.frameTop = this.y;
  }

  endFrame(): void {
    if (this.frameTop === null) return;
    this.doc.lineWidth(1.4).rect(this.left, this.frameTop, this.width, this.y - this.frameTop).stroke(INK);
    this.frameTop = null;
  }

  /** Moves to a new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom && this.y > this.pageStartY) this.newPage();
  }

  newPage(): void {
    const framed = this.frameTop !== null;
    this.endFrame();
    this.doc.addPage();
    this.y = this.top;
    this.drawContinuationHeading();
    if (framed) this.beginFrame();
    this.repeatHeader?.();
    this.pageStartY = this.y;
  }

  /** Starts a fresh page for a new part of a bundle: no continuation heading, no repeated header. */
  startPage(): void {
    this.endFrame();
    this.doc.addPage();
    this.y = this.top;
    this.pageStartY = this.top;
  }

  /** Pages laid out so far. */
  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  private drawContinuationHeading(): void {
    this.setFont('bold', 11);
    this.drawLine(`${this.options.title}（續）`, this.left, this.y);
    if (this.options.continuationNote) {
      this.setFont('regular', 9);
      this.drawAligned(this.options.continuationNote, this.left, this.width, this.y + 2, 'right');
    }
    this.y += mm(8);
  }

  /**
   * A row of bordered cells as tall as its tallest cell. Returns the cells' rectangles on the page
   * where the row ends (callers draw signatures or marks into them).
   */
  row(cells: readonly CellSpec[], opts: RowOptions = {}): Rect[] {
    const size = opts.size ?? 10.5;
    const pitch = size * PITCH;
    const wrapped = cells.map((c) => {
      this.setFont(c.weight ?? 'regular', size);
      return wrapText(c.text ?? '', c.width - 2 * PAD_X, this.measure);
    });
    const total = Math.max(...wrapped.map((l) => l.length));
    let from = 0;
    for (;;) {
      const natural = (total - from) * pitch + 2 * PAD_Y;
      const height = Math.max(natural, from === 0 ? (opts.minHeight ?? 0) : 0);
      const room = this.bottom - this.y;
      if (height <= room) return this.drawCells(cells, wrapped, from, total, height, size);
      const atTop = this.y <= this.pageStartY;
      const smallRow = height < (this.bottom - this.top) / 2;
      if (!atTop && (!opts.split || smallRow)) {
        this.newPage();
        continue;
      }
      const fit = Math.floor((room - 2 * PAD_Y) / pitch);
      if (fit < 2 && !atTop) {
        this.newPage();
        continue;
      }
      // At the top of a page and still too tall: split, whatever `split` says, rather than overflow.
      const take = Math.max(1, fit);
      this.drawCells(cells, wrapped, from, from + take, take * pitch + 2 * PAD_Y, size);
      from += take;
      this.newPage();
    }
  }

  private drawCells(
    cells: readonly CellSpec[],
    wrapped: string[][],
    from: number,
    to: number,
    height: number,
    size: number,
  ): Rect[] {
    const pitch = size * PITCH;
    const rects: Rect[] = [];
    let x = this.left;
    cells.forEach((c, i) => {
      const rect = { x, y: this.y, w: c.width, h: height };
      rects.push(rect);
      const kind = c.kind ?? 'value';
      if (kind !== 'value') this.doc.rect(x, this.y, c.width, height).fill(LABEL_FILL);
      this.doc.lineWidth(0.6).rect(x, this.y, c.width, height).stroke(INK);
      const lines = (wrapped[i] ?? []).slice(from, to);
      const valign = c.valign ?? 'middle';
      let ly = valign === 'top' ? this.y + PAD_Y : this.y + (height - lines.length * pitch) / 2;
      const align = c.align ?? (kind === 'value' ? 'left' : 'center');
      this.setFont(c.weight ?? 'regular', size);
      for (const line of lines) {
        this.drawAligned(line, x + PAD_X, c.width - 2 * PAD_X, ly + (pitch - this.doc.currentLineHeight(true)) / 2, align);
        ly += pitch;
      }
      x += c.width;
    });
    this.y += height;
    return rects;
  }

  /**
   * A table whose header row is repeated on every page it continues onto. Rows are split across pages
   * only when a single row is taller than half a page.
   */
  table(columns: readonly ColumnSpec[], rows: readonly (readonly string[])[], size = 9.5): void {
    const header: CellSpec[] = columns.map((c) => ({ text: c.header, width: c.width, kind: 'header' }));
    const drawHeader = () => {
      this.row(header, { size });
    };
    this.ensureSpace(4 * size * PITCH + 4 * PAD_Y);
    drawHeader();
    this.repeatHeader = drawHeader;
    try {
      for (const r of rows) {
        const cells = columns.map((c, i): CellSpec => ({ text: r[i] ?? '', width: c.width, align: c.align ?? 'left' }));
        this.row(cells, { size, split: true });
      }
    } finally {
      this.repeatHeader = undefined;
    }
  }

  /** Ends the document and resolves with its bytes; `stampPage` draws footers, watermarks etc. */
  finish(stampPage: (pageIndex: number, pageCount: number) => void): Promise<Buffer> {
    this.endFrame();
    const range = this.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      stampPage(i, range.count);
    }
    this.doc.end();
    return this.done;
  }
}
