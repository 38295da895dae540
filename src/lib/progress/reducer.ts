import type { Seat } from '../../schemas/common.ts';
import type {
  KitDraftValue,
  LearnerProfile,
  Progress,
  ProgressRules,
  QuizAttempt,
  ScenarioRun,
} from '../../schemas/progress.ts';
import { stamp, type Clock } from './clock.ts';
import { recordCompletions } from './completion.ts';
import { appendLog, logEntry } from './log.ts';
import { withLessonVisit } from './visit.ts';

/** Everything that changes progress. */
export type ProgressEvent =
  | { readonly type: 'lesson.visited'; readonly lessonId: string }
  | { readonly type: 'quiz.attempted'; readonly attempt: QuizAttempt }
  | { readonly type: 'scenario.saved'; readonly run: ScenarioRun }
  | { readonly type: 'profile.updated'; readonly profile: LearnerProfile }
  /** The learner chose their function, or (undefined) chose to name none. */
  | { readonly type: 'seat.updated'; readonly seat: Seat | undefined }
  | { readonly type: 'progress.exported' }
  | { readonly type: 'kit.draft.saved'; readonly templateId: string; readonly values: Record<string, KitDraftValue> }
  | { readonly type: 'kit.draft.discarded'; readonly templateId: string };

/** What the reducer needs besides the event. */
export interface ReduceContext {
  readonly now: Clock;
  /** Completion rules; when given, newly met completions are recorded. */
  readonly rules?: ProgressRules | undefined;
}

/** Whether run `b` is further along than run `a` (a finished run is never replaced by an unfinished one). */
export function isFurtherRun(a: ScenarioRun, b: ScenarioRun): boolean {
  if (a.endingId !== undefined) return false;
  if (b.endingId !== undefined) return true;
  return b.path.length >= a.path.length;
}

function apply(progress: Progress, event: ProgressEvent, at: string): Progress {
  switch (event.type) {
    case 'lesson.visited':
      return withLessonVisit(progress, event.lessonId, at);
    case 'quiz.attempted': {
      if (progress.quizAttempts.some((a) => a.id === event.attempt.id)) return progress;
      return {
        ...progress,
        quizAttempts: [...progress.quizAttempts, event.attempt],
        log: appendLog(progress.log, [logEntry('quiz.attempted', event.attempt.quizId, at)]),
      };
    }
    case 'scenario.saved': {
      const index = progress.scenarioRuns.findIndex((r) => r.id === event.run.id);
      const existing = progress.scenarioRuns[index];
      if (existing && !isFurtherRun(existing, event.run)) return progress;
      const scenarioRuns =
        index === -1
          ? [...progress.scenarioRuns, event.run]
          : progress.scenarioRuns.map((r, i) => (i === index ? event.run : r));
      const log =
        event.run.endingId === undefined
          ? progress.log
          : appendLog(progress.log, [logEntry('scenario.saved', event.run.scenarioId, at)]);
      return { ...progress, scenarioRuns, log };
    }
    case 'profile.updated':
      return {
        ...progress,
        profile: event.profile,
        log: appendLog(progress.log, [logEntry('profile.updated', '', at)]),
      };
    case 'seat.updated': {
      if (progress.seat === event.seat) return progress;
      // Logged as a profile change: the log's types stay the ones older builds accept.
      const next: Progress = { ...progress, log: appendLog(progress.log, [logEntry('profile.updated', 'seat', at)]) };
      if (event.seat === undefined) delete next.seat;
      else next.seat = event.seat;
      return next;
    }
    case 'progress.exported':
      return {
        ...progress,
        lastExportedAt: at,
        log: appendLog(progress.log, [logEntry('progress.exported', '', at)]),
      }; // Drafts are saved as the user types: they change no completion and write nothing to the log.
    case 'kit.draft.saved':
      return {
        ...progress,
        kitDrafts: { ...progress.kitDrafts, [event.templateId]: { updatedAt: at, values: event.values } },
      };
    case 'kit.draft.discarded': {
      if (!progress.kitDrafts?.[event.templateId]) return progress;
      const kitDrafts = Object.fromEntries(
        Object.entries(progress.kitDrafts).filter(([templateId]) => templateId !== event.templateId),
      );
      return { ...progress, kitDrafts };
    }
  }
}

/** Applies one event and records any completion it brings about. Never mutates its input. */
export function applyProgressEvent(progress: Progress, event: ProgressEvent, context: ReduceContext): Progress {
  const at = stamp(context.now);
  const next = apply(progress, event, at);
  if (next === progress) return progress;
  const stamped = { ...next, updatedAt: at };
  return context.rules ? recordCompletions(stamped, context.rules) : stamped;
}
