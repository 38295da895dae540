// The certificate as a PDF, one A4 landscape page per certificate, drawn with pdf-lib. Noto Sans (TTF, embedded and
// subset through fontkit) renders any Latin name, with its accents, exactly as typed. Loaded only on "Unduh PDF".
import fontkit from '@pdf-lib/fontkit';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { ui } from '../i18n/id.ts';
import { formatCode } from '../lib/certificate/code.ts';
import { identityLine, moduleRows, printedDate, type CertificateView } from './certificate-view.ts';

const MM = 72 / 25.4;
const A4_LANDSCAPE: [number, number] = [297 * MM, 210 * MM];
const MARGIN = 12 * MM;
const INK = rgb(0.08, 0.09, 0.1);
const BRAND = rgb(0.04, 0.24, 0.42);
const c = ui.certificate;

interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.arrayBuffer();
}

/** Splits text into lines that fit the width. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function centered(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK): void {
  const [width] = A4_LANDSCAPE;
  page.drawText(text, { x: (width - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
}

function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const cell = size / count;
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col)) {
        page.drawRectangle({
          x: x + col * cell,
          y: y + size - (row + 1) * cell,
          width: cell,
          height: cell,
          color: INK,
        });
      }
    }
  }
}

function drawCertificate(page: PDFPage, view: CertificateView, fonts: Fonts): void {
  const [width, height] = A4_LANDSCAPE;
  const inner = width - 2 * MARGIN;
  const p = view.envelope.payload;
  page.drawRectangle({
    x: MARGIN,
    y: MARGIN,
    width: inner,
    height: height - 2 * MARGIN,
    borderColor: BRAND,
    borderWidth: 2,
  });
  let y = height - MARGIN - 34;
  centered(page, c.brand, y, fonts.regular, 11, BRAND);
  for (const line of wrap(view.course.certificateTitle, fonts.bold, 22, inner - 80)) {
    y -= 30;
    centered(page, line, y, fonts.bold, 22, BRAND);
  }
  y -= 28;
  centered(page, c.givenTo, y, fonts.regular, 12);
  y -= 34;
  centered(page, p.n, y, fonts.bold, 26);
  y -= 22;
  centered(page, identityLine(p), y, fonts.regular, 12);
  for (const line of wrap(c.completed(view.course.title), fonts.regular, 11, inner - 80)) {
    y -= 18;
    centered(page, line, y, fonts.regular, 11);
  }
  y -= 24;
  const colX = [MARGIN + 40, MARGIN + inner - 260, MARGIN + inner - 120];
  [c.module, c.completedOn, c.score].forEach((label, i) => {
    page.drawText(label, { x: colX[i] ?? 0, y, size: 10, font: fonts.bold, color: INK });
  });
  page.drawLine({ start: { x: MARGIN + 36, y: y - 4 }, end: { x: MARGIN + inner - 36, y: y - 4 }, thickness: 0.6 });
  for (const row of moduleRows(view)) {
    y -= 15;
    row.forEach((cell, i) => {
      const text = i === 0 ? (wrap(cell, fonts.regular, 10, inner - 320)[0] ?? cell) : cell;
      page.drawText(text, { x: colX[i] ?? 0, y, size: 10, font: fonts.regular, color: INK });
    });
  }
  // As on the printed page: 44 mm keeps an endorsed QR's modules near 0.4 mm.
  const qrSize = 44 * MM;
  const footY = MARGIN + 18;
  drawQr(page, view.verifyUrl, MARGIN + inner - qrSize - 18, footY, qrSize);
  const facts: [string, string][] = [
    [c.issuedOn, printedDate(p.i)],
    [c.validUntil, p.x ? printedDate(p.x) : c.noExpiry],
    [c.number, p.no],
    [c.code, formatCode(view.envelope.code)],
  ];
  facts.forEach(([label, value], i) => {
    const fy = footY + qrSize - 10 - i * 16;
    page.drawText(`${label}:`, { x: MARGIN + 40, y: fy, size: 10, font: fonts.bold, color: INK });
    page.drawText(value, { x: MARGIN + 150, y: fy, size: 10, font: fonts.regular, color: INK });
  });
  const issuer = view.endorsedBy ? c.endorsedBy(view.endorsedBy) : c.selfIssued;
  const note = view.endorsedBy ? c.signatory(view.course.signatoryRole) : c.selfIssuedNote;
  page.drawText(issuer, { x: MARGIN + 330, y: footY + 30, size: 12, font: fonts.bold, color: BRAND });
  page.drawText(note, { x: MARGIN + 330, y: footY + 14, size: 10, font: fonts.regular, color: INK });
}

/** One PDF with one A4 landscape page per certificate. */
export async function certificatesPdf(views: readonly CertificateView[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(
    views.length === 1 && views[0] ? `${views[0].course.certificateTitle}: ${views[0].envelope.payload.n}` : c.brand,
  );
  doc.setLanguage('id-ID');
  doc.setCreator('Sinergi');
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  const fonts = {
    regular: await doc.embedFont(regular, { subset: true }),
    bold: await doc.embedFont(bold, { subset: true }),
  };
  for (const view of views) drawCertificate(doc.addPage(A4_LANDSCAPE), view, fonts);
  return doc.save();
}
