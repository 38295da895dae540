// The /progres page: profile, statuses, quiz scores, scenario outcomes, backup date, export and import.
import { formatDate } from '../../i18n/format.ts';
import { ui } from '../../i18n/id.ts';
import { progressCsv } from '../../lib/progress/csv.ts';
import { MAX_FILE_BYTES } from '../../lib/progress/keys.ts';
import {
  backupState,
  courseStatus,
  finishedRuns,
  moduleStatus,
  needsBackup,
  type StatusKind,
} from '../../lib/progress/selectors.ts';
import { SeatSchema } from '../../schemas/common.ts';
import {
  LearnerProfileSchema,
  type LearnerProfile,
  type Progress,
  type ProgressRules,
} from '../../schemas/progress.ts';
import { sha256Hex } from '../platform/digest.ts';
import { downloadProgressNow } from './download-now.ts';
import { downloadText } from '../platform/download.ts';
import { wireDropZone } from '../platform/drop-zone.ts';
import { restoreInProgress } from './exam.ts';
import { commitImport, prepareImport, type PreparedImport } from './import-file.ts';
import { importProgress, isProgressPersistent, loadProgress, saveProfile, saveSeat, subscribe } from './api.ts';
import { readRules } from './rules.ts';

const t = ui.progress.page;
const statusLabel: Record<StatusKind, string> = {
  'not-started': ui.progress.notStarted,
  'in-progress': ui.progress.inProgress,
  complete: ui.progress.complete,
};
const date = (iso: string | undefined) => (iso ? formatDate(new Date(iso)) : '—');
/** This device's clock, for the checks that refuse or discount dates in the future. */
const now = () => new Date();
function q(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`Missing ${selector}`);
  return found;
}
function qi(root: ParentNode, selector: string): HTMLInputElement {
  const found = q(root, selector);
  if (!(found instanceof HTMLInputElement)) throw new Error(`${selector} is not an input`);
  return found;
}

