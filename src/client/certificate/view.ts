// What a certificate shows, from its payload: the fields the HTML sheet, the PDF and /verifikasi print.
import { formatDate } from '../../i18n/format.ts';
import { ui } from '../../i18n/id.ts';
import { encodeEnvelope, type Envelope } from '../../lib/certificate/envelope.ts';
import type { CertificateCourse } from '../../lib/certificate/issue.ts';
import { EXAM_LINE_ID, type CertificatePayload } from '../../lib/certificate/payload.ts';
import type { ExamRule } from '../../lib/certificate/results.ts';
import type { Seat } from '../../schemas/common.ts';

/** Course facts printed on a certificate (embedded in the page at build time). */
export interface CourseInfo {
  readonly id: string;
  readonly title: string;
  readonly certificateTitle: string;
  readonly signatoryRole: string;
  readonly validityMonths?: number | undefined;
  readonly modules: readonly { id: string; title: string; quiz?: string | undefined; requireQuiz: boolean }[];
  /** The course's final exam: bank (quiz id), attempt policy and pass mark; absent without exam. */
  readonly exam?: ExamRule & { readonly passMark: number };
}

/** The course facts certificate issuing reads. */
export function certificateCourse(course: CourseInfo): CertificateCourse {
  return {
    id: course.id,
    modules: course.modules.map((m) => m.id),
    validityMonths: course.validityMonths,
    hasExam: course.exam !== undefined,
  };
}

/** Everything needed to draw one certificate. */
export interface CertificateView {
  readonly envelope: Envelope;
  readonly course: CourseInfo;
  /** Name of the endorsing unit, when signed. */
  readonly endorsedBy?: string | undefined;
  /** Absolute /verifikasi/ URL with the fragment: what the QR encodes. */
  readonly verifyUrl: string;
  /**
   * The function the learner said they serve in. Printed, but not in the signed payload: adding a key would change
   * every code and make /verifikasi of earlier builds refuse the certificate.
   */
  readonly seat?: Seat | undefined;
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

/** The identity line as the sheet and PDF print it: the payload's, then the learner's function when known. */
export function sheetIdentity(view: Pick<CertificateView, 'envelope' | 'seat'>): string {
  const ident = identityLine(view.envelope.payload);
  return view.seat === undefined ? ident : `${ident} · ${ui.seats.certificate(ui.seats.labels[view.seat])}`;
}

/** The lines a course's certificate lists: its modules, then its final exam (titled "Ujian akhir") when it has one. */
export function certificateLines(course: CourseInfo): { id: string; title: string }[] {
  return [...course.modules, ...(course.exam ? [{ id: EXAM_LINE_ID, title: c.examLine }] : [])];
}

/** Module rows (and the exam's): title, completion date, score. */
export function moduleRows(view: Pick<CertificateView, 'envelope' | 'course'>): [string, string, string][] {
  const lines = certificateLines(view.course);
  return view.envelope.payload.m.map(([id, date, score]) => [
    lines.find((m) => m.id === id)?.title ?? id,
    printedDate(date),
    score === null ? c.noScore : String(Math.round(score)),
  ]);
}

/** Draws the QR code as SVG (qrcode is loaded only when a certificate is shown). */
export async function qrSvg(url: string): Promise<string> {
  const QRCode = await import('qrcode');
  // Level M as in the PDF (pdf.ts, drawQr).
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
