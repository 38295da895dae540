// /satuan/: a unit admin drops members' exported progress files, gets a checked recap, exports CSV, prints or
// downloads their certificates in one go, and endorses them with the unit key.
import { ui } from '../../i18n/id.ts';
import type { PublishedUnit } from '../../lib/certificate/endorsement.ts';
import { issueCertificate } from '../../lib/certificate/issue.ts';
import {
  buildRecap,
  filterRows,
  recapToCsv,
  examCell,
  type ExamColumn,
  sortRows,
  type Recap,
  type RecapRow,
  type SortKey,
} from '../../lib/certificate/recap.ts';
import type { ModuleRule } from '../../lib/certificate/results.ts';
import type { QuestionGrader } from '../../lib/certificate/regrade.ts';
import { escapeHtml } from '../../lib/html/escape-html.ts';
import { decodeProgressFile } from '../../lib/progress/codec.ts';
import { gradeKeyQuestion, type AnswerKey, type KeyQuestion } from '../../lib/unit/answer-key.ts';
import { certificateCourse, qrSvg, verifyUrlFor, type CertificateView, type CourseInfo } from '../certificate/view.ts';
import { certificateHtml } from '../certificate/sheet.ts';
import { downloadCsv, downloadFile } from '../platform/download.ts';
import { wireDropZone } from '../platform/drop-zone.ts';
import { backupUnitKey, createUnitKey, restoreUnitKey, signPayload, unitsYamlSnippet, type UnitKey } from './keys.ts';
import { sha256Hex } from '../platform/digest.ts';
import { browserDigest } from '../platform/webcrypto.ts';
import { mountUnitAnalysis, type CourseAssessmentIds } from './analysis.ts';

const u = ui.unit;

interface PageData {
  readonly courses: CourseInfo[];
  readonly units: PublishedUnit[];
  readonly assessments: CourseAssessmentIds[];
}

