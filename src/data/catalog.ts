import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/course/index.ts';
import { locateMdx } from '../lib/content/paths.ts';
import { rulesForCourse, rulesFromCatalog } from '../lib/progress/rules.ts';
import type { ProgressRules } from '../schemas/progress.ts';

function placed<T>(entry: { filePath?: string | undefined; data: T }) {
  const where = locateMdx(entry.filePath ?? '');
  // The content check has already rejected misplaced files before the build reaches this point.
  if (!where.ok) throw new Error(`${entry.filePath ?? '?'}: ${where.message}`);
  return { folder: where.folder, order: where.order, data: entry.data };
}

let cached: Promise<Catalog> | undefined;

/** The course catalogue, built once per build from the content collections. */
export function loadCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [modules, lessons, courses] = await Promise.all([
      getCollection('modules'),
      getCollection('lessons'),
      getCollection('courses'),
    ]);
    return buildCatalog({
      modules: modules.map(placed),
      lessons: lessons.map(placed),
      courses: courses.map((c) => c.data),
    });
  })();
  return cached;
}

/** The static paths of a page per course (`[course]` routes), each with its course as the page's prop. */
export async function coursePaths() {
  const catalog = await loadCatalog();
  return catalog.courses.map((course) => ({ params: { course: course.id }, props: { course } }));
}

/** The progress rules a course page gives the store: the course and its modules. */
export async function courseRules(courseId: string): Promise<ProgressRules> {
  return rulesForCourse(rulesFromCatalog(await loadCatalog()), courseId);
}