/** A row of cells; each cell after the first carries its column's name, shown beside it when rows stack on phones. */
function row(cells: (string | Node)[], labels: readonly string[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  cells.forEach((cell, i) => {
    const td = document.createElement(i === 0 ? 'th' : 'td');
    if (i === 0) td.setAttribute('scope', 'row');
    else td.dataset['label'] = labels[i] ?? '';
    td.append(cell);
    tr.append(td);
  });
  return tr;
}

/** Replaces a table body's rows, labelling the cells with the table's column headers. */
function fillRows(tbody: HTMLElement, rows: (string | Node)[][]): void {
  const headers = tbody.closest('table')?.tHead?.rows[0]?.cells ?? [];
  const labels = [...headers].map((th) => th.textContent.trim());
  tbody.replaceChildren(...rows.map((cells) => row(cells, labels)));
}

/** Updates a status row the page rendered in its first-visit state. */
function fillStatus(tr: HTMLElement, status: StatusKind, percent: number, completedAt: string | undefined): void {
  q(tr, '[data-status]').textContent = t.statusCell(statusLabel[status], percent);
  q(tr, '[data-date]').textContent = date(completedAt);
}

interface Titles {
  quizzes: Record<string, string>;
  scenarios: Record<string, string>;
  /** Ending titles by scenario id, then ending node id. */
  endings: Record<string, Record<string, string>>;
}

function readTitles(): Titles {
  try {
    const raw = JSON.parse(document.getElementById('progres-titles')?.textContent ?? '{}') as Partial<Titles>;
    return { quizzes: raw.quizzes ?? {}, scenarios: raw.scenarios ?? {}, endings: raw.endings ?? {} };
  } catch {
    return { quizzes: {}, scenarios: {}, endings: {} };
  }
}

function renderStatus(root: HTMLElement, p: Progress, rules: ProgressRules, titles: Titles) {
  for (const tr of root.querySelectorAll<HTMLElement>('[data-module]')) {
    const rule = rules.modules.find((m) => m.id === tr.dataset['module']);
    if (!rule) continue;
    const s = moduleStatus(p, rule);
    fillStatus(tr, s.status, s.percent, s.completedAt);
  }
  for (const tr of root.querySelectorAll<HTMLElement>('[data-course]')) {
    const rule = rules.courses.find((c) => c.id === tr.dataset['course']);
    if (!rule) continue;
    const s = courseStatus(p, rule, rules);
    fillStatus(tr, s.status, s.percent, s.completedAt);
    const complete = s.status === 'complete';
    q(tr, '[data-certificate]').hidden = !complete;
    q(tr, '[data-certificate-pending]').hidden = complete;
  }
  const attempts = [...p.quizAttempts].reverse();
  q(root, '[data-no-quizzes]').hidden = attempts.length > 0;
  q(root, '[data-quiz-table]').hidden = attempts.length === 0;
  fillRows(
    q(root, '[data-quiz-rows]'),
    attempts.map((a) => [
      titles.quizzes[a.quizId] ?? a.quizId,
      date(a.finishedAt),
      `${Math.round(a.score)}`,
      a.passed ? t.passed : t.failed,
    ]),
  );
  const runs = finishedRuns(p);
  const unfinished = p.scenarioRuns.length - runs.length;
  q(root, '[data-no-scenarios]').hidden = runs.length > 0;
  q(root, '[data-scenario-table]').hidden = runs.length === 0;
  const unfinishedNote = q(root, '[data-unfinished-runs]');
  unfinishedNote.hidden = unfinished === 0;
  unfinishedNote.textContent = t.unfinishedRuns(unfinished);
  fillRows(
    q(root, '[data-scenario-rows]'),
    runs.map((r) => [
      titles.scenarios[r.scenarioId] ?? r.scenarioId,
      titles.endings[r.scenarioId]?.[r.endingId ?? ''] ?? r.endingId ?? '',
      ui.scenario.ratings[r.rating ?? ''] ?? r.rating ?? '',
      date(r.finishedAt),
    ]),
  );
  const backup = q(root, '[data-backup-state]');
  const last = backupState(p, now);
  const unsaved = needsBackup(p, now);
  backup.textContent = t.backupState(last.kind === 'never' ? last : { kind: last.kind, date: date(last.at) }, unsaved);
  backup.classList.toggle('warn', unsaved);
  q(root, '[data-memory-only]').hidden = isProgressPersistent();
}

function setupProfile(root: HTMLElement) {
  const form = q(root, '[data-profile-form]');
  const status = q(form, '[data-profile-status]');
  const field = (name: string) => qi(form, `[name="${name}"]:not([type="radio"])`);
  const kind = () => (qi(form, '[name="kind"]:checked').value === 'mitra' ? 'mitra' : 'anggota');
  const showKind = () => {
    for (const el of form.querySelectorAll<HTMLElement>('[data-for-kind]'))
      el.hidden = el.dataset['forKind'] !== kind();
  };
  const fill = (p: LearnerProfile | undefined) => {
    if (!p) return;
    field('name').value = p.name;
    qi(form, `[name="kind"][value="${p.kind}"]`).checked = true;
    field('nrp').value = p.nrp ?? '';
    field('rank').value = p.rank ?? '';
    field('unit').value = p.unit ?? '';
    field('role').value = p.role ?? '';
    showKind();
  };
  fill(loadProgress().profile);
  showKind();
  for (const radio of form.querySelectorAll('[name="kind"]')) radio.addEventListener('change', showKind);
  // A profile saved in another tab shows here too, unless the learner is editing this form: a stale form saved
  // later would otherwise put the old profile back.
  let editing = false;
  form.addEventListener('input', () => {
    editing = true;
  });
  subscribe((p) => {
    if (!editing) fill(p.profile);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name: string) => field(name).value.trim() || undefined;
    const isAnggota = kind() === 'anggota';
    const candidate = {
      name: value('name') ?? '',
      kind: kind(),
      ...(isAnggota && value('nrp') ? { nrp: value('nrp') } : {}),
      ...(isAnggota && value('rank') ? { rank: value('rank') } : {}),
      ...(value('unit') ? { unit: value('unit') } : {}),
      ...(!isAnggota && value('role') ? { role: value('role') } : {}),
    };
    const errors: Record<string, string> = {};
    if (!candidate.name) errors['name'] = t.nameRequired;
    const nrp = value('nrp');
    if (isAnggota && nrp === undefined) errors['nrp'] = t.nrpRequired;
    else if (isAnggota && nrp !== undefined && !/^\d{8}$/.test(nrp)) errors['nrp'] = t.nrpInvalid;
    const parsed = LearnerProfileSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'name');
        errors[key] ??= issue.message;
      }
    }
    for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const key = slot.dataset['errorFor'] ?? '';
      slot.textContent = errors[key] ?? '';
      field(key).setAttribute('aria-invalid', errors[key] ? 'true' : 'false');
    }
    const firstInvalid = Object.keys(errors)[0];
    if (!parsed.success || firstInvalid !== undefined) {
      announce(status, t.profileInvalid);
      if (firstInvalid) field(firstInvalid).focus();
      return;
    }
    saveProfile(parsed.data);
    editing = false;
    announce(status, t.profileSaved);
  });
}

