import { z } from 'astro/zod';
import * as schemas from '../../schemas/index.ts';

/** One file type a trainer writes, the JSON Schema generated for it, and the files it applies to. */
export interface FileTypeSchema {
  /** File name in schemas/, e.g. "quiz.schema.json". */
  readonly file: string;
  /** Which content files it describes (globs for the VS Code YAML extension's `yaml.schemas`). */
  readonly globs: readonly string[];
  /** Indonesian title, shown by the editor. */
  readonly title: string;
  readonly schema: z.core.$ZodType;
  /** Whether the file is a list of such items (units.yaml, references.yaml, ...) rather than one. */
  readonly list?: boolean;
}

/** Every YAML file type and the MDX frontmatter, with the zod schema that validates it. */
export const FILE_TYPE_SCHEMAS: readonly FileTypeSchema[] = [
  { file: 'course.schema.json', globs: ['content/courses/*.yaml'], title: 'Kursus', schema: schemas.CourseSchema },
  { file: 'quiz.schema.json', globs: ['content/quizzes/*.yaml'], title: 'Kuis', schema: schemas.QuizSchema },
  {
    file: 'scenario.schema.json',
    globs: ['content/scenarios/*.yaml'],
    title: 'Skenario',
    schema: schemas.ScenarioSchema,
  },
  {
    file: 'glossary.schema.json',
    globs: ['content/glossary/*.yaml'],
    title: 'Istilah',
    schema: schemas.GlossaryTermSchema,
  },
  {
    file: 'function.schema.json',
    globs: ['content/functions/*.yaml'],
    title: 'Kartu fungsi',
    schema: schemas.FunctionCardSchema,
  },
  {
    file: 'units.schema.json',
    globs: ['content/units.yaml'],
    title: 'Daftar satuan',
    schema: schemas.UnitSchema,
    list: true,
  },
  {
    file: 'revoked.schema.json',
    globs: ['content/revoked.yaml'],
    title: 'Sertifikat yang dicabut',
    schema: schemas.RevocationSchema,
    list: true,
  },
  {
    file: 'references.schema.json',
    globs: ['content/legal/references.yaml'],
    title: 'Rujukan hukum',
    schema: schemas.LegalReferenceSchema,
    list: true,
  },
  {
    file: 'sources.schema.json',
    globs: ['content/legal/sources.yaml'],
    title: 'Daftar sumber',
    schema: schemas.SourceSchema,
    list: true,
  },
  {
    file: 'module.schema.json',
    globs: ['modules/*/index.mdx'],
    title: 'Frontmatter modul',
    schema: schemas.ModuleSchema,
  },
  {
    file: 'lesson.schema.json',
    globs: ['modules/*/[0-9]*.mdx'],
    title: 'Frontmatter pelajaran',
    schema: schemas.LessonSchema,
  },
];

/**
 * The JSON Schema of a file type, from its zod schema with the Indonesian descriptions: what an editor needs for
 * completion, allowed values and hover text. Describes what an author writes (zod's input side, defaults optional).
 */
export function jsonSchemaOf(type: FileTypeSchema): Record<string, unknown> {
  const item = z.toJSONSchema(type.schema, { io: 'input', unrepresentable: 'any' });
  const { $schema, ...rest } = item;
  return type.list
    ? { $schema, title: type.title, type: 'array', items: rest }
    : { $schema, title: type.title, ...rest };
}

/** The text of every file in schemas/, by file name: what `npm run schemas` writes and a test keeps up to date. */
export function schemaFiles(): Map<string, string> {
  return new Map(FILE_TYPE_SCHEMAS.map((t) => [t.file, `${JSON.stringify(jsonSchemaOf(t), null, 2)}\n`]));
}

/** The `yaml.schemas` setting of the VS Code YAML extension: schema file to the YAML files it describes. */
export function vscodeYamlSchemas(): Record<string, string[]> {
  return Object.fromEntries(
    FILE_TYPE_SCHEMAS.filter((t) => t.globs.every((g) => g.endsWith('.yaml'))).map((t) => [
      `./schemas/${t.file}`,
      [...t.globs],
    ]),
  );
}
