// The lesson pages' only script: marks a lesson visited when its end is read. Deliberately free of zod and of the
// full store (lesson pages ship at most 10 KB of JS); it applies the reducer's own visit rule (lib/progress/visit.ts)
// and write (lib/progress/trim.ts), and pages with the full store validate what it wrote on load.
import { backupKey, PROGRESS_KEY } from '../../lib/progress/keys.ts';
import { PROGRESS_VERSION } from '../../schemas/progress-limits.ts';
import { createEmptyProgress } from '../../lib/progress/empty.ts';
import { writeTrimmingLog } from '../../lib/progress/trim.ts';
import { withLessonVisit } from '../../lib/progress/visit.ts';
import type { Progress } from '../../schemas/progress.ts';
import type { StorageLike } from './store.ts';

/** What happened to the visit. */
export type VisitOutcome = 'saved' | 'unavailable' | 'quota' | 'corrupted' | 'newer';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Records a visit straight in storage; a value that is not progress v1 is set aside under a backup key first. */
export function recordLessonVisit(storage: StorageLike | null, lessonId: string, now: () => Date): VisitOutcome {
  if (!storage) return 'unavailable';
  const at = now().toISOString();
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return 'unavailable';
  }
  let outcome: VisitOutcome = 'saved';
  let data: unknown = null;
  if (raw !== null) {
    try {
      data = JSON.parse(raw);
    } catch {
      data = undefined;
    }
  }
  if (isObject(data) && typeof data['version'] === 'number' && data['version'] > PROGRESS_VERSION) return 'newer';
  const usable =
    isObject(data) && data['version'] === PROGRESS_VERSION && isObject(data['lessons']) && Array.isArray(data['log']);
  if (raw !== null && !usable) {
    try {
      storage.setItem(backupKey(at), raw);
    } catch {
      return 'corrupted';
    }
    outcome = 'corrupted';
  }
  // Checked loosely, not parsed: the store parses it on the next page that opens it.
  const progress = usable ? (data as Progress) : createEmptyProgress(() => new Date(at));
  const write = writeTrimmingLog(withLessonVisit(progress, lessonId, at), (json) => {
    storage.setItem(PROGRESS_KEY, json);
  });
  return 'written' in write ? outcome : write.failed === 'quota' ? 'quota' : 'unavailable';
}