/** The learner's function: shown as stored (also when changed in another tab), saved on submit. */
function setupSeat(root: HTMLElement) {
  const form = q(root, '[data-seat-form]');
  const select = form.querySelector('select');
  const status = q(form, '[data-seat-status]');
  if (!select) return;
  // As with the profile: a change from another tab shows unless the learner is choosing here.
  let editing = false;
  const show = (p: Progress) => {
    if (!editing) select.value = p.seat ?? '';
  };
  show(loadProgress());
  subscribe(show);
  select.addEventListener('change', () => {
    editing = true;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    editing = false;
    const parsed = SeatSchema.safeParse(select.value);
    const seat = parsed.success ? parsed.data : undefined;
    saveSeat(seat);
    announce(status, seat === undefined ? ui.seats.cleared : ui.seats.saved(ui.seats.labels[seat]));
  });
}

/** Sets a status region's text so screen readers announce it, also when it repeats the text already shown. */
function announce(region: HTMLElement, text: string): void {
  if (region.textContent !== text) {
    region.textContent = text;
    return;
  }
  region.textContent = '';
  setTimeout(() => {
    region.textContent = text;
  }, 100);
}

function setupExport(root: HTMLElement, rules: ProgressRules, titles: Titles) {
  const status = q(root, '[data-export-status]');
  const day = () => new Date().toISOString().slice(0, 10);
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-export]');
    if (!button) return;
    const kind = button.dataset['export'];
    const progress = loadProgress();
    void (async () => {
      let name: string;
      if (kind === 'json') {
        name = await downloadProgressNow();
      } else if (kind === 'csv') {
        name = `sinergi-ringkasan-${day()}.csv`;
        downloadText(name, `\uFEFF${progressCsv(progress, rules)}`, 'text/csv;charset=utf-8');
      } else {
        name = `sinergi-xapi-${day()}.json`;
        const siteUrl = root.dataset['siteUrl'] ?? location.origin;
        // Loaded on demand: only this export needs the xAPI mapping and its UUID library.
        const { toXapiStatements } = await import('../../lib/xapi/statements.ts');
        const statements = toXapiStatements(progress, { siteUrl, rules, titles });
        downloadText(name, `${JSON.stringify(statements, null, 2)}\n`, 'application/json');
      }
      announce(status, t.exported(name));
    })();
  });
}

