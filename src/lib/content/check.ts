import type { z } from 'astro/zod';
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
} from '../../schemas/index.ts';
import {
  emptyCorpus,
  type ContentCorpus,
  type ContentFile,
  type Locate,
  type Located,
  type MdxEntry,
} from './corpus.ts';
import { checkAuthoringRules } from './authoring-rules.ts';
import type { Diagnostic } from './diagnostic.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { locateMdx } from './paths.ts';
import { validateQuizSource } from '../quiz/validate.ts';
import { checkReferences } from './references.ts';
import { checkCourseExams } from './exam-rules.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { indonesianError, issuesToDiagnostics } from './zod-issues.ts';

/** Result of checking the content tree: what is wrong, and what could be read. */
export interface ContentCheck {
  readonly diagnostics: Diagnostic[];
  readonly corpus: ContentCorpus;
}

type OneFileKind = 'course' | 'quiz' | 'scenario' | 'glossary' | 'function';
type ListFileKind = 'units' | 'revoked' | 'references' | 'sources';

const ONE_PER_FILE: Record<string, { kind: OneFileKind; schema: z.ZodType }> = {
  'content/courses': { kind: 'course', schema: CourseSchema },
  'content/quizzes': { kind: 'quiz', schema: QuizSchema },
  'content/scenarios': { kind: 'scenario', schema: ScenarioSchema },
  'content/glossary': { kind: 'glossary', schema: GlossaryTermSchema },
  'content/functions': { kind: 'function', schema: FunctionCardSchema },
};

const LIST_FILES: Record<string, { kind: ListFileKind; schema: z.ZodType }> = {
  'content/units.yaml': { kind: 'units', schema: UnitSchema },
  'content/revoked.yaml': { kind: 'revoked', schema: RevocationSchema },
  'content/legal/references.yaml': { kind: 'references', schema: LegalReferenceSchema },
  'content/legal/sources.yaml': { kind: 'sources', schema: SourceSchema },
};

/** Whether a path is one the checker reads (MDX under modules/, YAML under content/), ignoring `_`-prefixed files. */
export function isContentPath(path: string): boolean {
  if (path.split('/').some((part) => part.startsWith('_'))) return false;
  return (
    (path.startsWith('modules/') && path.endsWith('.mdx')) || (path.startsWith('content/') && /\.ya?ml$/.test(path))
  );
}

/** Validates every content file and the references between them. Pure: the caller reads the files. */
export function checkContent(files: readonly ContentFile[]): ContentCheck {
  const corpus = emptyCorpus();
  const diagnostics: Diagnostic[] = [];
  const contentFiles = [...files].sort((a, b) => a.path.localeCompare(b.path)).filter((f) => isContentPath(f.path));
  for (const file of contentFiles) {
    diagnostics.push(...(file.path.startsWith('modules/') ? readMdx(file, corpus) : readYaml(file, corpus)));
  }
  diagnostics.push(...checkReferences(corpus));
  diagnostics.push(...checkCourseExams(corpus));
  diagnostics.push(...checkAuthoringRules(contentFiles, corpus));
  return { diagnostics, corpus };
}

function at(file: string, message: string, hint: string, line = 1, column = 1): Diagnostic {
  return { file, line, column, message, hint };
}

function validate<T>(
  source: YamlSource,
  schema: z.ZodType<T>,
  data: unknown,
  base: readonly PropertyKey[],
  where: string,
): { data: T | null; errors: Diagnostic[] } {
  const result = schema.safeParse(data, { error: indonesianError });
  if (result.success) return { data: result.data, errors: [] };
  return { data: null, errors: issuesToDiagnostics(source, result.error.issues, schema, data, base, where) };
}

function readMdx(file: ContentFile, corpus: ContentCorpus): Diagnostic[] {
  const where = locateMdx(file.path);
  if (!where.ok) return [at(file.path, where.message, where.hint)];
  const fm = splitFrontmatter(file.text);
  if (!fm) {
    return [
      at(
        file.path,
        'frontmatter tidak ditemukan atau tidak ditutup',
        'awali berkas dengan baris "---", tulis kolom-kolomnya, lalu tutup dengan baris "---"',
      ),
    ];
  }
  const parsed = parseYamlSource(file.path, fm.yaml, fm.lineOffset);
  if (!parsed.source) return parsed.errors;
  const source = parsed.source;
  const base = {
    file: file.path,
    locate: source.locate,
    folder: where.folder,
    order: where.order,
    body: fm.body,
    bodyLineOffset: fm.bodyLineOffset,
  };
  if (where.isIndex) {
    const { data, errors } = validate(source, ModuleSchema, source.data ?? {}, [], 'frontmatter');
    if (data) corpus.modules.push({ ...base, data });
    return errors;
  }
  const { data, errors } = validate(source, LessonSchema, source.data ?? {}, [], 'frontmatter');
  if (data) corpus.lessons.push({ ...base, data });
  return errors;
}

function readYaml(file: ContentFile, corpus: ContentCorpus): Diagnostic[] {
  const dir = file.path.slice(0, file.path.lastIndexOf('/'));
  const one = ONE_PER_FILE[dir];
  const list = LIST_FILES[file.path];
  if (!one && !list) {
    return [
      at(
        file.path,
        'berkas ini tidak dikenali sebagai konten',
        'letakkan di content/courses, quizzes, scenarios, glossary atau functions, atau awali namanya dengan "_" agar diabaikan',
      ),
    ];
  }
  const parsed = parseYamlSource(file.path, file.text);
  if (!parsed.source) return parsed.errors;
  const source = parsed.source;
  if (one?.kind === 'quiz') {
    // Quizzes have rules beyond their structure; one validator words them per question (src/lib/quiz/validate.ts).
    const { quiz, diagnostics } = validateQuizSource(source);
    if (quiz) pushOne(corpus, 'quiz', { file: file.path, data: quiz, locate: source.locate });
    return diagnostics;
  }
  if (one) {
    const { data, errors } = validate(source, one.schema, source.data ?? {}, [], 'berkas ini');
    if (data) pushOne(corpus, one.kind, { file: file.path, data, locate: source.locate });
    return errors;
  }
  if (!list) return [];
  if (!Array.isArray(source.data)) {
    return [at(file.path, 'isi berkas harus berupa daftar', 'tulis setiap butir diawali "- id: ..."')];
  }
  return source.data.flatMap((item: unknown, index: number) => {
    const { data, errors } = validate(source, list.schema, item, [index], 'butir ini');
    if (data) {
      const locate: Locate = (path, options) => source.locate([index, ...path], options);
      pushList(corpus, list.kind, { file: file.path, data, locate });
    }
    return errors;
  });
}

function pushOne(corpus: ContentCorpus, kind: OneFileKind, entry: Located<unknown>): void {
  const target = {
    course: corpus.courses,
    quiz: corpus.quizzes,
    scenario: corpus.scenarios,
    glossary: corpus.glossary,
    function: corpus.functions,
  }[kind] as Located<unknown>[];
  target.push(entry);
}

function pushList(corpus: ContentCorpus, kind: ListFileKind, entry: Located<unknown>): void {
  (corpus[kind] as Located<unknown>[]).push(entry);
}

export type { MdxEntry };
