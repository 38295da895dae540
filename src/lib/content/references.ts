import { SeatSchema } from '../../schemas/common.ts';
import type { ContentCorpus, EntryKind, Located, MdxEntry } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';
import { validateScenario } from '../scenario/validate.ts';
import { checkKitReferences } from './kit-references.ts';
import { maskMdx } from './mask.ts';
import { meantHint } from './suggest.ts';

interface IdIndex {
  readonly label: string;
  readonly ids: ReadonlySet<string>;
  /** Ids of entries whose own file is wrong, with that file. */
  readonly invalid: ReadonlyMap<string, string>;
}

function index(
  label: string,
  entries: readonly Located<{ id: string }>[],
  corpus: ContentCorpus,
  kind: EntryKind,
): IdIndex {
  return {
    label,
    ids: new Set(entries.map((e) => e.data.id)),
    invalid: new Map(corpus.invalid.filter((e) => e.kind === kind).map((e) => [e.id, e.file])),
  };
}

/** A reference to an id that no valid entry has: the misspelling it likely is, or the invalid file it waits for. */
function unknownId(target: IdIndex, id: string, fallback: string): { hint: string; causedBy?: string } {
  const cause = target.invalid.get(id);
  return { hint: meantHint(id, target.ids, fallback), ...(cause === undefined ? {} : { causedBy: cause }) };
}

function diag(entry: Located<unknown>, path: readonly PropertyKey[], message: string, hint: string): Diagnostic {
  return { file: entry.file, ...entry.locate(path), message, hint };
}

/** Reports ids used twice within one kind of entry. */
function duplicateIds(kind: string, entries: readonly Located<{ id: string }>[]): Diagnostic[] {
  const firstSeen = new Map<string, Located<{ id: string }>>();
  const out: Diagnostic[] = [];
  for (const entry of entries) {
    const first = firstSeen.get(entry.data.id);
    if (first) {
      out.push(
        diag(
          entry,
          ['id'],
          `id ${kind} "${entry.data.id}" sudah dipakai di ${first.file}`,
          'setiap id harus unik: ganti id ini dengan yang belum dipakai',
        ),
      );
    } else firstSeen.set(entry.data.id, entry);
  }
  return out;
}

function missing(entry: Located<unknown>, path: readonly PropertyKey[], target: IdIndex, id: string): Diagnostic[] {
  if (target.ids.has(id)) return [];
  // Name the field as the author wrote it (`quiz`, `modules`, ...), so the message says where as well as what.
  const { hint, causedBy } = unknownId(target, id, `periksa ejaan id, atau buat ${target.label} itu terlebih dahulu`);
  return [
    {
      ...diag(entry, path, `kolom "${String(path[0])}": ${target.label} "${id}" tidak ada`, hint),
      ...(causedBy === undefined ? {} : { causedBy }),
    },
  ];
}

const COMPONENT_PROPS: Record<string, string> = {
  DasarHukum: 'ref',
  Term: 'id',
  FunctionCard: 'id',
  Quiz: 'id',
  Scenario: 'id',
  Sumber: 'id',
};

/** Finds `<Component prop="value"` uses in an MDX body with their line and column. */
export function findComponentRefs(
  body: string,
): { component: string; prop: string; value: string | null; line: number; column: number }[] {
  const out: { component: string; prop: string; value: string | null; line: number; column: number }[] = [];
  const tag = new RegExp(`<(${Object.keys(COMPONENT_PROPS).join('|')})\\b([^>]*)>`, 'g');
  for (const match of body.matchAll(tag)) {
    const component = match[1] ?? '';
    const prop = COMPONENT_PROPS[component] ?? 'id';
    const value = new RegExp(`\\b${prop}\\s*=\\s*["']([^"']*)["']`).exec(match[2] ?? '')?.[1] ?? null;
    const before = body.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    out.push({ component, prop, value, line, column });
  }
  return out;
}

function bodyRefs(entry: MdxEntry<unknown>, targets: Record<string, IdIndex>): Diagnostic[] {
  return findComponentRefs(maskMdx(entry.body)).flatMap((ref): Diagnostic[] => {
    const line = ref.line + entry.bodyLineOffset;
    // A missing attribute is reported by component-usage.ts, with the other misuses of components.
    if (ref.value === null) return [];
    const target = targets[ref.component];
    if (!target || target.ids.has(ref.value)) return [];
    return [
      {
        file: entry.file,
        line,
        column: ref.column,
        message: `<${ref.component} ${ref.prop}="${ref.value}">: ${target.label} "${ref.value}" tidak ada`,
        ...unknownId(target, ref.value, `periksa ejaan id, atau tambahkan ${target.label} itu`),
      },
    ];
  });
}

