// Home, course and module pages: fills in each module's and course's status (belum mulai / sedang berjalan /
// selesai), its percent and a "Lanjutkan" link to the next unfinished lesson.
import { formatDate } from '../i18n/format.ts';
import { progressStatusStrings as t } from '../i18n/progress-status.ts';
import { createEmptyProgress } from '../lib/progress/empty.ts';
import { PROGRESS_KEY, STORE_OPENED_EVENT, WRITTEN_EVENT } from '../lib/progress/keys.ts';
import { continueHref, courseStatus, moduleStatus, type StatusKind } from '../lib/progress/selectors.ts';
import type { Progress, ProgressRules } from '../schemas/progress.ts';
import { localStorageOrNull } from './local-storage.ts';
import { readRules } from './progress-rules.ts';

const label: Record<StatusKind, string> = {
  'not-started': t.notStarted,
  'in-progress': t.inProgress,
  complete: t.complete,
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function statusLine(status: StatusKind, percent: number, completedAt: string | undefined) {
  const line = el('p', 'progress-line');
  line.append(el('span', `progress-badge is-${status}`, label[status]));
  line.append(` · ${completedAt ? t.completedOn(formatDate(new Date(completedAt))) : t.percent(percent)}`);
  const bar = el('span', 'progress-bar');
  bar.setAttribute('aria-hidden', 'true');
  const fill = el('span', 'progress-fill');
  fill.style.width = `${percent}%`;
  bar.append(fill);
  return [line, bar];
}

function render(progress: Progress, rules: ProgressRules) {
  for (const host of document.querySelectorAll<HTMLElement>('[data-progress-module]')) {
    const rule = rules.modules.find((m) => m.id === host.dataset['progressModule']);
    if (!rule) continue;
    const status = moduleStatus(progress, rule);
    const link = el('a', 'progress-continue');
    link.href = continueHref(rule, status);
    link.append(status.status === 'complete' ? t.review : status.status === 'in-progress' ? t.continue : t.start);
    // The link sits in the module's card or overview, which gives it its context (WCAG 2.4.4).
    host.replaceChildren(...statusLine(status.status, status.percent, status.completedAt), link);
    host.hidden = false;
  }
  for (const host of document.querySelectorAll<HTMLElement>('[data-progress-course]')) {
    const rule = rules.courses.find((c) => c.id === host.dataset['progressCourse']);
    if (!rule) continue;
    const status = courseStatus(progress, rule, rules);
    host.replaceChildren(...statusLine(status.status, status.percent, status.completedAt));
    host.hidden = false;
  }
  for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
    const read = progress.lessons[mark.dataset['progressLesson'] ?? ''] !== undefined;
    mark.textContent = read ? `✓ ${t.lessonRead}` : '';
  }
}

async function followStore(rules: ProgressRules) {
  const { loadProgress, subscribe } = await import('./progress.ts');
  render(loadProgress(), rules);
  subscribe((p) => {
    render(p, rules);
  });
}

/** Whether storage works and holds no progress: a first visit, with nothing to validate or migrate. */
function nothingStored(): boolean {
  try {
    return localStorageOrNull()?.getItem(PROGRESS_KEY) === null;
  } catch {
    return false;
  }
}

/**
 * Renders the statuses now and again on every change (another tab included). On a first visit they render from an
 * empty record, and the store with its zod validation loads only once progress is written or the store opens.
 */
export function showProgressStatus(): void {
  const rules = readRules();
  if (!rules) return;
  if (!nothingStored()) {
    void followStore(rules);
    return;
  }
  const nothingYet = createEmptyProgress(() => new Date());
  render(nothingYet, rules);
  const events = [STORE_OPENED_EVENT, WRITTEN_EVENT, 'storage'];
  const follow = (event: Event) => {
    if (event instanceof StorageEvent && event.key !== PROGRESS_KEY) return;
    for (const type of events) window.removeEventListener(type, follow);
    void followStore(rules);
  };
  for (const type of events) window.addEventListener(type, follow);
}
