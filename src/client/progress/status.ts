// Home, course and module pages: fills in each module's and course's status (ProgressStatus.astro renders it as a
// first visit sees it): headline, segmented bar, quiz and scenario steps, and the next-step button.
import { progressStatusStrings as t } from '../../i18n/progress-status.ts';
import { PROGRESS_KEY, STORE_OPENED_EVENT, WRITTEN_EVENT } from '../../lib/progress/keys.ts';
import type { StatusView } from '../../lib/progress/status-view.ts';
import type { Progress, ProgressRules } from '../../schemas/progress.ts';
import { localStorageOrNull } from '../platform/local-storage.ts';
import { readRules } from './rules.ts';
import { loadProgressApi } from './load-api.ts';

function setText(host: HTMLElement, slot: string, text: string) {
  const node = host.querySelector(`[data-slot="${slot}"]`);
  if (node) node.textContent = text;
}

/** Writes a view into the markup ProgressStatus.astro rendered; only texts, values and widths change, not the shape. */
function fill(host: HTMLElement, view: StatusView) {
  host.dataset['status'] = view.status;
  setText(host, 'badge', view.badge);
  setText(host, 'detail', view.detail);
  setText(host, 'count', view.meter.count);
  const bar = host.querySelector<HTMLElement>('[role="progressbar"]');
  bar?.setAttribute('aria-valuenow', String(view.meter.value));
  bar?.setAttribute('aria-valuetext', view.meter.valueText);
  bar?.querySelectorAll<HTMLElement>('.progress-fill').forEach((fillEl, i) => {
    fillEl.style.width = `${view.meter.segments[i] ?? 0}%`;
  });
  host.querySelectorAll<HTMLElement>('.progress-step').forEach((item, i) => {
    const step = view.steps[i];
    if (!step) return;
    item.classList.toggle('is-done', step.done);
    setText(item, 'step', step.text);
  });
  const action = host.querySelector<HTMLAnchorElement>('[data-slot="action"]');
  if (action) {
    action.href = view.action.href;
    action.textContent = view.action.label;
  }
  delete host.dataset['pending'];
}

type Views = typeof import('../../lib/progress/status-view.ts');

function render(progress: Progress, rules: ProgressRules, { courseStatusView, moduleStatusView }: Views) {
  for (const host of document.querySelectorAll<HTMLElement>('[data-progress-module]')) {
    const rule = rules.modules.find((m) => m.id === host.dataset['progressModule']);
    if (rule) fill(host, moduleStatusView(progress, rule));
  }
  for (const host of document.querySelectorAll<HTMLElement>('[data-progress-course]')) {
    const rule = rules.courses.find((c) => c.id === host.dataset['progressCourse']);
    if (rule) fill(host, courseStatusView(progress, rule, rules));
  }
  for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
    const read = progress.lessons[mark.dataset['progressLesson'] ?? ''] !== undefined;
    mark.textContent = read ? `✓ ${t.lessonRead}` : '';
  }
  for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-scenario]')) {
    const id = mark.dataset['progressScenario'];
    const done = progress.scenarioRuns.some((r) => r.scenarioId === id && r.endingId !== undefined);
    mark.textContent = done ? `✓ ${t.scenarioFinished}` : '';
  }
}

async function followStore(rules: ProgressRules) {
  // The views load with the store: a first visit shows the statuses the build rendered, and needs neither.
  const [{ loadProgress, subscribe }, views] = await Promise.all([
    loadProgressApi(),
    import('../../lib/progress/status-view.ts'),
  ]);
  render(loadProgress(), rules, views);
  subscribe((p) => {
    render(p, rules, views);
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
 * Fills the statuses from stored progress and again on every change (another tab included). On a first visit the
 * page already shows them as they are, and the store with its zod validation loads only once progress is written or
 * the store opens.
 */
export function showProgressStatus(): void {
  const rules = readRules();
  if (!rules) return;
  if (!nothingStored()) {
    // The first-visit state would be wrong until the store has read the progress: keep its space, hide its values.
    for (const host of document.querySelectorAll<HTMLElement>('.progress-status')) host.dataset['pending'] = '';
    void followStore(rules);
    return;
  }
  const events = [STORE_OPENED_EVENT, WRITTEN_EVENT, 'storage'];
  const follow = (event: Event) => {
    if (event instanceof StorageEvent && event.key !== PROGRESS_KEY) return;
    for (const type of events) window.removeEventListener(type, follow);
    void followStore(rules);
  };
  for (const type of events) window.addEventListener(type, follow);
}
