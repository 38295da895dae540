// The certificate as a PDF, one A4 landscape page per certificate, drawn with pdf-lib. Noto Sans (TTF, embedded and
// subset through fontkit by src/client/platform/noto-sans.ts) renders any Latin name, with its accents, exactly as
// typed. Every line of variable text is fitted to its width (shrunk, then wrapped), and the whole body shrinks until
// it clears the foot with the QR code. Loaded only on "Unduh PDF".
import {
  concatTransformationMatrix,
  fill,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingColor,
  type Color,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import QRCode from 'qrcode';
import { ui } from '../../i18n/id.ts';
import { formatCode } from '../../lib/certificate/code.ts';
import { fitBlocks, fitText, LEADING, type Measure } from '../../lib/certificate/fit.ts';
import { embedNotoSans, type PdfFonts } from '../platform/noto-sans.ts';
import { bodyBlocks } from './sheet.ts';
import { moduleRows, printedDate, type CertificateView } from './view.ts';

const MM = 72 / 25.4;
const A4_LANDSCAPE: [number, number] = [297 * MM, 210 * MM];
const [WIDTH, HEIGHT] = A4_LANDSCAPE;
const MARGIN = 12 * MM;
const INNER = WIDTH - 2 * MARGIN;
/** Text runs 40 pt inside the border on each side. */
const LEFT = MARGIN + 40;
const TEXT_WIDTH = INNER - 80;
const INK = rgb(0.08, 0.09, 0.1);
const BRAND = rgb(0.04, 0.24, 0.42);
// As on the printed page: 44 mm keeps an endorsed QR's modules near 0.4 mm.
const QR_SIZE = 44 * MM;
const FOOT_Y = MARGIN + 18;
const QR_X = MARGIN + INNER - QR_SIZE - 18;
/** The body's last baseline stays this far above the foot (the top of the QR code): room for descenders. */
const BODY_FLOOR = FOOT_Y + QR_SIZE + 14;
/** Module table columns: title, completion date, score. */
const COLUMNS = [LEFT, MARGIN + INNER - 260, MARGIN + INNER - 120] as const;
const ISSUER_X = MARGIN + 330;
const c = ui.certificate;

interface TextOp {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly font: PDFFont;
  readonly color: Color;
}

/** x of a line centred on the page. */
const centred = (text: string, font: PDFFont, size: number) => (WIDTH - font.widthOfTextAtSize(text, size)) / 2;

const measureWith =
  (font: PDFFont): Measure =>
  (text, size) =>
    font.widthOfTextAtSize(text, size);

/**
 * The QR code as one filled path: a rectangle per run of dark modules in a row, in module units (small integers) scaled
 * to the page by one transformation matrix, a few kilobytes a page.
 */
function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  // Level M (15 % of the code recoverable, for creased or stained paper): the compressed payload (envelope.ts) keeps
  // the longest endorsed certificates' modules near 0.45 mm at 44 mm.
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const cell = size / count;
  const runs: PDFOperator[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < count && qr.modules.get(row, col + 1)) col++;
      runs.push(rectangle(start, count - row - 1, col - start + 1, 1));
    }
  }
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(cell, 0, 0, cell, x, y),
    setFillingColor(INK),
    ...runs,
    fill(),
    popGraphicsState(),
  );
}

