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
