// Import of a progress file: read and check it, show what would change, then merge. Nothing is written to storage
// until the learner confirms, so every rejection leaves stored progress exactly as it was.
import type { ExamInProgress, Progress, ProgressRules } from '../../schemas/progress.ts';
import { formatDate } from '../../i18n/format.ts';
import { progressFileStrings as t } from '../../i18n/progress-file.ts';
import type { Clock } from '../../lib/progress/clock.ts';
import { decodeProgressFile } from '../../lib/progress/codec.ts';
import type { Digest } from '../../lib/progress/export-file.ts';
import { findFutureDate } from '../../lib/progress/future-dates.ts';
import { previewImport, type ImportPreview } from '../../lib/progress/import-preview.ts';
import type { MergeOptions } from '../../lib/progress/merge.ts';
import type { ProgressStore } from './store.ts';

/** A checked file, ready to merge after the learner confirms. */
export interface PreparedImport {
  readonly ok: true;
  readonly progress: Progress;
  readonly preview: ImportPreview;
  readonly exportedAt: string;
  /** Exam attempts in progress the file carries, resumed here once the learner confirms. */
  readonly examsInProgress: readonly ExamInProgress[];
  /** Attempts in progress in the file that this version cannot read. */
  readonly unreadableExams: number;
}

/**
 * Checks a file's text and previews it against the store's progress; never writes. Besides the codec's checks, refuses
 * a file holding a date further in the future than `now` allows (a wrong clock wrote it): merged in, it would show
 * as a date yet to come and could stand as the last backup, silencing the backup reminder.
 */
export async function prepareImport(
  store: Pick<ProgressStore, 'get'>,
  text: string,
  deps: { readonly digest: Digest; readonly rules: ProgressRules; readonly now: Clock },
): Promise<PreparedImport | { readonly ok: false; readonly error: string }> {
  const decoded = await decodeProgressFile(text, { digest: deps.digest });
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const future = findFutureDate(decoded, deps.now);
  if (future) return { ok: false, error: t.futureDate(future.where, formatDate(new Date(future.at))) };
  return {
    ok: true,
    progress: decoded.progress,
    preview: previewImport(store.get(), decoded.progress, deps.rules),
    exportedAt: decoded.exportedAt,
    examsInProgress: decoded.examsInProgress,
    unreadableExams: decoded.unreadableExams,
  };
}

/**
 * Merges a prepared import into the store (monotonic; the chosen profile wins). The file is itself a backup made
 * when it was exported, so its export time counts as the last backup of what it holds (merge keeps the later of
 * that and this device's own last backup).
 */
export function commitImport(
  store: Pick<ProgressStore, 'mergeIn'>,
  prepared: PreparedImport,
  options: MergeOptions = {},
): Progress {
  return store.mergeIn({ ...prepared.progress, lastExportedAt: prepared.exportedAt }, options);
}