/** Title, name, identity, course and module table, fitted as on the printed page, set from the top down. */
function bodyOps(view: CertificateView, fonts: PdfFonts): { ops: TextOp[]; rule: number } {
  const top = HEIGHT - MARGIN - 34;
  const ops: TextOp[] = [
    { text: c.brand, x: centred(c.brand, fonts.regular, 11), y: top, size: 11, font: fonts.regular, color: BRAND },
  ];
  const blocks = bodyBlocks(view, { text: TEXT_WIDTH, moduleTitle: COLUMNS[1] - COLUMNS[0] - 12 });
  const fitted = fitBlocks(blocks, top - BODY_FLOOR, (bold) => measureWith(bold ? fonts.bold : fonts.regular));
  const rows = moduleRows(view);
  let y = top;
  let rule = 0;
  for (const block of fitted.blocks) {
    const font = block.bold ? fonts.bold : fonts.regular;
    y -= block.gap;
    const module = block.key.startsWith('module-') ? rows[Number(block.key.slice('module-'.length))] : undefined;
    block.lines.forEach((line, i) => {
      y -= block.size * LEADING;
      // Module titles and the table head start at their column; everything else is centred.
      const x = module || block.key === 'head' ? LEFT : centred(line, font, block.size);
      ops.push({ text: line, x, y, size: block.size, font, color: block.key === 'title' ? BRAND : INK });
      if (i > 0) return;
      const cells = block.key === 'head' ? [c.completedOn, c.score] : module ? module.slice(1) : [];
      // Dates and scores keep the table's size on the title's first line.
      const size = 10 * fitted.scale;
      cells.forEach((text, column) => ops.push({ text, x: COLUMNS[column + 1] ?? LEFT, y, size, font, color: INK }));
    });
    if (block.key === 'head') rule = y - 4 * fitted.scale;
  }
  return { ops, rule };
}

function drawCertificate(page: PDFPage, view: CertificateView, fonts: PdfFonts): void {
  const p = view.envelope.payload;
  page.drawRectangle({
    x: MARGIN,
    y: MARGIN,
    width: INNER,
    height: HEIGHT - 2 * MARGIN,
    borderColor: BRAND,
    borderWidth: 2,
  });
  const body = bodyOps(view, fonts);
  page.drawLine({
    start: { x: LEFT - 4, y: body.rule },
    end: { x: MARGIN + INNER - 36, y: body.rule },
    thickness: 0.6,
  });
  drawQr(page, view.verifyUrl, QR_X, FOOT_Y, QR_SIZE);
  const facts: [string, string][] = [
    [c.issuedOn, printedDate(p.i)],
    [c.validUntil, p.x ? printedDate(p.x) : c.noExpiry],
    [c.number, p.no],
    [c.code, formatCode(view.envelope.code)],
  ];
  const foot: TextOp[] = facts.flatMap(([label, value], i) => {
    const y = FOOT_Y + QR_SIZE - 10 - i * 16;
    return [
      { text: `${label}:`, x: LEFT, y, size: 10, font: fonts.bold, color: INK },
      { text: value, x: MARGIN + 150, y, size: 10, font: fonts.regular, color: INK },
    ];
  });
  // Issuer over its note, both between the facts and the QR code, set upwards from the foot.
  const issuer = view.endorsedBy ? c.endorsedBy(view.endorsedBy) : c.selfIssued;
  const note = view.endorsedBy ? c.signatory(view.course.signatoryRole) : c.selfIssuedNote;
  const width = QR_X - 16 - ISSUER_X;
  let y = FOOT_Y + 14;
  for (const [text, font, size, minSize, color] of [
    [note, fonts.regular, 10, 8, INK],
    [issuer, fonts.bold, 12, 9, BRAND],
  ] as const) {
    const fitted = fitText(text, { size, minSize, width, maxLines: 2 }, measureWith(font));
    fitted.lines.toReversed().forEach((line, i) => {
      if (i > 0) y += fitted.size * LEADING;
      foot.push({ text: line, x: ISSUER_X, y, size: fitted.size, font, color });
    });
    y += fitted.size * LEADING + 4;
  }
  for (const op of [...body.ops, ...foot]) {
    page.drawText(op.text, { x: op.x, y: op.y, size: op.size, font: op.font, color: op.color });
  }
}

/** One PDF with one A4 landscape page per certificate. */
export async function certificatesPdf(views: readonly CertificateView[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(
    views.length === 1 && views[0] ? `${views[0].course.certificateTitle}: ${views[0].envelope.payload.n}` : c.brand,
  );
  doc.setLanguage('id-ID');
  doc.setCreator('Sinergi');
  const fonts = await embedNotoSans(doc);
  for (const view of views) drawCertificate(doc.addPage(A4_LANDSCAPE), view, fonts);
  return doc.save();
}
