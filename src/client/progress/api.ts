// The progress API of the site (docs/architecture.md, "Progress"): the one place pages and islands read and change
// progress.
import type { Seat } from '../../schemas/common.ts';
import type { KitDraftValue, LearnerProfile, Progress, QuizAttempt, ScenarioRun } from '../../schemas/progress.ts';
import type { MergeOptions } from '../../lib/progress/merge.ts';
import { unfinishedRun } from '../../lib/progress/selectors.ts';
import { PROGRESS_KEY, STORE_OPENED_EVENT, WRITTEN_EVENT } from '../../lib/progress/keys.ts';
import { browserAsides } from './aside-storage.ts';
import { showNotice, withdrawNotices } from './notice.ts';
import { createProgressStore, type ProgressStore } from './store.ts';
import { localStorageOrNull, requestPersistence } from '../platform/local-storage.ts';
import { readRules } from './rules.ts';

export type { Progress } from '../../schemas/progress.ts';

let store: ProgressStore | undefined;

function getStore(): ProgressStore {
  if (store) return store;
  const created = createProgressStore({
    storage: localStorageOrNull(),
    now: () => new Date(),
    rules: readRules(),
    aside: browserAsides(),
    onFirstWrite: requestPersistence,
  });
  for (const notice of created.notices()) showNotice(notice.kind);
  created.onNotice((notice, withdrawn) => {
    withdrawNotices(withdrawn);
    showNotice(notice.kind);
  });
  // The browser asks before leaving only when the work exists nowhere else (the notice offers its download).
  window.addEventListener('beforeunload', (event) => {
    if (created.hasUnsavedWork()) event.preventDefault();
  });
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY) created.sync(event.newValue);
  });
  window.addEventListener(WRITTEN_EVENT, () => {
    created.sync();
  });
  store = created;
  window.dispatchEvent(new Event(STORE_OPENED_EVENT));
  return created;
}

/** Appends a finished quiz attempt (never drops earlier ones). */
export function recordQuizAttempt(attempt: QuizAttempt): void {
  getStore().dispatch({ type: 'quiz.attempted', attempt });
}

/** Saves a scenario run, upserting by `run.id`; a run with `endingId` is finished. */
export function saveScenarioRun(run: ScenarioRun): void {
  getStore().dispatch({ type: 'scenario.saved', run });
}

/** The unfinished run of a scenario to resume after a reload. */
export function findUnfinishedScenarioRun(scenarioId: string): ScenarioRun | undefined {
  return unfinishedRun(getStore().get(), scenarioId);
}

/** Marks a lesson visited. */
export function markLessonVisited(lessonId: string): void {
  getStore().dispatch({ type: 'lesson.visited', lessonId });
}

/** Saves the learner's profile. */
export function saveProfile(profile: LearnerProfile): void {
  getStore().dispatch({ type: 'profile.updated', profile });
}

/** Saves the function the learner serves in; undefined when they choose to name none. */
export function saveSeat(seat: Seat | undefined): void {
  getStore().dispatch({ type: 'seat.updated', seat });
}

/** Records that the learner exported a progress file now (which then counts as saved when leaving the page). */
export function markExported(): void {
  const current = getStore();
  current.dispatch({ type: 'progress.exported' });
  current.noteExported();
}

/** Saves the draft of a field-kit template (replaces the previous draft of that template). */
export function saveKitDraft(templateId: string, values: Record<string, KitDraftValue>): void {
  getStore().dispatch({ type: 'kit.draft.saved', templateId, values });
}

/** Removes the draft of a field-kit template from this device. */
export function discardKitDraft(templateId: string): void {
  getStore().dispatch({ type: 'kit.draft.discarded', templateId });
}

/** Merges imported progress in (monotonic; keeps every attempt; the chosen profile wins). */
export function importProgress(incoming: Progress, options?: MergeOptions): Progress {
  return getStore().mergeIn(incoming, options);
}

/** The learner's progress now. */
export function loadProgress(): Progress {
  return getStore().get();
}

/** Reads storage again now; listeners hear of any change. For a page about to go away: another page's last write may
 * not have reached it yet as a storage event, which the browser delivers later. */
export function syncProgress(): void {
  getStore().sync();
}

/** Calls the listener on every change (this tab's or another's); returns the unsubscribe function. */
export function subscribe(listener: (p: Progress) => void): () => void {
  return getStore().subscribe(listener);
}

/** Whether changes reach the browser's localStorage (false: kept aside or for this session only). */
export function isProgressPersistent(): boolean {
  return getStore().isPersistent();
}
