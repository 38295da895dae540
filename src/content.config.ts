import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { afterContentCheck } from './integrations/content-check-gate.ts';
import {
  CourseSchema,
  FunctionCardSchema,
  GlossaryTermSchema,
  LegalReferenceSchema,
  LessonSchema,
  ModuleSchema,
  QuizSchema,
  RevocationSchema,
  ScenarioSchema,
  SourceSchema,
  UnitSchema,
} from './schemas/index.ts';

// Entry ids come from the `id` field, never from file names, so renaming or reordering keeps them stable.
const byId = ({ data }: { data: Record<string, unknown> }) => String(data['id']);
// Every loader waits for the content check (src/integrations/content-check.ts), which runs on a worker thread while
// Astro starts: a broken file stops the build with the check's report, never with the first schema error Astro meets.
// retainBody: false: no page reads an entry's raw source (the content check reads the files itself), and keeping it
// put every lesson's text a second time into the data store that each build writes, parses and loads (8.7 of its
// 9 MB at 1,500 lessons).
const files = (pattern: string | string[], base: string) =>
  afterContentCheck(glob({ pattern, base, generateId: byId, retainBody: false }));
const mdx = (pattern: string | string[]) => files(pattern, './modules');
const yaml = (base: string) => files(['*.yaml', '!_*'], base);
const list = (path: string) => afterContentCheck(file(path));

export const collections = {
  modules: defineCollection({ loader: mdx('[0-9]*/index.mdx'), schema: ModuleSchema }),
  lessons: defineCollection({ loader: mdx(['[0-9]*/[0-9]*.mdx', '!**/_*']), schema: LessonSchema }),
  courses: defineCollection({ loader: yaml('./content/courses'), schema: CourseSchema }),
  quizzes: defineCollection({ loader: yaml('./content/quizzes'), schema: QuizSchema }),
  scenarios: defineCollection({ loader: yaml('./content/scenarios'), schema: ScenarioSchema }),
  glossary: defineCollection({ loader: yaml('./content/glossary'), schema: GlossaryTermSchema }),
  functions: defineCollection({ loader: yaml('./content/functions'), schema: FunctionCardSchema }),
  units: defineCollection({ loader: list('./content/units.yaml'), schema: UnitSchema }),
  revoked: defineCollection({ loader: list('./content/revoked.yaml'), schema: RevocationSchema }),
  references: defineCollection({ loader: list('./content/legal/references.yaml'), schema: LegalReferenceSchema }),
  sources: defineCollection({ loader: list('./content/legal/sources.yaml'), schema: SourceSchema }),
};
