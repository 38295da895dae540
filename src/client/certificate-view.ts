// Renders a certificate as HTML (screen and print) from its payload; the PDF draws the same fields.
import { formatDate } from '../i18n/format.ts';
import { ui } from '../i18n/id.ts';
import { formatCode } from '../lib/certificate/code.ts';
import { encodeEnvelope, type Envelope } from '../lib/certificate/envelope.ts';
import type { CertificateCourse } from '../lib/certificate/issue.ts';
import type { CertificatePayload } from '../lib/certificate/payload.ts';

/** Course facts printed on a certificate (embedded in the page at build time). */
export interface CourseInfo {
  readonly id: string;
  readonly title: string;
  readonly certificateTitle: string;
  readonly signatoryRole: string;
  readonly validityMonths?: number | undefined;
  readonly modules: readonly { id: string; title: string; quiz?: string | undefined; requireQuiz: boolean }[];
}

/** The course facts certificate issuing reads. */
export function certificateCourse(course: CourseInfo): CertificateCourse {
  return { id: course.id, modules: course.modules.map((m) => m.id), validityMonths: course.validityMonths };
}

/** Everything needed to draw one certificate. */
export interface CertificateView {
  readonly envelope: Envelope;
  readonly course: CourseInfo;
  /** Name of the endorsing unit, when signed. */
  readonly endorsedBy?: string | undefined;
  /** Absolute /verifikasi/ URL with the fragment: what the QR encodes. */
  readonly verifyUrl: string;
}

const c = ui.certificate;

/** "28 November 2026" from "2026-11-28". */
export const printedDate = (date: string) => formatDate(new Date(`${date}T12:00:00+07:00`));

/** The /verifikasi/ URL of a certificate on this site. */
export function verifyUrlFor(envelope: Envelope, origin: string): string {
  return `${origin}/verifikasi/#${encodeEnvelope(envelope)}`;
}

/** The identity line: "NRP 87050123 · Bripka · Polsek Contoh" or "Mitra masyarakat: Anggota FKPM · Desa X". */
export function identityLine(p: CertificatePayload): string {
  const head = p.k === 'a' ? `${c.nrp} ${p.id}` : `${c.partner}: ${p.id}`;
  return [head, p.p, p.u].filter(Boolean).join(' · ');
}

/** Module rows: title, completion date, score. */
export function moduleRows(view: Pick<CertificateView, 'envelope' | 'course'>): [string, string, string][] {
  return view.envelope.payload.m.map(([id, date, score]) => [
    view.course.modules.find((m) => m.id === id)?.title ?? id,
    printedDate(date),
    score === null ? c.noScore : String(Math.round(score)),
  ]);
}

/** Escapes text for HTML built as a string. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

const esc = escapeHtml;

/** The certificate's HTML; `qrSvg` is the QR code drawn by the qrcode library. */
export function certificateHtml(view: CertificateView, qrSvg: string): string {
  const p = view.envelope.payload;
  const rows = moduleRows(view)
    .map(([title, date, score]) => `<tr><td>${esc(title)}</td><td>${esc(date)}</td><td>${esc(score)}</td></tr>`)
    .join('');
  const issuer = view.endorsedBy
    ? `<p class="cert-issuer endorsed">${esc(c.endorsedBy(view.endorsedBy))}<br /><span>${esc(c.signatory(view.course.signatoryRole))}</span></p>`
    : `<p class="cert-issuer self">${esc(c.selfIssued)}<br /><span>${esc(c.selfIssuedNote)}</span></p>`;
  return `<article class="certificate" aria-label="${esc(view.course.certificateTitle)}: ${esc(p.n)}">
  <header class="cert-head">
    <p class="cert-brand">${esc(c.brand)}</p>
    <h2 class="cert-title">${esc(view.course.certificateTitle)}</h2>
  </header>
  <p class="cert-lead">${esc(c.givenTo)}</p>
  <p class="cert-name">${esc(p.n)}</p>
  <p class="cert-ident">${esc(identityLine(p))}</p>
  <p class="cert-course">${esc(c.completed(view.course.title))}</p>
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

/** Draws the QR code as SVG (qrcode is loaded only when a certificate is shown). */
export async function qrSvg(url: string): Promise<string> {
  const QRCode = await import('qrcode');
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
