// Home, course and module pages: fills in each module's and course's status (belum mulai / sedang berjalan /
// selesai), its percent and a "Lanjutkan" link to the next unfinished lesson.
import { formatDate, ui } from '../i18n/id.ts';
import { continueHref, courseStatus, moduleStatus, type StatusKind } from '../lib/progress/selectors.ts';
import type { Progress, ProgressRules } from '../schemas/progress.ts';
import { loadProgress, subscribe } from './progress.ts';
import { readRules } from './progress-rules.ts';

const t = ui.progress;
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

/** Renders the statuses now and again on every change (another tab included). */
export function showProgressStatus(): void {
  const rules = readRules();
  if (!rules) return;
  render(loadProgress(), rules);
  subscribe((p) => {
    render(p, rules);
  });
}
