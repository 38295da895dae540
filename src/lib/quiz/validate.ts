import type { z } from 'astro/zod';
import {
  MatchingQuestionSchema,
  MultipleQuestionSchema,
  OrderingQuestionSchema,
  QuizSchema,
  SingleQuestionSchema,
  TrueFalseQuestionSchema,
  type Question,
  type Quiz,
} from '../../schemas/quiz.ts';
import type { Diagnostic } from '../content/diagnostic.ts';
import type { YamlSource } from '../content/yaml-source.ts';
import { indonesianError, issuesToDiagnostics } from '../content/zod-issues.ts';

/** A rule broken by a structurally valid quiz: where (data path), what, and how to fix it. */
export interface QuizRuleIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly hint: string;
}

const QUESTION_SCHEMAS: Record<string, z.core.$ZodType> = {
  single: SingleQuestionSchema,
  multiple: MultipleQuestionSchema,
  truefalse: TrueFalseQuestionSchema,
  ordering: OrderingQuestionSchema,
  matching: MatchingQuestionSchema,
};
const TYPES = Object.keys(QUESTION_SCHEMAS).join(', ');

const SIDE = { left: 'kiri (left)', right: 'kanan (right)' } as const;

function duplicates(ids: readonly string[]): { id: string; index: number }[] {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    if (seen.has(id)) return [{ id, index }];
    seen.add(id);
    return [];
  });
}

function questionRules(q: Question, at: readonly PropertyKey[]): QuizRuleIssue[] {
  const who = `pertanyaan "${q.id}"`;
  const out: QuizRuleIssue[] = [];
  const dup = (key: string, label: string, ids: readonly string[], hint: string) => {
    for (const d of duplicates(ids)) {
      out.push({ path: [...at, key, d.index, 'id'], message: `${who}: id ${label} "${d.id}" dipakai dua kali`, hint });
    }
  };
  const atLeastTwo = (count: number, message: string, hint: string) => {
    if (count < 2) out.push({ path: at, message: `${who}: ${message}`, hint });
  };
  if (q.type === 'single' || q.type === 'multiple') {
    const ids = q.options.map((o) => o.id);
    dup('options', 'opsi', ids, 'beri setiap opsi id yang berbeda, misalnya a, b, c');
  }
  switch (q.type) {
    case 'single': {
      const correct = q.options.filter((o) => o.correct).length;
      if (correct !== 1) {
        out.push({
          path: at,
          message: `${who}: pilihan tunggal harus punya tepat satu opsi benar, ditemukan ${correct}`,
          hint:
            correct === 0
              ? 'tulis "correct: true" pada opsi yang benar'
              : 'biarkan "correct: true" hanya pada satu opsi, atau ganti menjadi "type: multiple" bila memang ada beberapa jawaban benar',
        });
      }
      break;
    }
    case 'multiple':
      if (!q.options.some((o) => o.correct)) {
        out.push({
          path: at,
          message: `${who}: pilihan ganda (pilih semua yang benar) belum punya opsi benar`,
          hint: 'tulis "correct: true" pada setiap opsi yang benar',
        });
      }
      break;
    case 'truefalse':
      break;
    case 'ordering':
      atLeastTwo(
        q.items.length,
        `soal urutan hanya punya ${q.items.length} butir`,
        'tulis minimal 2 butir di items, dalam urutan yang benar',
      );
      dup(
        'items',
        'butir',
        q.items.map((i) => i.id),
        'beri setiap butir id yang berbeda',
      );
      break;
    case 'matching': {
      atLeastTwo(
        q.pairs.length,
        `soal pasangan hanya punya ${q.pairs.length} pasangan`,
        'tulis minimal 2 pasangan di pairs, masing-masing dengan left dan right',
      );
      dup(
        'pairs',
        'pasangan',
        q.pairs.map((p) => p.id),
        'beri setiap pasangan id yang berbeda',
      );
      const rights = [...q.pairs.map((p) => p.right), ...q.distractors].map((t) => t.toLowerCase());
      for (const d of duplicates(rights)) {
        const path =
          d.index < q.pairs.length
            ? [...at, 'pairs', d.index, 'right']
            : [...at, 'distractors', d.index - q.pairs.length];
        out.push({
          path,
          message: `${who}: teks kanan "${d.id}" muncul dua kali`,
          hint: 'setiap teks kanan (termasuk distractors) harus berbeda agar hanya ada satu pasangan yang benar',
        });
      }
      break;
    }
  }
  return out;
}

