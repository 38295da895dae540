import type { Progress } from '../../schemas/progress.ts';

/**
 * Smaller versions of a progress to try when storage is full, in order: the activity log halved, then emptied.
 * Only the log is ever trimmed; visits, attempts, runs, the profile and completions are never dropped.
 */
export function trimmedForQuota(progress: Progress): Progress[] {
  const out: Progress[] = [];
  let length = progress.log.length;
  while (length > 1) {
    length = Math.floor(length / 2);
    out.push({ ...progress, log: progress.log.slice(progress.log.length - length) });
  }
  if (progress.log.length > 0) out.push({ ...progress, log: [] });
  return out;
}