/** Cross-file checks: duplicate ids and every reference between modules, lessons, courses and content data. */
export function checkReferences(corpus: ContentCorpus): Diagnostic[] {
  const quizzes = index('kuis', corpus.quizzes, corpus, 'quiz');
  const scenarios = index('skenario', corpus.scenarios, corpus, 'scenario');
  const modules = index('modul', corpus.modules, corpus, 'module');
  const terms = index('istilah', corpus.glossary, corpus, 'glossary');
  const functions = index('kartu fungsi', corpus.functions, corpus, 'function');
  const references = index('rujukan hukum', corpus.references, corpus, 'references');
  const sources = { label: 'sumber', ids: new Set(corpus.sources.map((s) => s.data.id)), invalid: new Map() };
  const out: Diagnostic[] = [
    ...duplicateIds('modul', corpus.modules),
    ...duplicateIds('pelajaran', corpus.lessons),
    ...duplicateIds('kursus', corpus.courses),
    ...duplicateIds('kuis', corpus.quizzes),
    ...duplicateIds('skenario', corpus.scenarios),
    ...duplicateIds('istilah', corpus.glossary),
    ...duplicateIds('kartu fungsi', corpus.functions),
    ...duplicateIds('satuan', corpus.units),
    ...duplicateIds('sertifikat dicabut', corpus.revoked),
    ...duplicateIds('rujukan hukum', corpus.references),
    ...duplicateIds('sumber', corpus.sources),
    ...duplicateIds('fungsi', corpus.seats),
  ];

  const moduleFolders = new Set(corpus.modules.map((m) => m.folder));
  for (const lesson of corpus.lessons) {
    if (!moduleFolders.has(lesson.folder)) {
      const cause = corpus.invalid.find((e) => e.kind === 'module' && e.folder === lesson.folder)?.file;
      out.push({
        file: lesson.file,
        line: 1,
        column: 1,
        message: `folder "${lesson.folder}" tidak punya index.mdx yang valid`,
        hint: 'buat modules/<folder>/index.mdx berisi frontmatter modul (id, title, summary, objectives)',
        ...(cause === undefined ? {} : { causedBy: cause }),
      });
    }
  }
  const seenOrder = new Map<string, string>();
  for (const lesson of corpus.lessons) {
    const key = `${lesson.folder}#${lesson.order}`;
    const other = seenOrder.get(key);
    if (other) {
      out.push({
        file: lesson.file,
        line: 1,
        column: 1,
        message: `nomor urut ${lesson.order} sudah dipakai oleh ${other}`,
        hint: 'beri setiap pelajaran dalam satu modul nomor urut yang berbeda',
      });
    } else seenOrder.set(key, lesson.file);
  }

  for (const mod of corpus.modules) {
    if (!corpus.lessons.some((l) => l.folder === mod.folder)) {
      const cause = corpus.invalid.find((e) => e.kind === 'lesson' && e.folder === mod.folder)?.file;
      out.push({
        ...diag(
          mod,
          ['id'],
          `modul "${mod.data.id}" belum punya pelajaran`,
          `tambahkan berkas modules/${mod.folder}/01-judul-pelajaran.mdx`,
        ),
        ...(cause === undefined ? {} : { causedBy: cause }),
      });
    }
    if (mod.data.quiz) out.push(...missing(mod, ['quiz'], quizzes, mod.data.quiz));
    mod.data.scenarios.forEach((id, i) => out.push(...missing(mod, ['scenarios', i], scenarios, id)));
    mod.data.completion.requiredScenarios.forEach((id, i) => {
      if (!mod.data.scenarios.includes(id)) {
        out.push(
          diag(
            mod,
            ['completion', 'requiredScenarios', i],
            `skenario wajib "${id}" tidak tercantum di kolom scenarios`,
            'tambahkan id itu ke kolom scenarios modul ini',
          ),
        );
      }
    });
    if (mod.data.completion.requireQuiz && !mod.data.quiz) {
      out.push(
        diag(
          mod,
          ['completion', 'requireQuiz'],
          'kuis diwajibkan tetapi kolom quiz kosong',
          'isi kolom quiz dengan id kuis, atau tulis requireQuiz: false',
        ),
      );
    }
  }

  for (const course of corpus.courses) {
    const seen = new Set<string>();
    course.data.modules.forEach((id, i) => {
      if (seen.has(id)) out.push(diag(course, ['modules', i], `modul "${id}" disebut dua kali`, 'hapus salah satunya'));
      seen.add(id);
      out.push(...missing(course, ['modules', i], modules, id));
    });
  }

  for (const term of corpus.glossary) {
    term.data.related.forEach((id, i) => out.push(...missing(term, ['related', i], terms, id)));
  }
  if (corpus.sources.length > 0) {
    for (const ref of corpus.references) {
      ref.data.sources.forEach((id, i) => out.push(...missing(ref, ['sources', i], sources, id)));
    }
  }

  out.push(...seatGuideRefs(corpus, functions, sources));

  for (const scenario of corpus.scenarios) out.push(...validateScenario(scenario, functions.ids));

  const targets = {
    DasarHukum: references,
    Term: terms,
    FunctionCard: functions,
    Quiz: quizzes,
    Scenario: scenarios,
    Sumber: sources,
  };
  for (const entry of [...corpus.modules, ...corpus.lessons]) out.push(...bodyRefs(entry, targets));
  out.push(...checkKitReferences(corpus));
  return out;
}

/** content/seats.yaml: every function has its item once (when the file has any), naming cards and sources that exist. */
function seatGuideRefs(corpus: ContentCorpus, functions: IdIndex, sources: IdIndex): Diagnostic[] {
  const [first] = corpus.seats;
  if (!first) return [];
  const out: Diagnostic[] = [];
  for (const guide of corpus.seats) {
    guide.data.partners.forEach((id, i) => out.push(...missing(guide, ['partners', i], functions, id)));
    if (corpus.sources.length > 0) {
      guide.data.sources.forEach((id, i) => out.push(...missing(guide, ['sources', i], sources, id)));
    }
  }
  const present = new Set(corpus.seats.map((g) => g.data.id));
  const absent = SeatSchema.options.filter((seat) => !present.has(seat));
  if (absent.length > 0) {
    out.push({
      file: first.file,
      line: 1,
      column: 1,
      message: `fungsi ${absent.join(', ')} belum punya butir`,
      hint: 'tambahkan butir "- id: <fungsi>" dengan polmas, partners, sources dan confidence untuk setiap fungsi itu',
    });
  }
  return out;
}
