import { PROGRESS_VERSION } from '../../schemas/progress-limits.ts';
import type { Progress } from '../../schemas/progress.ts';
import { stamp, type Clock } from './clock.ts';

/** A fresh progress with nothing done yet. */
export function createEmptyProgress(now: Clock): Progress {
  const at = stamp(now);
  return {
    version: PROGRESS_VERSION,
    createdAt: at,
    updatedAt: at,
    lessons: {},
    quizAttempts: [],
    scenarioRuns: [],
    completions: { modules: {}, courses: {} },
    log: [],
  };
}
