// Every page: when an earlier page kept progress aside (localStorage full or blocked), opens the progress store,
// which merges that work back into localStorage as soon as it can be written, and lets the statuses show it meanwhile.
import { hasAsideWork } from './aside-storage.ts';
import { loadProgressApi } from './load-api.ts';

/** Opens the store if work waits aside; a first visit only opens no database and loads nothing more. */
export async function recoverAsideWork(): Promise<void> {
  if (!(await hasAsideWork())) return;
  const { loadProgress } = await loadProgressApi();
  loadProgress();
}
