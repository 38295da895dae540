// The lesson pages' only script: marks a lesson visited when its end is read. Deliberately free of zod and of the
// full store (lesson pages ship at most 10 KB of JS); pages with the full store validate what this writes on load.
import { BACKUP_KEY_PREFIX, PROGRESS_KEY } from '../../lib/progress/keys.ts';
import { LOG_LIMIT, PROGRESS_VERSION } from '../../schemas/progress-limits.ts';
import { createEmptyProgress } from '../../lib/progress/empty.ts';
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
      storage.setItem(`${BACKUP_KEY_PREFIX}${at}`, raw);
    } catch {
      return 'corrupted';
    }
    outcome = 'corrupted';
  }
  const progress: Loose = usable && isObject(data) ? data : { ...createEmptyProgress(() => new Date(at)) };
  const lessons = progress['lessons'] as Record<string, unknown>;
  const previous = lessons[lessonId];
  const first = isObject(previous) && typeof previous['firstVisitedAt'] === 'string' ? previous['firstVisitedAt'] : at;
  lessons[lessonId] = { firstVisitedAt: first, lastVisitedAt: at };
  progress['updatedAt'] = at;
  const log = [
    ...(progress['log'] as unknown[]),
    { id: `lesson.visited:${lessonId}:${at}`, at, type: 'lesson.visited', ref: lessonId },
  ];
  // When storage is full, the activity log goes first; the visit itself is what matters.
  for (const keep of [LOG_LIMIT, 50, 0]) {
    progress['log'] = log.slice(log.length - Math.min(keep, log.length));
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
      return outcome;
    } catch (error) {
      if (!(error instanceof Error) || !/quota/i.test(`${error.name} ${error.message}`)) return 'unavailable';
    }
  }
  return 'quota';
}