/** The rules a structurally valid quiz must also follow (docs/architecture.md, "Quiz"), with Indonesian messages. */
export function findQuizRuleIssues(quiz: Quiz): QuizRuleIssue[] {
  const out: QuizRuleIssue[] = [];
  const firstIndex = new Map<string, number>();
  quiz.questions.forEach((q, i) => {
    const first = firstIndex.get(q.id);
    if (first === undefined) firstIndex.set(q.id, i);
    else {
      out.push({
        path: ['questions', i],
        message: `id pertanyaan "${q.id}" sudah dipakai oleh pertanyaan ke-${first + 1}`,
        hint: 'setiap pertanyaan dalam satu kuis harus punya id yang berbeda',
      });
    }
    out.push(...questionRules(q, ['questions', i]));
  });
  if (quiz.draw !== undefined && quiz.draw > quiz.questions.length) {
    out.push({
      path: ['draw'],
      message: `draw ${quiz.draw} lebih besar dari jumlah pertanyaan (${quiz.questions.length})`,
      hint: `kecilkan draw menjadi paling banyak ${quiz.questions.length}, atau tambahkan pertanyaan`,
    });
  }
  return out;
}

function questionIdOf(data: unknown, index: number): string | undefined {
  const questions = (data as { questions?: unknown } | null)?.questions;
  const q = Array.isArray(questions) ? (questions[index] as { id?: unknown } | null) : undefined;
  return typeof q?.id === 'string' ? q.id : undefined;
}

/** Structure problems (zod) of a quiz file, reworded per question: the message names the question id. */
function structureDiagnostics(source: YamlSource, issues: readonly z.core.$ZodIssue[]): Diagnostic[] {
  const data = source.data;
  return issues.flatMap((issue): Diagnostic[] => {
    const [head, index, ...rest] = issue.path;
    if (head !== 'questions' || typeof index !== 'number') {
      return issuesToDiagnostics(source, [issue], QuizSchema, data, [], 'berkas ini');
    }
    const id = questionIdOf(data, index);
    const who = id ? `pertanyaan "${id}"` : `pertanyaan ke-${index + 1}`;
    const at = ['questions', index];
    const question = (data as { questions: unknown[] }).questions[index] as Record<string, unknown>;
    if (issue.code === 'invalid_union' && rest.length === 1 && rest[0] === 'type') {
      const missing = question['type'] === undefined;
      return [
        {
          file: source.file,
          ...source.locate(missing ? at : [...at, 'type']),
          message: `${who}: kolom "type" ${missing ? 'wajib diisi' : `"${String(question['type'])}" tidak dikenal`}`,
          hint: `tulis salah satu dari: ${TYPES}`,
        },
      ];
    }
    const side = rest.at(-1);
    if (
      issue.code === 'invalid_type' &&
      rest.length === 3 &&
      rest[0] === 'pairs' &&
      (side === 'left' || side === 'right')
    ) {
      const pair = (question['pairs'] as Record<string, unknown>[])[rest[1] as number];
      if (pair?.[side] === undefined) {
        const pairName = typeof pair?.['id'] === 'string' ? `"${pair['id']}"` : `ke-${(rest[1] as number) + 1}`;
        return [
          {
            file: source.file,
            ...source.locate([...at, 'pairs', rest[1] as number]),
            message: `${who}: pasangan ${pairName} tidak punya sisi ${SIDE[side]}`,
            hint: `tambahkan "${side}: ..." pada pasangan ini; teks kanan yang memang tanpa pasangan ditulis di distractors`,
          },
        ];
      }
    }
    const schema = QUESTION_SCHEMAS[String(question['type'])] ?? QuizSchema;
    return issuesToDiagnostics(source, [{ ...issue, path: rest }], schema, question, at, 'pertanyaan ini').map((d) => ({
      ...d,
      message: `${who}: ${d.message}`,
    }));
  });
}

/** Validates a parsed quiz file: structure (zod) first, then the quiz rules, all located in the file.
 * `quiz` is null only when the structure is wrong. */
export function validateQuizSource(source: YamlSource): { quiz: Quiz | null; diagnostics: Diagnostic[] } {
  const result = QuizSchema.safeParse(source.data ?? {}, { error: indonesianError });
  if (!result.success) return { quiz: null, diagnostics: structureDiagnostics(source, result.error.issues) };
  const diagnostics = findQuizRuleIssues(result.data).map((issue) => ({
    file: source.file,
    ...source.locate(issue.path),
    message: issue.message,
    hint: issue.hint,
  }));
  // A quiz that breaks a rule is still known, so references to it are not reported as missing too.
  return { quiz: result.data, diagnostics };
}
