import type { Course, Lesson, Module } from '../../schemas/index.ts';

/** A lesson as the catalogue shows it. */
export interface LessonSummary extends Lesson {
  /** Id of the module the lesson belongs to. */
  readonly moduleId: string;
  /** Position within its module, from 1. */
  readonly position: number;
}

/** A module with its ordered lessons and derived figures. */
export interface ModuleSummary extends Module {
  readonly lessons: readonly LessonSummary[];
  readonly lessonCount: number;
  /** Lessons' minutes plus the module's own `minutes` (quiz and scenarios). */
  readonly totalMinutes: number;
}

/** A course with its modules resolved in course order. */
export interface CourseSummary extends Course {
  readonly moduleSummaries: readonly ModuleSummary[];
  readonly lessonCount: number;
  readonly totalMinutes: number;
}

/** The whole catalogue: courses and modules in display order. */
export interface Catalog {
  readonly courses: readonly CourseSummary[];
  readonly modules: readonly ModuleSummary[];
}

/** Raw entries as loaded from the content folders. */
export interface CatalogInput {
  readonly modules: readonly { folder: string; order: number; data: Module }[];
  readonly lessons: readonly { folder: string; order: number; data: Lesson }[];
  readonly courses: readonly Course[];
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Orders modules by folder prefix and lessons by file prefix, and resolves each course's modules. */
export function buildCatalog(input: CatalogInput): Catalog {
  const modules = [...input.modules].sort(byOrder).map((mod): ModuleSummary => {
    const lessons = input.lessons
      .filter((l) => l.folder === mod.folder)
      .sort(byOrder)
      .map((l, i): LessonSummary => ({ ...l.data, moduleId: mod.data.id, position: i + 1 }));
    const lessonMinutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
    return { ...mod.data, lessons, lessonCount: lessons.length, totalMinutes: lessonMinutes + mod.data.minutes };
  });
  const moduleById = new Map(modules.map((m) => [m.id, m]));
  const courses = [...input.courses]
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'id'))
    .map((course): CourseSummary => {
      const moduleSummaries = course.modules.flatMap((id) => moduleById.get(id) ?? []);
      return {
        ...course,
        moduleSummaries,
        lessonCount: moduleSummaries.reduce((sum, m) => sum + m.lessonCount, 0),
        totalMinutes: moduleSummaries.reduce((sum, m) => sum + m.totalMinutes, 0),
      };
    });
  return { courses, modules };
}

/** The module with this id, if any. */
export function findModule(catalog: Catalog, moduleId: string): ModuleSummary | undefined {
  return catalog.modules.find((m) => m.id === moduleId);
}

/** The courses that require a module, in catalogue order. */
export function coursesOfModule(catalog: Catalog, moduleId: string): CourseSummary[] {
  return catalog.courses.filter((c) => c.modules.includes(moduleId));
}
