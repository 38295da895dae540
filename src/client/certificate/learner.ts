// /sertifikat/<course>/: the learner's own certificate, issued from the progress stored on this device.
import { ui } from '../../i18n/id.ts';
import { issueCertificate } from '../../lib/certificate/issue.ts';
import { examOutcome, moduleResults, trustRecorded } from '../../lib/certificate/results.ts';
import { certificateCourse, qrSvg, verifyUrlFor, type CertificateView, type CourseInfo } from './view.ts';
import { certificateHtml } from './sheet.ts';
import { downloadFile } from '../platform/download.ts';
import { loadProgress } from '../progress/api.ts';
import { browserDigest } from '../platform/webcrypto.ts';

const c = ui.certificate;
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Issues and shows the certificate, or says what is missing. */
export async function mountLearnerCertificate(): Promise<void> {
  const course = JSON.parse(byId('cert-course').textContent) as CourseInfo;
  const status = byId('cert-status');
  const progress = loadProgress();
  if (Object.keys(progress.completions.modules).length === 0) {
    status.textContent = c.noProgress;
    byId('cert-problem').hidden = false;
    return;
  }
  const results = moduleResults(progress, course.modules, trustRecorded);
  const exam = course.exam ? examOutcome(progress, course.exam, trustRecorded) : undefined;
  const issued = await issueCertificate(certificateCourse(course), progress.profile, results, browserDigest, exam);
  if (!issued.ok) {
    byId('cert-problem').hidden = false;
    if (issued.reason === 'profile') status.textContent = c.noProfile;
    else {
      status.textContent = issued.missing.length > 0 ? c.incomplete : c.examMissing;
      const items = issued.missing.map((id) => {
        const li = document.createElement('li');
        li.textContent = course.modules.find((m) => m.id === id)?.title ?? id;
        return li;
      });
      if (issued.examMissing) {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = `/kursus/${course.id}/ujian/`;
        link.textContent = c.toExam;
        li.append(`${c.examLine}: `, link);
        items.push(li);
      }
      byId('cert-missing').replaceChildren(...items);
    }
    return;
  }
  const envelope = issued.certificate;
  const view: CertificateView = {
    envelope,
    course,
    verifyUrl: verifyUrlFor(envelope, location.origin),
    seat: progress.seat,
  };
  byId('cert-sheet').innerHTML = certificateHtml(view, await qrSvg(view.verifyUrl));
  byId('cert-actions').hidden = false;
  status.textContent = c.ready;
  byId('cert-print').addEventListener('click', () => {
    window.print();
  });
  const pdfButton = byId<HTMLButtonElement>('cert-pdf');
  pdfButton.addEventListener('click', () => {
    void (async () => {
      pdfButton.disabled = true;
      status.textContent = c.preparingPdf;
      try {
        const { certificatesPdf } = await import('./pdf.ts');
        const bytes = await certificatesPdf([view]);
        downloadFile(`sertifikat-${envelope.payload.no}.pdf`, bytes as Uint8Array<ArrayBuffer>, 'application/pdf');
        status.textContent = c.pdfReady;
      } catch {
        status.textContent = c.pdfFailed;
      } finally {
        pdfButton.disabled = false;
      }
    })();
  });
}
