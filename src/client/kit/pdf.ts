// A filled-in field-kit template as a PDF: A4 portrait, Noto Sans, text wrapped to the page and continued on new
// pages; tables drawn as ruled grids. Loaded only on "Unduh PDF".
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { ui } from '../../i18n/id.ts';
import { wrapText } from '../../lib/certificate/fit.ts';
import type { KitDocument } from '../../lib/kit/document.ts';
import { embedNotoSans } from '../platform/noto-sans.ts';

const MM = 72 / 25.4;
const A4: [number, number] = [210 * MM, 297 * MM];
const MARGIN = 20 * MM;
const WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.08, 0.09, 0.1);
const LEADING = 1.35;
const CELL_PAD = 4;

/** Writes text from the top of the page down, starting a new page when the next line would cross the margin. */
class Writer {
  private page: PDFPage;
  private y: number;

  constructor(private readonly doc: PDFDocument) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Makes room for `height` points, on a new page when this one is full. */
  room(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** A wrapped paragraph, optionally centred, starting with a bold run `lead` on its first line. */
  paragraph(
    text: string,
    font: PDFFont,
    size: number,
    options: { centred?: boolean; x?: number; width?: number } = {},
  ) {
    const x = options.x ?? MARGIN;
    const width = options.width ?? WIDTH;
    const measure = (t: string, s: number) => font.widthOfTextAtSize(t, s);
    for (const source of text.split('\n')) {
      for (const line of wrapText(source, size, width, measure).concat(source.trim() === '' ? [''] : [])) {
        this.room(size * LEADING);
        this.y -= size * LEADING;
        const left = options.centred ? x + (width - measure(line, size)) / 2 : x;
        this.page.drawText(line, { x: left, y: this.y + size * 0.25, size, font, color: INK });
      }
    }
  }

  /** A ruled table with equal columns; each row as tall as its longest cell, never split across pages. */
  table(columns: readonly string[], rows: readonly (readonly string[])[], fonts: { regular: PDFFont; bold: PDFFont }) {
    const size = 9.5;
    const width = WIDTH / columns.length;
    const draw = (cells: readonly string[], font: PDFFont) => {
      const lines = cells.map((cell) =>
        cell
          .split('\n')
          .flatMap((s) => wrapText(s, size, width - 2 * CELL_PAD, (t, z) => font.widthOfTextAtSize(t, z))),
      );
      const height = Math.max(1, ...lines.map((l) => l.length)) * size * LEADING + 2 * CELL_PAD;
      this.room(height);
      const top = this.y;
      lines.forEach((cellLines, i) => {
        const x = MARGIN + i * width;
        this.page.drawRectangle({ x, y: top - height, width, height, borderColor: INK, borderWidth: 0.6 });
        cellLines.forEach((line, j) => {
          const y = top - CELL_PAD - (j + 1) * size * LEADING + size * 0.25;
          this.page.drawText(line, { x: x + CELL_PAD, y, size, font, color: INK });
        });
      });
      this.y = top - height;
    };
    draw(columns, fonts.bold);
    for (const row of rows) draw(row, fonts.regular);
  }
}

/** The document as PDF bytes. */
export async function kitPdf(document: KitDocument): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(document.title);
  doc.setLanguage('id-ID');
  doc.setCreator('Sinergi');
  const fonts = await embedNotoSans(doc);
  const w = new Writer(doc);
  w.paragraph(document.title, fonts.bold, 14, { centred: true });
  w.gap(10);
  for (const part of document.parts) {
    if (part.kind === 'heading') {
      w.gap(8);
      w.paragraph(part.text, fonts.bold, 11.5);
    } else if (part.kind === 'text') {
      w.gap(3);
      w.paragraph(part.text, fonts.regular, 11);
    } else if (part.kind === 'field') {
      w.gap(3);
      w.paragraph(`${part.label}:`, fonts.bold, 10.5);
      w.paragraph(part.value, fonts.regular, 11);
    } else {
      w.gap(6);
      w.paragraph(part.label, fonts.bold, 10.5);
      w.gap(2);
      w.table(part.columns, part.rows, fonts);
    }
  }
  if (document.limits.length > 0) {
    w.gap(12);
    w.paragraph(ui.kit.limits, fonts.bold, 10);
    for (const limit of document.limits) w.paragraph(`• ${limit.text} (${limit.cites.join('; ')})`, fonts.regular, 9);
  }
  w.gap(10);
  w.paragraph(`${ui.kit.status}: ${document.status} ${ui.kit.printedFrom}.`, fonts.regular, 8.5);
  return doc.save();
}
