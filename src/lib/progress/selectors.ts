import type { CourseRule, ModuleRule, Progress, ProgressRules, ScenarioRun } from '../../schemas/progress.ts';
import { quizAnchor, scenarioAnchor } from '../course/anchors.ts';
import { compareTimestamps, isBeyondNow, type Clock } from './clock.ts';
import { courseCompletedAt, moduleCompletedAt, moduleRequirements, type RequirementState } from './completion.ts';

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
  /** Every requirement of the module's rule (lessons, then quiz, then scenarios) with the time it was met. */
  readonly requirements: readonly RequirementState[];
  /** The first unmet requirement in that order (an unread lesson, then the quiz, then a scenario); undefined when all are met. */
  readonly next: RequirementState | undefined;
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
  const requirements = moduleRequirements(progress, rule);
  const done = requirements.filter((r) => r.metAt !== undefined).length;
  const total = requirements.length;
  const completedAt = moduleCompletedAt(progress, rule);
  const next = requirements.find((r) => r.metAt === undefined);
  const status: StatusKind = completedAt !== undefined ? 'complete' : done > 0 ? 'in-progress' : 'not-started';
  const percent = completedAt !== undefined ? 100 : total === 0 ? 0 : Math.floor((done / total) * 100);
  return { moduleId: rule.id, status, percent, done, total, requirements, next, completedAt };
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

/**
 * Where a module's next-step button leads: the next unread lesson, else the quiz's box, else the next unfinished
 * scenario's section on the module page; a complete module (or one with nothing left) opens its overview.
 */
export function continueHref(status: ModuleStatus): string {
  const overview = `/modul/${status.moduleId}/`;
  const next = status.status === 'complete' ? undefined : status.next;
  switch (next?.kind) {
    case undefined:
      return overview;
    case 'lesson':
      return `${overview}${next.id}/`;
    case 'quiz':
      return `${overview}#${quizAnchor(next.id)}`;
    case 'scenario':
      return `${overview}#${scenarioAnchor(next.id)}`;
  }
}

/** Where a course's next-step button leads: its certificate once complete, else its first unfinished module's next step. */
export function courseContinueHref(status: CourseStatus): string {
  if (status.status === 'complete') return `/sertifikat/${status.courseId}/`;
  const next = status.modules.find((m) => m.moduleId === status.nextModuleId);
  return next ? continueHref(next) : `/kursus/${status.courseId}/`;
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
