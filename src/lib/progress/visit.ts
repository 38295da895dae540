// What a lesson visit changes in progress: the one rule the reducer and the lesson page's small script both apply.
// Free of zod, so the lesson page stays light.
import type { LessonVisit, LogEntry } from '../../schemas/progress.ts';
import { appendLog, logEntry } from './log.ts';

/** The part of progress a lesson visit changes. */
export interface VisitedParts {
  readonly lessons: Readonly<Record<string, LessonVisit>>;
  readonly log: readonly LogEntry[];
  readonly updatedAt: string;
}

/** Progress with the lesson visited at `at`: its first visit kept, its last visit, the log entry, the update time. */
export function withLessonVisit<P extends VisitedParts>(progress: P, lessonId: string, at: string): P {
  const previous = progress.lessons[lessonId];
  return {
    ...progress,
    lessons: { ...progress.lessons, [lessonId]: { firstVisitedAt: previous?.firstVisitedAt ?? at, lastVisitedAt: at } },
    log: appendLog(progress.log, [logEntry('lesson.visited', lessonId, at)]),
    updatedAt: at,
  };
}
