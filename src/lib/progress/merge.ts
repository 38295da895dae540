import type { Completion, KitDraft, LessonVisit, Progress, ScenarioRun } from '../../schemas/progress.ts';
import { compareTimestamps, earliest, latest } from './clock.ts';
import { appendLog } from './log.ts';

/** Which profile (and function) wins when both sides have one. */
export interface MergeOptions {
  /** "a" keeps the first argument's profile and function (default), "b" takes the second's. */
  readonly profile?: 'a' | 'b';
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] = mine === undefined ? value : both(mine, value);
  }
  return out;
}

const mergeVisit = (x: LessonVisit, y: LessonVisit): LessonVisit => ({
  firstVisitedAt: earliest(x.firstVisitedAt, y.firstVisitedAt),
  lastVisitedAt: latest(x.lastVisitedAt, y.lastVisitedAt),
});

// The earliest date wins, so merging in either order gives the same completion and never removes one.
const mergeCompletion = (x: Completion, y: Completion): Completion => ({
  completedAt: earliest(x.completedAt, y.completedAt),
});

// Between two drafts of one template the later one wins (a draft is one document, not a list of events); ties keep the first.
const mergeDraft = (x: KitDraft, y: KitDraft): KitDraft => (compareTimestamps(y.updatedAt, x.updatedAt) > 0 ? y : x);

function mergeById<T extends { id: string }>(a: readonly T[], b: readonly T[], pick: (x: T, y: T) => T): T[] {
  const index = new Map(a.map((item, i) => [item.id, i]));
  const out = [...a];
  for (const item of b) {
    const i = index.get(item.id);
    if (i === undefined) {
      index.set(item.id, out.length);
      out.push(item);
    } else {
      const mine = out[i];
      if (mine !== undefined) out[i] = pick(mine, item);
    }
  }
  return out;
}

// A finished run beats an unfinished one; between unfinished runs the longer path wins; ties keep the first.
function pickRun(x: ScenarioRun, y: ScenarioRun): ScenarioRun {
  if (x.endingId !== undefined) return x;
  if (y.endingId !== undefined) return y;
  return y.path.length > x.path.length ? y : x;
}

/**
 * Merges two progresses monotonically: every visit, attempt and run of either side is kept, a completion
 * present on either side stays (with the earlier date), and merging the same progress twice changes nothing.
 */
export function mergeProgress(a: Progress, b: Progress, options: MergeOptions = {}): Progress {
  const profile = options.profile === 'b' ? (b.profile ?? a.profile) : (a.profile ?? b.profile);
  const seat = options.profile === 'b' ? (b.seat ?? a.seat) : (a.seat ?? b.seat);
  const lastExportedAt =
    a.lastExportedAt === undefined
      ? b.lastExportedAt
      : b.lastExportedAt === undefined
        ? a.lastExportedAt
        : latest(a.lastExportedAt, b.lastExportedAt);
  return {
    version: a.version,
    createdAt: earliest(a.createdAt, b.createdAt),
    updatedAt: latest(a.updatedAt, b.updatedAt),
    ...(profile === undefined ? {} : { profile }),
    ...(seat === undefined ? {} : { seat }),
    lessons: mergeRecords(a.lessons, b.lessons, mergeVisit),
    quizAttempts: mergeById(a.quizAttempts, b.quizAttempts, (x) => x),
    scenarioRuns: mergeById(a.scenarioRuns, b.scenarioRuns, pickRun),
    completions: {
      modules: mergeRecords(a.completions.modules, b.completions.modules, mergeCompletion),
      courses: mergeRecords(a.completions.courses, b.completions.courses, mergeCompletion),
    },
    ...(lastExportedAt === undefined ? {} : { lastExportedAt }),
    log: appendLog(a.log, b.log),
    ...(a.kitDrafts === undefined && b.kitDrafts === undefined
      ? {}
      : { kitDrafts: mergeRecords(a.kitDrafts ?? {}, b.kitDrafts ?? {}, mergeDraft) }),
  };
}
