import type { CourseRule, ModuleRule, Progress, ProgressRules } from '../../schemas/progress.ts';
import { compareTimestamps, earliest, latest } from './clock.ts';
import { appendLog, logEntry } from './log.ts';

/** What a module rule asks for, and when each requirement was first met (undefined while unmet). */
export interface RequirementState {
  readonly kind: 'lesson' | 'quiz' | 'scenario';
  readonly id: string;
  readonly metAt: string | undefined;
}

/** First time a quiz was passed. */
export function firstPassAt(progress: Progress, quizId: string): string | undefined {
  let first: string | undefined;
  for (const a of progress.quizAttempts) {
    if (a.quizId === quizId && a.passed) first = first === undefined ? a.finishedAt : earliest(first, a.finishedAt);
  }
  return first;
}

/** First time a scenario reached an ending. */
export function firstFinishAt(progress: Progress, scenarioId: string): string | undefined {
  let first: string | undefined;
  for (const r of progress.scenarioRuns) {
    if (r.scenarioId !== scenarioId || r.endingId === undefined) continue;
    const at = r.finishedAt ?? r.startedAt;
    first = first === undefined ? at : earliest(first, at);
  }
  return first;
}

/** Every requirement of a module (lessons, then quiz, then scenarios) with the time it was met. */
export function moduleRequirements(progress: Progress, rule: ModuleRule): RequirementState[] {
  return [
    ...rule.lessons.map((id) => ({ kind: 'lesson' as const, id, metAt: progress.lessons[id]?.firstVisitedAt })),
    ...(rule.quiz === undefined
      ? []
      : [{ kind: 'quiz' as const, id: rule.quiz, metAt: firstPassAt(progress, rule.quiz) }]),
    ...rule.requiredScenarios.map((id) => ({ kind: 'scenario' as const, id, metAt: firstFinishAt(progress, id) })),
  ];
}

/** When the module became complete by its rule (the moment its last requirement was met), or undefined. */
export function moduleCompletedAt(progress: Progress, rule: ModuleRule): string | undefined {
  const recorded = progress.completions.modules[rule.id]?.completedAt;
  if (recorded !== undefined) return recorded;
  const reqs = moduleRequirements(progress, rule);
  if (reqs.length === 0) return undefined;
  let last: string | undefined;
  for (const r of reqs) {
    if (r.metAt === undefined) return undefined;
    last = last === undefined ? r.metAt : latest(last, r.metAt);
  }
  return last;
}

/** When the course became complete (its last required module), or undefined. */
export function courseCompletedAt(progress: Progress, rule: CourseRule, rules: ProgressRules): string | undefined {
  const recorded = progress.completions.courses[rule.id]?.completedAt;
  if (recorded !== undefined) return recorded;
  if (rule.modules.length === 0) return undefined;
  let last: string | undefined;
  for (const id of rule.modules) {
    const mod = rules.modules.find((m) => m.id === id);
    const at = mod ? moduleCompletedAt(progress, mod) : progress.completions.modules[id]?.completedAt;
    if (at === undefined) return undefined;
    last = last === undefined ? at : latest(last, at);
  }
  return last;
}

/**
 * Records every module and course that is now complete by the rules and not yet recorded.
 * Recorded completions are never removed, even when a module later gains lessons.
 */
export function recordCompletions(progress: Progress, rules: ProgressRules): Progress {
  const modules = { ...progress.completions.modules };
  const courses = { ...progress.completions.courses };
  const entries = [];
  for (const rule of rules.modules) {
    if (modules[rule.id]) continue;
    const at = moduleCompletedAt(progress, rule);
    if (at === undefined) continue;
    modules[rule.id] = { completedAt: at };
    entries.push(logEntry('module.completed', rule.id, at));
  }
  const withModules: Progress = { ...progress, completions: { modules, courses } };
  for (const rule of rules.courses) {
    if (courses[rule.id]) continue;
    const at = courseCompletedAt(withModules, rule, rules);
    if (at === undefined) continue;
    courses[rule.id] = { completedAt: at };
    entries.push(logEntry('course.completed', rule.id, at));
  }
  if (entries.length === 0) return progress;
  entries.sort((a, b) => compareTimestamps(a.at, b.at));
  return { ...progress, completions: { modules, courses }, log: appendLog(progress.log, entries) };
}
