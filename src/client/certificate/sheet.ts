// Renders a certificate as HTML (screen and print) from its payload; the PDF draws the same fields at the same sizes
// (bodyBlocks). Only the pages that show certificates load this, not /progres or /verifikasi.
import { ui } from '../../i18n/id.ts';
import { formatCode } from '../../lib/certificate/code.ts';
import { fitBlocks, type Block, type Measure } from '../../lib/certificate/fit.ts';
import { escapeHtml } from '../../lib/html/escape-html.ts';
import { moduleRows, printedDate, sheetIdentity, type CertificateView } from './view.ts';

const c = ui.certificate;
const esc = escapeHtml;

/** Widths in points that the body's text must fit: full lines, and the module table's title column. */
export interface BodyWidths {
  readonly text: number;
  readonly moduleTitle: number;
}

/**
 * The body of a certificate as blocks of text to fit (sizes in points), from the title down to the module table: one
 * set of sizes for the PDF and the printed page. Each is shrunk to its minimum size, then wrapped.
 */
export function bodyBlocks(view: Pick<CertificateView, 'envelope' | 'course' | 'seat'>, widths: BodyWidths): Block[] {
  const p = view.envelope.payload;
  const line = (key: string, text: string, bold: boolean, size: number, minSize: number, gap: number): Block => ({
    key,
    text,
    bold,
    size,
    minSize,
    gap,
    maxLines: 2,
    width: widths.text,
  });
  return [
    line('title', view.course.certificateTitle, true, 22, 16, 4),
    line('lead', c.givenTo, false, 12, 12, 14),
    line('name', p.n, true, 26, 18, 3),
    line('ident', sheetIdentity(view), false, 12, 9, 8),
    line('course', c.completed(view.course.title), false, 11, 9, 5),
    { ...line('head', c.module, true, 10, 10, 12), width: widths.moduleTitle },
    ...moduleRows(view).map(([title], i) => ({
      ...line(`module-${i}`, title, false, 10, 8, 3),
      width: widths.moduleTitle,
    })),
  ];
}

/** The printed sheet (A4 landscape less 12 mm margins) less its padding, in points: 245 mm by 166 mm. */
const PRINT_TEXT_WIDTH = (245 * 72) / 25.4;
/** Module title column: the table's width less the date and score columns. */
const PRINT_MODULE_WIDTH = PRINT_TEXT_WIDTH - 230;
/** What the body may take of the sheet's 166 mm: less the brand line, the foot (QR code and caption) and a spare 4 mm. */
const PRINT_BODY_HEIGHT = ((166 - 5 - 49 - 4) * 72) / 25.4;

/** Text widths in points as the printed page sets them: the page's own font, measured on a canvas. */
function pageMeasure(): (bold: boolean) => Measure {
  const context = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(document.body).fontFamily;
  return (bold) => (text, size) => {
    if (!context) return 0;
    context.font = `${bold ? 700 : 400} ${size}pt ${family}`;
    // Canvas widths are CSS pixels: 0.75 pt each.
    return context.measureText(text).width * 0.75;
  };
}

/** The certificate's HTML; `qrSvg` is the QR code drawn by the qrcode library. */
export function certificateHtml(view: CertificateView, qrSvg: string): string {
  const p = view.envelope.payload;
  // Print sizes, fitted as the PDF's: a long name or unit shrinks, then wraps; a long body shrinks as a whole.
  const fitted = fitBlocks(
    bodyBlocks(view, { text: PRINT_TEXT_WIDTH, moduleTitle: PRINT_MODULE_WIDTH }),
    PRINT_BODY_HEIGHT,
    pageMeasure(),
  );
  const fit = (key: string) => `style="--fit-size: ${fitted.blocks.find((b) => b.key === key)?.size ?? 0}pt"`;
  const rows = moduleRows(view)
    .map(
      ([title, date, score], i) =>
        `<tr><td ${fit(`module-${i}`)}>${esc(title)}</td><td>${esc(date)}</td><td>${esc(score)}</td></tr>`,
    )
    .join('');
  const issuer = view.endorsedBy
    ? `<p class="cert-issuer endorsed">${esc(c.endorsedBy(view.endorsedBy))}<br /><span>${esc(c.signatory(view.course.signatoryRole))}</span></p>`
    : `<p class="cert-issuer self">${esc(c.selfIssued)}<br /><span>${esc(c.selfIssuedNote)}</span></p>`;
  return `<article class="certificate" aria-label="${esc(view.course.certificateTitle)}: ${esc(p.n)}" style="--fit-scale: ${fitted.scale}">
  <header class="cert-head">
    <p class="cert-brand">${esc(c.brand)}</p>
    <h2 class="cert-title" ${fit('title')}>${esc(view.course.certificateTitle)}</h2>
  </header>
  <p class="cert-lead">${esc(c.givenTo)}</p>
  <p class="cert-name" ${fit('name')}>${esc(p.n)}</p>
  <p class="cert-ident" ${fit('ident')}>${esc(sheetIdentity(view))}</p>
  <p class="cert-course" ${fit('course')}>${esc(c.completed(view.course.title))}</p>
  <table class="cert-modules">
    <thead><tr><th scope="col">${c.module}</th><th scope="col">${c.completedOn}</th><th scope="col">${c.score}</th></tr></thead>
    <tbody>${rows}</tbody>
  </table>
  <div class="cert-foot">
    <dl class="cert-facts">
      <div><dt>${c.issuedOn}</dt><dd>${esc(printedDate(p.i))}</dd></div>
      <div><dt>${c.validUntil}</dt><dd>${esc(p.x ? printedDate(p.x) : c.noExpiry)}</dd></div>
      <div><dt>${c.number}</dt><dd class="cert-number">${esc(p.no)}</dd></div>
      <div><dt>${c.code}</dt><dd class="cert-code">${esc(formatCode(view.envelope.code))}</dd></div>
    </dl>
    ${issuer}
    <figure class="cert-qr">
      <div role="img" aria-label="${esc(c.qrAlt)}">${qrSvg}</div>
      <figcaption>${esc(c.qrCaption)}</figcaption>
    </figure>
  </div>
</article>`;
}