/** What the page's parts share: the recap shown, the rows on screen, the members selected, the unit key. */
interface RecapState {
  recap: Recap;
  shown: RecapRow[];
  readonly selected: Set<number>;
  unitKey: UnitKey | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const esc = escapeHtml;

// The keys hold the quiz files' questions mapped down to what grading reads, so the quiz's own grading rules apply.
const grade: QuestionGrader = (question, response) => gradeKeyQuestion(question as KeyQuestion, response);

const modulesOf = (data: PageData) => [
  ...new Map(data.courses.flatMap((c) => c.modules).map((m) => [m.id, m])).values(),
];

/** One recap column per course with a final exam, in course order (as the page's table header lists them). */
const examsOf = (data: PageData): ExamColumn[] =>
  data.courses.flatMap((c) => (c.exam ? [{ bank: c.exam.bank, course: c.title }] : []));

let keys: Promise<AnswerKey[]> | undefined;
/** The answer keys, fetched once, when the first files are dropped (never part of the page's HTML). */
function fetchAnswerKeys(): Promise<AnswerKey[]> {
  keys ??= fetch('/satuan/kunci.json').then(async (response) => {
    if (!response.ok) throw new Error(String(response.status));
    return (await response.json()) as AnswerKey[];
  });
  // A failed fetch (offline before the site was saved) is tried again on the next drop.
  keys.catch(() => (keys = undefined));
  return keys;
}

/** Reads and checks dropped files against the answer keys. */
export async function recapFiles(
  files: readonly File[],
  data: PageData,
  quizzes: readonly AnswerKey[],
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
  return buildRecap(texts, {
    decode: (text) => decodeProgressFile(text, { digest: sha256Hex }),
    modules: modulesOf(data),
    quizzes,
    grade,
    exams: data.courses.flatMap((c) => (c.exam ? [c.exam] : [])),
  });
}

/** A final exam's cell: "lulus · 85 · 2026-11-28", "belum lulus · 2 percobaan" or "belum". */
function examCellText(row: RecapRow, bank: string): string {
  const cell = examCell(row, bank);
  const detail =
    cell.state === 'lulus'
      ? [String(cell.score), cell.on ?? '']
      : cell.attempts > 0
        ? [u.examAttempts(cell.attempts)]
        : [];
  return [u.examStates[cell.state], ...detail].filter(Boolean).join(' · ');
}

/**
 * One table row per member: name, NRP or role, unit, function, each module's state, score and date, each course's
 * final exam, and the notes.
 */
function memberRowHtml(
  row: RecapRow,
  modules: readonly ModuleRule[],
  exams: readonly ExamColumn[],
  selected: boolean,
): string {
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
<td><input type="checkbox" data-select="${row.index}" aria-label="${esc(u.select(name))}" ${selected ? 'checked' : ''} /></td>
<th scope="row">${esc(name)}</th><td>${esc(p?.nrp ?? p?.role ?? '')}</td><td>${esc(p?.unit ?? '')}</td><td>${esc(ui.seats.label(row.seat))}</td>${cells.join('')}${exams.map((e) => `<td>${esc(examCellText(row, e.bank))}</td>`).join('')}<td>${notes}</td></tr>`;
}

/** The member table: filter, sort, selection and CSV export. Returns the function that redraws it. */
function wireRecapTable(data: PageData, state: RecapState): () => void {
  const modules = modulesOf(data);
  const exams = examsOf(data);
  const sort = $<HTMLSelectElement>('unit-sort');
  const render = () => {
    // Values are "name:asc", "nrp:asc", "unit:asc" or "module:<id>:desc".
    const [key = 'name', a = '', b = ''] = sort.value.split(':');
    const sortKey = (key === 'module' ? `module:${a}` : key) as SortKey;
    const direction = (key === 'module' ? b : a) === 'desc' ? 'desc' : 'asc';
    state.shown = sortRows(
      filterRows(
        state.recap.rows,
        $<HTMLInputElement>('unit-filter').value,
        $<HTMLInputElement>('unit-flagged').checked,
      ),
      sortKey,
      direction,
    );
    $('unit-rows').innerHTML = state.shown
      .map((row) => memberRowHtml(row, modules, exams, state.selected.has(row.index)))
      .join('');
    $('unit-selected').textContent = u.selected(state.selected.size);
  };
  for (const id of ['unit-filter', 'unit-flagged', 'unit-sort']) $(id).addEventListener('input', render);
  $('unit-rows').addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const index = Number(box.dataset['select']);
    if (box.checked) state.selected.add(index);
    else state.selected.delete(index);
    $('unit-selected').textContent = u.selected(state.selected.size);
  });
  $<HTMLInputElement>('unit-all').addEventListener('change', (e) => {
    const on = (e.target as HTMLInputElement).checked;
    for (const row of state.shown) {
      if (on) state.selected.add(row.index);
      else state.selected.delete(row.index);
    }
    render();
  });
  $('unit-csv').addEventListener('click', () => {
    downloadCsv('rekap-satuan.csv', recapToCsv(state.shown, modules, exams));
  });
  return render;
}

/** Printing and PDF of the selected members' certificates, endorsed with the unit key when one is active. */
function wireCertificates(data: PageData, state: RecapState): void {
  const status = $('unit-status');
  const views = async (): Promise<CertificateView[]> => {
    const course = data.courses.find((c) => c.id === $<HTMLSelectElement>('unit-course').value);
    if (!course) return [];
    const endorse = $<HTMLInputElement>('unit-endorse').checked ? state.unitKey : undefined;
    const endorsedBy = endorse ? data.units.find((x) => x.id === endorse.unitId)?.name : undefined;
    const out: CertificateView[] = [];
    for (const row of state.recap.rows.filter((r) => state.selected.has(r.index))) {
      const exam = course.exam ? row.exams[course.exam.bank] : undefined;
      const issued = await issueCertificate(certificateCourse(course), row.profile, row.results, browserDigest, exam);
      if (!issued.ok) continue;
      const base = issued.certificate;
      const envelope = endorse
        ? { ...base, endorsement: { unitId: endorse.unitId, signature: await signPayload(endorse, base.payload) } }
        : base;
      out.push({ envelope, course, endorsedBy, verifyUrl: verifyUrlFor(envelope, location.origin), seat: row.seat });
    }
    const skipped = state.selected.size - out.length;
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
}

/** Creating, restoring and publishing the unit's endorsement key. */
function wireUnitKeys(data: PageData, state: RecapState): void {
  const keyStatus = $('key-status');
  const unitById = (id: string) => data.units.find((x) => x.id === id);
  const keyReady = (key: UnitKey) => {
    state.unitKey = key;
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
    if (!state.unitKey) return;
    downloadFile(
      `kunci-publik-${state.unitKey.unitId}.yaml`,
      unitsYamlSnippet(state.unitKey, unitById(state.unitKey.unitId)),
      'text/yaml',
    );
  });
}

/** Wires the page: the drop of members' files, the member table, the analysis, certificates and the unit key. */
export function mountUnitRecap(): void {
  const data = JSON.parse($('unit-data').textContent) as PageData;
  const status = $('unit-status');
  const state: RecapState = { recap: { rows: [], broken: [] }, shown: [], selected: new Set(), unitKey: undefined };
  const render = wireRecapTable(data, state);
  const showAnalysis = mountUnitAnalysis(data.assessments);

  const load = async (files: File[]) => {
    if (files.length === 0) return;
    status.textContent = ui.unitAnalysis.loadingKeys;
    let quizzes: AnswerKey[];
    try {
      quizzes = await fetchAnswerKeys();
    } catch {
      status.textContent = ui.unitAnalysis.keysFailed;
      return;
    }
    status.textContent = u.reading(0, files.length);
    state.recap = await recapFiles(files, data, quizzes, (done) => {
      if (done % 50 === 0) status.textContent = u.reading(done, files.length);
    });
    state.selected.clear();
    const { recap } = state;
    const forged = recap.rows.filter((r) => r.forged).length;
    $('unit-broken').hidden = recap.broken.length === 0;
    $('unit-broken-list').innerHTML = recap.broken
      .map((b) => `<li><strong>${esc(b.file)}</strong>: ${esc(b.error)}</li>`)
      .join('');
    $('unit-recap').hidden = false;
    render();
    showAnalysis(recap, quizzes);
    // Last, so that "berkas terbaca" is announced once everything it summarises is on the page.
    status.textContent = u.summary(recap.rows.length, recap.broken.length, forged);
  };
  wireDropZone($('unit-drop'), $<HTMLInputElement>('unit-files'), (files) => void load(files));
  wireCertificates(data, state);
  wireUnitKeys(data, state);
}
