import type { Catalog } from '../course/catalog.ts';
import type { ProgressRules } from '../../schemas/progress.ts';

/** The completion rules the browser needs, taken from the catalogue at build time. */
export function rulesFromCatalog(catalog: Catalog): ProgressRules {
  return {
    modules: catalog.modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.lessons.map((l) => l.id),
      // requireQuiz only counts when the module names a quiz.
      ...(m.completion.requireQuiz && m.quiz !== undefined ? { quiz: m.quiz } : {}),
      requiredScenarios: [...m.completion.requiredScenarios],
    })),
    courses: catalog.courses.map((c) => ({ id: c.id, title: c.title, modules: [...c.modules] })),
  };
}

/**
 * The rules a module's page carries: its own, and those of the courses it belongs to, so that its quiz or scenario
 * records the module's completion and, when the course's other modules are recorded complete, the course's. The other
 * modules' rules stay off the page (their completions count as recorded), so a page does not grow with the course.
 */
export function rulesForModule(rules: ProgressRules, moduleId: string): ProgressRules {
  return {
    modules: rules.modules.filter((m) => m.id === moduleId),
    courses: rules.courses.filter((c) => c.modules.includes(moduleId)),
  };
}

/** The rules a course's page (its status, its module cards, its certificate) carries: the course's and its modules'. */
export function rulesForCourse(rules: ProgressRules, courseId: string): ProgressRules {
  const courses = rules.courses.filter((c) => c.id === courseId);
  const inCourse = new Set(courses.flatMap((c) => c.modules));
  return { modules: rules.modules.filter((m) => inCourse.has(m.id)), courses };
}
