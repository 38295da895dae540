import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/course/index.ts';
import { locateMdx } from '../lib/content/paths.ts';

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
