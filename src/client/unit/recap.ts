// /satuan/: a unit admin drops members' exported progress files, gets a checked recap, exports CSV, prints or
// downloads their certificates in one go, and endorses them with the unit key.
import { ui } from '../../i18n/id.ts';
import type { PublishedUnit } from '../../lib/certificate/endorsement.ts';
import { issueCertificate } from '../../lib/certificate/issue.ts';
import {
  buildRecap,
  filterRows,
  recapToCsv,
  sortRows,
  type Recap,
  type RecapRow,
  type SortKey,
} from '../../lib/certificate/recap.ts';
import type { QuestionGrader, QuizKey } from '../../lib/certificate/regrade.ts';
import { escapeHtml } from '../../lib/html/escape-html.ts';
import { decodeProgressFile } from '../../lib/progress/codec.ts';
import { gradeResponse } from '../../lib/quiz/grade.ts';
import type { Question } from '../../schemas/quiz.ts';
import { certificateCourse, qrSvg, verifyUrlFor, type CertificateView, type CourseInfo } from '../certificate/view.ts';
import { certificateHtml } from '../certificate/sheet.ts';
import { downloadFile } from '../platform/download.ts';
import { wireDropZone } from '../platform/drop-zone.ts';
import { backupUnitKey, createUnitKey, restoreUnitKey, signPayload, unitsYamlSnippet, type UnitKey } from './keys.ts';
import { sha256Hex } from '../platform/digest.ts';
import { browserDigest } from '../platform/webcrypto.ts';

const u = ui.unit;

