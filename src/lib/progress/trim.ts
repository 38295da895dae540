/**
 * Smaller versions of a progress to try when storage is full, in order: the activity log halved, then emptied.
 * Only the log is ever trimmed; visits, attempts, runs, the profile and completions are never dropped.
 */
export function trimmedForQuota<P extends { readonly log: readonly unknown[] }>(progress: P): P[] {
  const out: P[] = [];
  let length = progress.log.length;
  while (length > 1) {
    length = Math.floor(length / 2);
    out.push({ ...progress, log: progress.log.slice(progress.log.length - length) });
  }
  if (progress.log.length > 0) out.push({ ...progress, log: [] });
  return out;
}

/** Whether a storage write failed because storage is full (browsers name it differently; old WebKit gives code 22). */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      (error as { code?: unknown }).code === 22)
  );
}

/** How a write went: the version written (perhaps with a trimmed log), or why none was. */
export type TrimmedWrite<P> = { readonly written: P } | { readonly failed: 'quota' | 'refused' };

/** Writes the progress as JSON through `write`, trying its smaller versions in turn while storage is full. */
export function writeTrimmingLog<P extends { readonly log: readonly unknown[] }>(
  progress: P,
  write: (json: string) => void,
): TrimmedWrite<P> {
  for (const candidate of [progress, ...trimmedForQuota(progress)]) {
    try {
      write(JSON.stringify(candidate));
      return { written: candidate };
    } catch (error) {
      if (!isQuotaError(error)) return { failed: 'refused' };
    }
  }
  return { failed: 'quota' };
}
