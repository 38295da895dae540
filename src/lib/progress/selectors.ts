import type {
  CourseRule,
  ModuleRule,
  Progress,
  ProgressRules,
  QuizAttempt,
  ScenarioRun,
} from '../../schemas/progress.ts';
import { compareTimestamps, isBeyondNow, type Clock } from './clock.ts';
import { courseCompletedAt, moduleCompletedAt, moduleRequirements } from './completion.ts';

/** belum mulai / sedang berjalan / selesai. */
export type StatusKind = 'not-started' | 'in-progress' | 'complete';

/** Status of one module for the learner. */
export interface ModuleStatus {
  readonly moduleId: string;
  readonly status: StatusKind;
  /** Requirements met, in percent (0-100, rounded down so 100 means truly complete). */
  readonly percent: number;
  readonly done: number;
  readonly total: number;
  /** First unread lesson in order; undefined when every lesson is read. */
  readonly nextLessonId: string | undefined;
  /** When the module was completed. */
  readonly completedAt: string | undefined;
}

/** Status of one course. */
export interface CourseStatus {
  readonly courseId: string;
  readonly status: StatusKind;
  readonly percent: number;
  readonly modules: readonly ModuleStatus[];
  /** The first module that is not complete. */
  readonly nextModuleId: string | undefined;
  readonly completedAt: string | undefined;
}

/** The status of a module by its completion rule. A recorded completion always counts as complete. */
export function moduleStatus(progress: Progress, rule: ModuleRule): ModuleStatus {
  const reqs = moduleRequirements(progress, rule);
  const done = reqs.filter((r) => r.metAt !== undefined).length;
  const completedAt = moduleCompletedAt(progress, rule);
  const nextLessonId = rule.lessons.find((id) => progress.lessons[id] === undefined);
  const status: StatusKind = completedAt !== undefined ? 'complete' : done > 0 ? 'in-progress' : 'not-started';
  const percent = completedAt !== undefined ? 100 : reqs.length === 0 ? 0 : Math.floor((done / reqs.length) * 100);
  return { moduleId: rule.id, status, percent, done, total: reqs.length, nextLessonId, completedAt };
}

/** The status of a course: the mean percent of its modules; complete when all its modules are. */
export function courseStatus(progress: Progress, rule: CourseRule, rules: ProgressRules): CourseStatus {
  const modules = rule.modules.flatMap((id) => {
    const mod = rules.modules.find((m) => m.id === id);
    return mod ? [moduleStatus(progress, mod)] : [];
  });
  const completedAt = courseCompletedAt(progress, rule, rules);
  const started = modules.some((m) => m.status !== 'not-started');
  const mean = modules.length === 0 ? 0 : modules.reduce((sum, m) => sum + m.percent, 0) / modules.length;
  return {
    courseId: rule.id,
    status: completedAt !== undefined ? 'complete' : started ? 'in-progress' : 'not-started',
    percent: completedAt !== undefined ? 100 : Math.floor(mean),
    modules,
    nextModuleId: modules.find((m) => m.status !== 'complete')?.moduleId,
    completedAt,
  };
}

/** Where "Lanjutkan" leads for a module: the next unread lesson, or the module overview (quiz, scenarios). */
export function continueHref(rule: ModuleRule, status: ModuleStatus): string {
  return status.nextLessonId === undefined ? `/modul/${rule.id}/` : `/modul/${rule.id}/${status.nextLessonId}/`;
}

/** Attempts of one quiz, oldest first. */
export function quizAttemptsOf(progress: Progress, quizId: string): QuizAttempt[] {
  return progress.quizAttempts
    .filter((a) => a.quizId === quizId)
    .sort((a, b) => compareTimestamps(a.finishedAt, b.finishedAt));
}

/** Best score per quiz id. */
export function bestQuizScores(progress: Progress): Map<string, { best: number; passed: boolean; attempts: number }> {
  const out = new Map<string, { best: number; passed: boolean; attempts: number }>();
  for (const a of progress.quizAttempts) {
    const prev = out.get(a.quizId);
    out.set(a.quizId, {
      best: Math.max(prev?.best ?? 0, a.score),
      passed: (prev?.passed ?? false) || a.passed,
      attempts: (prev?.attempts ?? 0) + 1,
    });
  }
  return out;
}

/** Finished scenario runs, newest first. */
export function finishedRuns(progress: Progress): ScenarioRun[] {
  return progress.scenarioRuns
    .filter((r) => r.endingId !== undefined)
    .sort((a, b) => compareTimestamps(b.finishedAt ?? b.startedAt, a.finishedAt ?? a.startedAt));
}

/** The unfinished run of a scenario to resume (the most recently started), if any. */
export function unfinishedRun(progress: Progress, scenarioId: string): ScenarioRun | undefined {
  return progress.scenarioRuns
    .filter((r) => r.scenarioId === scenarioId && r.endingId === undefined)
    .sort((a, b) => compareTimestamps(b.startedAt, a.startedAt))[0];
}

/**
 * The last backup as this device can trust it: none yet, done at a date, or recorded at a date further in the
 * future than the allowance (written by a wrong clock, or carried in a file), which counts as no backup.
 */
export type BackupState =
  | { readonly kind: 'never' }
  | { readonly kind: 'done'; readonly at: string }
  | { readonly kind: 'future'; readonly at: string };

/** Where the learner's last backup stands at `now` (see BackupState). */
export function backupState(progress: Progress, now: Clock): BackupState {
  const at = progress.lastExportedAt;
  if (at === undefined) return { kind: 'never' };
  return isBeyondNow(at, now) ? { kind: 'future', at } : { kind: 'done', at };
}

/**
 * Whether a module or course was completed after the last backup this device can trust, so the learner should export
 * again. A backup dated in the future does not count, so a wrong clock cannot silence the reminder for good.
 */
export function needsBackup(progress: Progress, now: Clock): boolean {
  const dates = [...Object.values(progress.completions.modules), ...Object.values(progress.completions.courses)].map(
    (c) => c.completedAt,
  );
  if (dates.length === 0) return false;
  const backup = backupState(progress, now);
  if (backup.kind !== 'done') return true;
  return dates.some((d) => compareTimestamps(d, backup.at) > 0);
}