function setupImport(root: HTMLElement, rules: ProgressRules) {
  const input = qi(root, '[data-import-input]');
  const zone = q(root, '[data-dropzone]');
  const error = q(root, '[data-import-error]');
  const preview = q(root, '[data-import-preview]');
  const status = q(root, '[data-import-status]');
  const choice = q(root, '[data-profile-choice]');
  let pending: PreparedImport | undefined;

  const reset = () => {
    pending = undefined;
    preview.hidden = true;
    input.value = '';
  };

  async function take(file: File) {
    reset();
    error.textContent = '';
    status.textContent = t.reading;
    if (file.size > MAX_FILE_BYTES) {
      status.textContent = '';
      error.textContent = `${t.rejected} ${t.fileTooLarge}`;
      return;
    }
    const prepared = await prepareImport({ get: loadProgress }, await file.text(), { digest: sha256Hex, rules, now });
    status.textContent = '';
    if (!prepared.ok) {
      error.textContent = `${t.rejected} ${prepared.error}`;
      return;
    }
    pending = prepared;
    const p = prepared.preview;
    const items = [
      p.newLessons > 0 ? t.previewLessons(p.newLessons) : '',
      p.newAttempts > 0 ? t.previewAttempts(p.newAttempts) : '',
      p.newRuns > 0 ? t.previewRuns(p.newRuns) : '',
      p.newModules.length > 0 ? t.previewModules(p.newModules.join(', ')) : '',
      p.newCourses.length > 0 ? t.previewCourses(p.newCourses.join(', ')) : '',
      p.newProfile ? t.previewNewProfile(prepared.progress.profile?.name ?? '') : '',
      p.newSeat ? ui.seats.previewSeat(ui.seats.label(prepared.progress.seat)) : '',
      prepared.examsInProgress.length > 0 ? t.previewExams(prepared.examsInProgress.length) : '',
      prepared.unreadableExams > 0 ? t.previewExamsUnreadable(prepared.unreadableExams) : '',
      p.nothingNew && prepared.examsInProgress.length === 0 ? t.previewNothing : '',
    ].filter(Boolean);
    q(preview, '[data-preview-from]').textContent = t.previewFrom(date(prepared.exportedAt));
    q(preview, '[data-preview-list]').replaceChildren(
      ...items.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
    choice.hidden = !p.profileConflict;
    if (p.profileConflict) {
      q(choice, '[data-local-profile]').textContent = t.keepLocalProfile(loadProgress().profile?.name ?? '');
      q(choice, '[data-file-profile]').textContent = t.takeFileProfile(prepared.progress.profile?.name ?? '');
      qi(choice, 'input[value="a"]').checked = true;
    }
    preview.hidden = false;
    q(preview, '[data-preview-heading]').focus();
  }

  wireDropZone(zone, input, ([file]) => {
    if (file) {
      take(file).catch(() => {
        status.textContent = '';
        error.textContent = t.rejected;
      });
    }
  });
  q(root, '[data-import-confirm]').addEventListener('click', () => {
    if (!pending) return;
    const profile = qi(choice, 'input:checked').value === 'b' ? 'b' : 'a';
    const merged = commitImport({ mergeIn: importProgress }, pending, { profile });
    restoreInProgress(pending.examsInProgress, merged);
    reset();
    announce(status, t.imported);
    input.focus();
  });
  q(root, '[data-import-cancel]').addEventListener('click', () => {
    reset();
    announce(status, t.cancelled);
    input.focus();
  });
}

/** Wires the /progres page. */
export function startProgressPage(): void {
  const root = document.querySelector<HTMLElement>('[data-progress-page]');
  const rules = readRules();
  if (!root || !rules) return;
  const titles = readTitles();
  renderStatus(root, loadProgress(), rules, titles);
  subscribe((p) => {
    renderStatus(root, p, rules, titles);
  });
  setupSeat(root);
  setupProfile(root);
  setupExport(root, rules, titles);
  setupImport(root, rules);
  void showPersistence(q(root, '[data-persistence]'));
}

/** Says whether the browser granted persistent storage (requested by the store after the first save). */
async function showPersistence(note: HTMLElement): Promise<void> {
  // Older Safari has no StorageManager at all, whatever the DOM types say.
  const manager = (navigator as Partial<Navigator>).storage as Partial<StorageManager> | undefined;
  if (!manager?.persisted) return;
  const granted = await manager.persisted().catch(() => false);
  note.textContent = (granted ? note.dataset['persistent'] : note.dataset['notPersistent']) ?? '';
  note.hidden = false;
}
