import type { LessonSummary, ModuleSummary } from './catalog.ts';

/** Where a lesson sits in its module, and the lessons before and after it. */
export interface LessonNeighbours {
  readonly previous: LessonSummary | undefined;
  readonly next: LessonSummary | undefined;
  /** Position from 1. */
  readonly position: number;
  readonly total: number;
}

/** Previous and next lessons within a module; undefined at either end. Throws for a lesson not in the module. */
export function lessonNeighbours(module: ModuleSummary, lessonId: string): LessonNeighbours {
  const index = module.lessons.findIndex((l) => l.id === lessonId);
  if (index === -1) throw new Error(`Lesson "${lessonId}" is not in module "${module.id}"`);
  return {
    previous: module.lessons[index - 1],
    next: module.lessons[index + 1],
    position: index + 1,
    total: module.lessons.length,
  };
}