interface PageData {
  readonly courses: CourseInfo[];
  readonly units: PublishedUnit[];
  readonly quizzes: QuizKey[];
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const esc = escapeHtml;

// The quiz keys embedded in the page are the quiz files' questions, so the quiz's own grading rules apply.
const grade: QuestionGrader = (question, response) => gradeResponse(question as Question, response);

/** Reads and checks dropped files; exported for the benchmark, which times this on 1,000 files. */
export async function recapFiles(
  files: readonly File[],
  data: PageData,
  onProgress?: (done: number) => void,
): Promise<Recap> {
  let done = 0;
  const texts = await Promise.all(
    files.map(async (file) => {
      const text = await file.text().catch(() => '');
      onProgress?.(++done);
      return { name: file.name, text };
    }),
  );
  const modules = [...new Map(data.courses.flatMap((c) => c.modules).map((m) => [m.id, m])).values()];
  return buildRecap(texts, {
    decode: (text) => decodeProgressFile(text, { digest: sha256Hex }),
    modules,
    quizzes: data.quizzes,
    grade,
    exams: data.courses.flatMap((c) => (c.exam ? [c.exam] : [])),
  });
}

/** Wires the page. */
export function mountUnitRecap(): void {
  const data = JSON.parse($('unit-data').textContent) as PageData;
  const unitById = (id: string) => data.units.find((x) => x.id === id);
  const modules = [...new Map(data.courses.flatMap((c) => c.modules).map((m) => [m.id, m])).values()];
  const status = $('unit-status');
  const keyStatus = $('key-status');
  let recap: Recap = { rows: [], broken: [] };
  let shown: RecapRow[] = [];
  const selected = new Set<number>();
  let unitKey: UnitKey | undefined;

  const render = () => {
    const [key = 'name', , dir] = $<HTMLSelectElement>('unit-sort').value.split(':');
    const sortKey = (
      key === 'module' ? `module:${$<HTMLSelectElement>('unit-sort').value.split(':')[1] ?? ''}` : key
    ) as SortKey;
    const direction =
      (key === 'module' ? $<HTMLSelectElement>('unit-sort').value.split(':')[2] : dir) === 'desc' ? 'desc' : 'asc';
    shown = sortRows(
      filterRows(recap.rows, $<HTMLInputElement>('unit-filter').value, $<HTMLInputElement>('unit-flagged').checked),
      sortKey,
      direction,
    );
    $('unit-rows').innerHTML = shown
      .map((row) => {
        const p = row.profile;
        const name = p?.name ?? row.file;
        const cells = modules.map((m) => {
          const r = row.results.find((x) => x.moduleId === m.id);
          const parts = [
            u.states[r?.state ?? 'belum'],
            r?.score === null || r?.score === undefined ? '' : String(r.score),
            r?.completedOn ?? '',
          ];
          return `<td>${esc(parts.filter(Boolean).join(' · '))}</td>`;
        });
        const notes = row.forged
          ? `<strong>${esc(u.forgedNote)}</strong>: ${esc(row.problems.join('; '))}`
          : esc(row.problems.join('; '));
        return `<tr class="${row.forged ? 'flagged' : ''}" data-index="${row.index}">
<td><input type="checkbox" data-select="${row.index}" aria-label="${esc(u.select(name))}" ${selected.has(row.index) ? 'checked' : ''} /></td>
<th scope="row">${esc(name)}</th><td>${esc(p?.nrp ?? p?.role ?? '')}</td><td>${esc(p?.unit ?? '')}</td>${cells.join('')}<td>${notes}</td></tr>`;
      })
      .join('');
    $('unit-selected').textContent = u.selected(selected.size);
  };

  const load = async (files: File[]) => {
    if (files.length === 0) return;
    status.textContent = u.reading(0, files.length);
    recap = await recapFiles(files, data, (done) => {
      if (done % 50 === 0) status.textContent = u.reading(done, files.length);
    });
    selected.clear();
    const forged = recap.rows.filter((r) => r.forged).length;
    status.textContent = u.summary(recap.rows.length, recap.broken.length, forged);
    $('unit-broken').hidden = recap.broken.length === 0;
    $('unit-broken-list').innerHTML = recap.broken
      .map((b) => `<li><strong>${esc(b.file)}</strong>: ${esc(b.error)}</li>`)
      .join('');
    $('unit-recap').hidden = false;
    render();
  };

  wireDropZone($('unit-drop'), $<HTMLInputElement>('unit-files'), (files) => void load(files));
  for (const id of ['unit-filter', 'unit-flagged', 'unit-sort']) $(id).addEventListener('input', render);
  $('unit-rows').addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const index = Number(box.dataset['select']);
    if (box.checked) selected.add(index);
    else selected.delete(index);
    $('unit-selected').textContent = u.selected(selected.size);
  });
  $<HTMLInputElement>('unit-all').addEventListener('change', (e) => {
    const on = (e.target as HTMLInputElement).checked;
    for (const row of shown) {
      if (on) selected.add(row.index);
      else selected.delete(row.index);
    }
    render();
  });
  $('unit-csv').addEventListener('click', () => {
    downloadFile('rekap-satuan.csv', `\uFEFF${recapToCsv(shown, modules)}`, 'text/csv;charset=utf-8');
  });

  const views = async (): Promise<CertificateView[]> => {
    const course = data.courses.find((c) => c.id === $<HTMLSelectElement>('unit-course').value);
    if (!course) return [];
    const endorse = $<HTMLInputElement>('unit-endorse').checked ? unitKey : undefined;
    const endorsedBy = endorse ? unitById(endorse.unitId)?.name : undefined;
    const out: CertificateView[] = [];
    for (const row of recap.rows.filter((r) => selected.has(r.index))) {
      const exam = course.exam ? row.exams[course.exam.bank] : undefined;
      const issued = await issueCertificate(certificateCourse(course), row.profile, row.results, browserDigest, exam);
      if (!issued.ok) continue;
      const base = issued.certificate;
      const envelope = endorse
        ? { ...base, endorsement: { unitId: endorse.unitId, signature: await signPayload(endorse, base.payload) } }
        : base;
      out.push({ envelope, course, endorsedBy, verifyUrl: verifyUrlFor(envelope, location.origin) });
    }
    const skipped = selected.size - out.length;
    status.textContent = out.length === 0 ? u.noneEligible : skipped > 0 ? u.skipped(skipped) : u.selected(out.length);
    return out;
  };

  $('unit-print').addEventListener('click', () => {
    void (async () => {
      const list = await views();
      if (list.length === 0) return;
      const html = await Promise.all(list.map(async (view) => certificateHtml(view, await qrSvg(view.verifyUrl))));
      $('unit-sheets').innerHTML = html.join('');
      window.print();
    })();
  });
  $('unit-pdf').addEventListener('click', () => {
    void (async () => {
      const list = await views();
      if (list.length === 0) return;
      const button = $<HTMLButtonElement>('unit-pdf');
      button.disabled = true;
      status.textContent = ui.certificate.preparingPdf;
      try {
        const { certificatesPdf } = await import('../certificate/pdf.ts');
        const bytes = await certificatesPdf(list);
        downloadFile('sertifikat-satuan.pdf', bytes as Uint8Array<ArrayBuffer>, 'application/pdf');
        status.textContent = ui.certificate.pdfReady;
      } catch {
        status.textContent = ui.certificate.pdfFailed;
      } finally {
        button.disabled = false;
      }
    })();
  });

  const keyReady = (key: UnitKey) => {
    unitKey = key;
    const unit = unitById(key.unitId);
    const published = unit?.publicKey === key.publicKey;
    keyStatus.textContent = `${u.keyReady(unit?.name ?? key.unitId)}${published ? '' : ` ${u.keyNotPublished}`}`;
    $<HTMLTextAreaElement>('key-public-text').value = unitsYamlSnippet(key, unit);
    $('key-public').hidden = false;
    const endorse = $<HTMLInputElement>('unit-endorse');
    endorse.disabled = false;
    endorse.checked = true;
  };
  const passphrase = () => $<HTMLInputElement>('key-passphrase').value;
  $('key-create').addEventListener('click', () => {
    void (async () => {
      if (passphrase().length < 12) {
        keyStatus.textContent = u.passphraseShort;
        return;
      }
      keyStatus.textContent = u.working;
      const unitId = $<HTMLSelectElement>('key-unit').value;
      const { key, pkcs8 } = await createUnitKey(unitId);
      const backup = await backupUnitKey(key, pkcs8, passphrase());
      downloadFile(`kunci-${unitId}-cadangan.json`, JSON.stringify(backup, null, 2), 'application/json');
      keyReady(key);
    })();
  });
  $('key-restore').addEventListener('click', () => {
    void (async () => {
      const file = $<HTMLInputElement>('key-file').files?.[0];
      if (!file) return;
      keyStatus.textContent = u.working;
      const restored = await restoreUnitKey(await file.text(), passphrase());
      if (restored.ok) keyReady(restored.key);
      else keyStatus.textContent = restored.error === 'format' ? u.restoreFormat : u.restoreFailed;
    })();
  });
  $('key-download-public').addEventListener('click', () => {
    if (!unitKey) return;
    downloadFile(
      `kunci-publik-${unitKey.unitId}.yaml`,
      unitsYamlSnippet(unitKey, unitById(unitKey.unitId)),
      'text/yaml',
    );
  });
}
