import type { z } from 'astro/zod';
import {
  CourseSchema,
  FunctionCardSchema,
  GlossaryTermSchema,
  KitCardSchema,
  KitTemplateSchema,
  LegalReferenceSchema,
  LessonSchema,
  ModuleSchema,
  type Lesson,
  type Module,
  QuizSchema,
  RevocationSchema,
  ScenarioSchema,
  SeatGuideSchema,
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
import { checkAssets } from './assets.ts';
import { foldIntoRootCauses, sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { compileMdxFile, type MdxParser, type MdxTree } from './mdx-compile.ts';
import { checkQuality } from './quality.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { locateMdx } from './paths.ts';
import { validateQuizSource } from '../quiz/validate.ts';
import { checkReferences } from './references.ts';
import { checkCourseExams } from './exam-rules.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { indonesianError, issuesToDiagnostics } from './zod-issues.ts';

/** Result of checking the content tree: what is wrong, what should be fixed before publishing, what could be read. */
export interface ContentCheck {
  /** Mistakes: the build stops on them. */
  readonly diagnostics: Diagnostic[];
  /** Quality warnings (leftover scaffold text, duplicate options, ...): listed, and errors under `--strict`. */
  readonly warnings: Diagnostic[];
  readonly corpus: ContentCorpus;
}

/** What the checker may know of the project besides the content files. */
export interface CheckOptions {
  /**
   * Size in bytes of a project file (path relative to the root, forward slashes), or undefined when it does not
   * exist: images under public/ and files an MDX file imports. Without it, file existence is not checked.
   */
  readonly fileSize?: (path: string) => number | undefined;
}

/** What checkContentFiles needs besides the files: the options, and the MDX parser of where it runs. */
export interface CheckerOptions extends CheckOptions {
  /** satteri in Node (check.ts), @mdx-js/mdx in the studio's browser worker; see MdxParser. */
  readonly parseMdx: MdxParser;
}

type OneFileKind = 'course' | 'quiz' | 'scenario' | 'glossary' | 'function' | 'kitTemplate' | 'kitCard';
type ListFileKind = 'units' | 'revoked' | 'references' | 'sources' | 'seats';

const ONE_PER_FILE: Record<string, { kind: OneFileKind; schema: z.ZodType }> = {
  'content/courses': { kind: 'course', schema: CourseSchema },
  'content/quizzes': { kind: 'quiz', schema: QuizSchema },
  'content/scenarios': { kind: 'scenario', schema: ScenarioSchema },
  'content/glossary': { kind: 'glossary', schema: GlossaryTermSchema },
  'content/functions': { kind: 'function', schema: FunctionCardSchema },
  'content/kit/templates': { kind: 'kitTemplate', schema: KitTemplateSchema },
  'content/kit/cards': { kind: 'kitCard', schema: KitCardSchema },
};

const LIST_FILES: Record<string, { kind: ListFileKind; schema: z.ZodType }> = {
  'content/units.yaml': { kind: 'units', schema: UnitSchema },
  'content/revoked.yaml': { kind: 'revoked', schema: RevocationSchema },
  'content/legal/references.yaml': { kind: 'references', schema: LegalReferenceSchema },
  'content/legal/sources.yaml': { kind: 'sources', schema: SourceSchema },
  'content/seats.yaml': { kind: 'seats', schema: SeatGuideSchema },
};

/** Whether a path is one the checker reads (MDX under modules/, YAML under content/), ignoring `_`-prefixed files. */
export function isContentPath(path: string): boolean {
  if (path.split('/').some((part) => part.startsWith('_'))) return false;
  return (
    (path.startsWith('modules/') && path.endsWith('.mdx')) || (path.startsWith('content/') && /\.ya?ml$/.test(path))
  );
}

/**
 * Validates every content file and the references between them. Pure: the caller reads the files (from disk in
 * the CLI and the build, from memory in the studio) and gives the MDX parser.
 */
export function checkContentFiles(files: readonly ContentFile[], options: CheckerOptions): ContentCheck {
  const corpus = emptyCorpus();
  const diagnostics: Diagnostic[] = [];
  const contentFiles = [...files].sort((a, b) => a.path.localeCompare(b.path)).filter((f) => isContentPath(f.path));
  const mdxTrees = new Map<string, MdxTree>();
  for (const file of contentFiles) {
    if (file.path.startsWith('modules/')) {
      const { errors, tree } = compileMdxFile(file, options.parseMdx, options.fileSize);
      diagnostics.push(...errors);
      if (tree) mdxTrees.set(file.path, tree);
      // A file the compiler rejects is not read further: its other messages would follow from the same mistake.
      diagnostics.push(...readMdx(file, corpus, errors.length > 0));
    } else diagnostics.push(...readYaml(file, corpus));
  }
  diagnostics.push(...checkReferences(corpus));
  diagnostics.push(...checkCourseExams(corpus));
  diagnostics.push(...checkAuthoringRules(contentFiles, corpus));
  const assets = checkAssets(contentFiles, mdxTrees, options.fileSize);
  diagnostics.push(...assets.errors);
  const warnings = [...assets.warnings, ...checkQuality(contentFiles, corpus, mdxTrees)];
  return { diagnostics: foldIntoRootCauses(diagnostics), warnings: sortDiagnostics(warnings), corpus };
}

/** The id a file that cannot be read was meant to have: its `id` when it has one, else its file or folder name. */
function intendedId(data: unknown, path: string, folder?: string, raw = ''): string {
  const id = (data as { id?: unknown } | null)?.id;
  if (typeof id === 'string') return id;
  const written = /^id:[ \t]*["']?([\w-]+)/m.exec(raw)?.[1];
  if (written !== undefined) return written;
  if (folder !== undefined && path.endsWith('/index.mdx')) return folder.replace(/^\d+-/, '');
  return (path.split('/').at(-1) ?? '').replace(/\.(mdx|ya?ml)$/, '').replace(/^\d+-/, '');
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

/**
 * Reads content files into a corpus, each file on its own: YAML and MDX frontmatter against their schemas, without
 * compiling MDX or checking references between files. The studio's preview reads the files being edited with it;
 * the messages are those of checkContentFiles for the same mistakes.
 */
export function readCorpus(files: readonly ContentFile[]): { corpus: ContentCorpus; diagnostics: Diagnostic[] } {
  const corpus = emptyCorpus();
  const diagnostics = files
    .filter((f) => isContentPath(f.path))
    .flatMap((file) => (file.path.startsWith('modules/') ? readMdx(file, corpus, false) : readYaml(file, corpus)));
  return { corpus, diagnostics };
}

function readMdx(file: ContentFile, corpus: ContentCorpus, bodyBroken: boolean): Diagnostic[] {
  const where = locateMdx(file.path);
  if (!where.ok) return [at(file.path, where.message, where.hint)];
  const fm = splitFrontmatter(file.text);
  const kind = where.isIndex ? 'module' : 'lesson';
  const invalid = (data: unknown) =>
    corpus.invalid.push({
      kind,
      id: intendedId(data, file.path, where.folder, fm?.yaml),
      file: file.path,
      folder: where.folder,
    });
  if (!fm) {
    invalid(null);
    return [
      at(
        file.path,
        'frontmatter tidak ditemukan atau tidak ditutup',
        'awali berkas dengan baris "---", tulis kolom-kolomnya, lalu tutup dengan baris "---"',
      ),
    ];
  }
  const parsed = parseYamlSource(file.path, fm.yaml, fm.lineOffset);
  if (!parsed.source) {
    invalid(null);
    return parsed.errors;
  }
  const source = parsed.source;
  const base = {
    file: file.path,
    locate: source.locate,
    folder: where.folder,
    order: where.order,
    body: fm.body,
    bodyLineOffset: fm.bodyLineOffset,
  };
  const { data, errors } = validate<Module | Lesson>(
    source,
    where.isIndex ? ModuleSchema : LessonSchema,
    source.data ?? {},
    [],
    'frontmatter',
  );
  if (!data || bodyBroken) invalid(source.data);
  else if (where.isIndex) corpus.modules.push({ ...base, data: data as Module });
  else corpus.lessons.push({ ...base, data: data as Lesson });
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
        'letakkan di content/courses, quizzes, scenarios, glossary, functions, kit/templates atau kit/cards, atau awali namanya dengan "_" agar diabaikan',
      ),
    ];
  }
  const parsed = parseYamlSource(file.path, file.text);
  const invalid = (data: unknown) => {
    if (one)
      corpus.invalid.push({ kind: one.kind, id: intendedId(data, file.path, undefined, file.text), file: file.path });
  };
  if (!parsed.source) {
    invalid(null);
    return parsed.errors;
  }
  const source = parsed.source;
  if (one?.kind === 'quiz') {
    // Quizzes have rules beyond their structure; one validator words them per question (src/lib/quiz/validate.ts).
    const { quiz, diagnostics } = validateQuizSource(source);
    if (quiz) pushOne(corpus, 'quiz', { file: file.path, data: quiz, locate: source.locate });
    else invalid(source.data);
    return diagnostics;
  }
  if (one) {
    const { data, errors } = validate(source, one.schema, source.data ?? {}, [], 'berkas ini');
    if (data) pushOne(corpus, one.kind, { file: file.path, data, locate: source.locate });
    else invalid(source.data);
    return errors;
  }
  if (!list) return [];
  if (!Array.isArray(source.data)) {
    return [at(file.path, 'isi berkas harus berupa daftar', 'tulis setiap butir diawali "- id: ..."')];
  }
  return source.data.flatMap((item: unknown, index: number) => {
    const { data, errors } = validate(source, list.schema, item, [index], 'butir ini');
    if (!data && list.kind === 'references') {
      corpus.invalid.push({ kind: 'references', id: intendedId(item, file.path), file: file.path });
    }
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
    kitTemplate: corpus.kitTemplates,
    kitCard: corpus.kitCards,
  }[kind] as Located<unknown>[];
  target.push(entry);
}

function pushList(corpus: ContentCorpus, kind: ListFileKind, entry: Located<unknown>): void {
  (corpus[kind] as Located<unknown>[]).push(entry);
}

export type { MdxEntry };
