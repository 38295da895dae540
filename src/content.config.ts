import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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
// retainBody: false: no page reads an entry's raw source (the content check reads the files itself), and keeping it
// put every lesson's text a second time into the data store that each build writes, parses and loads (8.7 of its
// 9 MB at 1,500 lessons).
const yaml = (base: string) => glob({ pattern: ['*.yaml', '!_*'], base, generateId: byId, retainBody: false });

export const collections = {
  modules: defineCollection({
    loader: glob({ pattern: '[0-9]*/index.mdx', base: './modules', generateId: byId, retainBody: false }),
    schema: ModuleSchema,
  }),
  lessons: defineCollection({
    loader: glob({ pattern: ['[0-9]*/[0-9]*.mdx', '!**/_*'], base: './modules', generateId: byId, retainBody: false }),
    schema: LessonSchema,
  }),
  courses: defineCollection({ loader: yaml('./content/courses'), schema: CourseSchema }),
  quizzes: defineCollection({ loader: yaml('./content/quizzes'), schema: QuizSchema }),
  scenarios: defineCollection({ loader: yaml('./content/scenarios'), schema: ScenarioSchema }),
  glossary: defineCollection({ loader: yaml('./content/glossary'), schema: GlossaryTermSchema }),
  functions: defineCollection({ loader: yaml('./content/functions'), schema: FunctionCardSchema }),
  units: defineCollection({ loader: file('./content/units.yaml'), schema: UnitSchema }),
  revoked: defineCollection({ loader: file('./content/revoked.yaml'), schema: RevocationSchema }),
  references: defineCollection({ loader: file('./content/legal/references.yaml'), schema: LegalReferenceSchema }),
  sources: defineCollection({ loader: file('./content/legal/sources.yaml'), schema: SourceSchema }),
};
