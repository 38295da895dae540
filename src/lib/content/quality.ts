import { SCAFFOLD_PLACEHOLDERS } from '../authoring/templates.ts';
import type { Question } from '../../schemas/quiz.ts';
import type { ContentCorpus, ContentFile, Located } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { maskMdx, maskYamlComments, positionAt } from './mask.ts';
import { walkTree, type MdxTree } from './mdx-compile.ts';

/** Words a trainee reads in a minute of careful reading of Indonesian course text. */
export const WORDS_PER_MINUTE = 150;

/** How much longer than its `minutes` a lesson may read before the checker says so. */
const TOO_LONG_FACTOR = 2;

/** The text of a file an author publishes: YAML comments and MDX comments and code blanked, positions kept. */
function published(file: ContentFile): string {
  if (file.path.startsWith('content/')) return maskYamlComments(file.text);
  const fm = splitFrontmatter(file.text);
  if (!fm) return file.text;
  return ['---', maskYamlComments(fm.yaml), '---', maskMdx(fm.body)].join('\n');
}

function quote(text: string): string {
  return text.length > 48 ? `"${text.slice(0, 45)}..."` : `"${text}"`;
}

/** Where a placeholder may start and end: it is a whole value (quoted, after "key: " or "- ") or a whole line. */
const VALUE_START = /(?:['"\n]|[:-] )$/;
const VALUE_END = /^(?:['"\n]|$)/;

/** A placeholder found inside a longer text ("Langkah pertama: dengarkan…") is the author's own words, not leftover. */
function isWholeValue(text: string, offset: number, length: number): boolean {
  return (
    VALUE_START.test(text.slice(Math.max(0, offset - 2), offset) || '\n') && VALUE_END.test(text.slice(offset + length))
  );
}

/** One warning per file that still holds text the scaffold wrote for the author to replace. */
function leftoverScaffold(file: ContentFile): Diagnostic[] {
  const text = published(file);
  const found = SCAFFOLD_PLACEHOLDERS.flatMap((p) => {
    const out: number[] = [];
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + p.length))
      if (isWholeValue(text, i, p.length)) out.push(i);
    return out.map((offset) => ({ offset, text: p }));
  }).sort((a, b) => a.offset - b.offset);
  const first = found[0];
  if (!first) return [];
  const lines = [...new Set(found.map((f) => positionAt(text, f.offset).line))];
  const more = lines.length > 1 ? `, juga di baris ${lines.slice(1).join(', ')}` : '';
  return [
    {
      file: file.path,
      ...positionAt(text, first.offset),
      message: `teks contoh dari kerangka modul belum diganti: ${quote(first.text)}${more}`,
      hint: 'ganti setiap teks contoh dengan isi Anda sendiri sebelum modul diterbitkan',
    },
  ];
}

function norm(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const LABEL: Record<string, string> = { options: 'pilihan', items: 'butir', pairs: 'pasangan' };

/** Texts of one question that a learner must tell apart: options, ordering items, left-hand texts of pairs. */
function distinctTexts(q: Question): { key: string; field: string; texts: string[] } | null {
  if (q.type === 'single' || q.type === 'multiple')
    return { key: 'options', field: 'text', texts: q.options.map((o) => o.text) };
  if (q.type === 'ordering') return { key: 'items', field: 'text', texts: q.items.map((i) => i.text) };
  if (q.type === 'matching') return { key: 'pairs', field: 'left', texts: q.pairs.map((p) => p.left) };
  return null;
}

/** An explanation that explains nothing: punctuation only, or fewer than three words. */
function emptyExplanation(text: string): boolean {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 3;
}

function quizWarnings(quiz: Located<{ id: string; questions: readonly Question[] }>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: readonly PropertyKey[], message: string, hint: string) =>
    out.push({ file: quiz.file, ...quiz.locate(path), message, hint });
  quiz.data.questions.forEach((q, i) => {
    const group = distinctTexts(q);
    if (!group) return;
    const seen = new Map<string, number>();
    group.texts.forEach((text, j) => {
      const first = seen.get(norm(text));
      if (first === undefined) {
        seen.set(norm(text), j);
        return;
      }
      const label = LABEL[group.key] ?? 'butir';
      at(
        ['questions', i, group.key, j, group.field],
        `pertanyaan "${q.id}": ${label} ke-${j + 1} sama dengan ${label} ke-${first + 1} (${quote(text)})`,
        `peserta tidak bisa membedakan keduanya: ubah salah satu teksnya`,
      );
    });
  });
  const empty = quiz.data.questions.flatMap((q, i) => (emptyExplanation(q.explanation) ? [i] : []));
  if (empty.length > 0) {
    const all = empty.length === quiz.data.questions.length;
    const index = empty[0] ?? 0;
    at(
      ['questions', index, 'explanation'],
      all
        ? `kuis "${quiz.data.id}": semua penjelasan (explanation) kosong isinya`
        : `pertanyaan "${quiz.data.questions[index]?.id ?? ''}": penjelasan (explanation) kosong isinya${
            empty.length > 1
              ? `, juga di pertanyaan ke-${empty
                  .slice(1)
                  .map((k) => k + 1)
                  .join(', ke-')}`
              : ''
          }`,
      'tulis mengapa jawabannya benar, minimal satu kalimat: peserta belajar dari penjelasan ini',
    );
  }
  return out;
}

/** Words a learner reads in a compiled MDX tree (text and inline code, not code blocks or comments). */
function wordCount(tree: MdxTree): number {
  let words = 0;
  for (const node of walkTree(tree)) {
    if ((node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string') {
      words += node.value.split(/\s+/).filter(Boolean).length;
    }
  }
  return words;
}

/**
 * Content quality warnings: what builds but should not be published as it is. Leftover scaffold text, options or
 * items of one question with the same text, explanations that explain nothing, and a lesson that reads far longer
 * than its `minutes`. `npm run check:content -- --strict` makes them errors.
 */
export function checkQuality(
  files: readonly ContentFile[],
  corpus: ContentCorpus,
  trees: ReadonlyMap<string, MdxTree>,
): Diagnostic[] {
  const out = files.flatMap(leftoverScaffold);
  for (const quiz of corpus.quizzes) out.push(...quizWarnings(quiz));
  for (const lesson of corpus.lessons) {
    const tree = trees.get(lesson.file);
    if (!tree) continue;
    const words = wordCount(tree);
    const reading = Math.ceil(words / WORDS_PER_MINUTE);
    if (reading > lesson.data.minutes * TOO_LONG_FACTOR) {
      out.push({
        file: lesson.file,
        ...lesson.locate(['minutes']),
        message: `pelajaran ini sekitar ${String(words)} kata, kira-kira ${String(reading)} menit membaca, tetapi minutes: ${String(lesson.data.minutes)}`,
        hint: `naikkan minutes menjadi sekitar ${String(reading)}, atau bagi pelajaran ini menjadi dua`,
      });
    }
  }
  return out;
}
