import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
  CourseSchema,
  FunctionCardSchema,
  GlossaryTermSchema,
  KitCardSchema,
  KitTemplateSchema,
  LegalReferenceSchema,
  LessonSchema,
  ModuleSchema,
  QuizSchema,
  REVOCATION_LIST,
  RevocationListSchema,
  ScenarioSchema,
  SeatGuideSchema,
  SourceSchema,
  UnitSchema,
} from './schemas/index.ts';

// Entry ids come from the `id` field, never from file names, so renaming or reordering keeps them stable.
const byId = ({ data }: { data: Record<string, unknown> }) => String(data['id']);
// A build loads no entry before the content check (src/integrations/content-check.ts) has passed: a broken file stops
// it with the check's report, never with the first schema error Astro meets.
// retainBody: false: no page reads an entry's raw source (the content check reads the files itself), and keeping it
// put every lesson's text a second time into the data store that each build writes, parses and loads (8.7 of its
// 9 MB at 1,500 lessons).
const files = (pattern: string | string[], base: string) =>
  glob({ pattern, base, generateId: byId, retainBody: false });
const mdx = (pattern: string | string[]) => files(pattern, './modules');
const yaml = (base: string) => files(['*.yaml', '!_*'], base);

export const collections = {
  modules: defineCollection({ loader: mdx('[0-9]*/index.mdx'), schema: ModuleSchema }),
  lessons: defineCollection({ loader: mdx(['[0-9]*/[0-9]*.mdx', '!**/_*']), schema: LessonSchema }),
  courses: defineCollection({ loader: yaml('./content/courses'), schema: CourseSchema }),
  quizzes: defineCollection({ loader: yaml('./content/quizzes'), schema: QuizSchema }),
  scenarios: defineCollection({ loader: yaml('./content/scenarios'), schema: ScenarioSchema }),
  glossary: defineCollection({ loader: yaml('./content/glossary'), schema: GlossaryTermSchema }),
  functions: defineCollection({ loader: yaml('./content/functions'), schema: FunctionCardSchema }),
  kitTemplates: defineCollection({ loader: yaml('./content/kit/templates'), schema: KitTemplateSchema }),
  kitCards: defineCollection({ loader: yaml('./content/kit/cards'), schema: KitCardSchema }),
  units: defineCollection({ loader: file('./content/units.yaml'), schema: UnitSchema }),
  // One entry holding the whole (usually empty) list: see RevocationListSchema.
  revoked: defineCollection({
    loader: file('./content/revoked.yaml', {
      parser: (text) => [{ id: REVOCATION_LIST, entries: (parse(text) as unknown) ?? [] }],
    }),
    schema: RevocationListSchema,
  }),
  references: defineCollection({ loader: file('./content/legal/references.yaml'), schema: LegalReferenceSchema }),
  sources: defineCollection({ loader: file('./content/legal/sources.yaml'), schema: SourceSchema }),
  seats: defineCollection({ loader: file('./content/seats.yaml'), schema: SeatGuideSchema }),
};
