import type { Course } from '../../schemas/course.ts';
import type { ExamPlan } from './draw.ts';

/** The findings a course claims: every finding its modules answer, in order. */
export function courseFindings(
  course: Course,
  modules: ReadonlyMap<string, { findings: readonly number[] }>,
): number[] {
  const all = course.modules.flatMap((id) => modules.get(id)?.findings ?? []);
  return [...new Set(all)].sort((a, b) => a - b);
}

/** What one attempt of a course's exam draws: its modules and findings, as its `exam.draw` says; null without exam. */
export function examPlan(
  course: Course,
  modules: ReadonlyMap<string, { findings: readonly number[] }>,
): ExamPlan | null {
  if (!course.exam) return null;
  return { modules: course.modules, findings: courseFindings(course, modules), draw: course.exam.draw };
}
