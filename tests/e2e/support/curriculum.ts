// Reads the real curriculum (courses and module folders) so the end-to-end tests follow the content as it changes.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A module overview's frontmatter, as far as the tests need it. */
export interface ModuleInfo {
  id: string;
  title: string;
  quiz?: string;
  completion: { requireQuiz: boolean; requiredScenarios: string[] };
  /** Lesson ids, in folder order. */
  lessons: string[];
}

const frontmatter = (path: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '') as Record<string, unknown>;

/** Every module in modules/, keyed by id. */
const modules = new Map(
  readdirSync('modules')
    .filter((folder) => /^\d\d-/.test(folder))
    .map((folder): [string, ModuleInfo] => {
      const overview = frontmatter(`modules/${folder}/index.mdx`) as Omit<ModuleInfo, 'lessons'>;
      const lessons = readdirSync(`modules/${folder}`)
        .filter((f) => /^\d\d-.*\.mdx$/.test(f))
        .sort()
        .map((f) => String(frontmatter(`modules/${folder}/${f}`)['id']));
      return [overview.id, { ...overview, lessons }];
    }),
);

/** The module with this id, as its overview and lesson files say. */
export function moduleInfo(id: string): ModuleInfo {
  const found = modules.get(id);
  if (!found) throw new Error(`no module with id ${id} in modules/`);
  return found;
}

/** A course file: its title, certificate title and required modules in order. */
export const loadCourse = (id: string) =>
  parse(readFileSync(`content/courses/${id}.yaml`, 'utf8')) as {
    title: string;
    modules: string[];
    certificate: { title: string };
    exam?: { bank: string; attempts: number; wait?: number; timeLimit?: number; passMark: number };
    pretest?: string;
  };

/** Every module a course requires, in course order. */
export const courseModules = (course: string) => loadCourse(course).modules;

/** The lines a course's certificate lists: one per module, and one for the final exam when the course has one. */
export const certificateLineCount = (course: string) =>
  courseModules(course).length + (loadCourse(course).exam ? 1 : 0);
