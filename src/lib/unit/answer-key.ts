import type { QuizResponse } from '../../schemas/progress.ts';
import { gradeResponse } from '../quiz/grade.ts';
import type { Question, Quiz } from '../../schemas/quiz.ts';

/** An option as the answer key keeps it: no text, no feedback. */
export interface KeyOption {
  readonly id: string;
  readonly correct: boolean;
}

/**
 * A question as /satuan/kunci.json serves it: what re-grading and item analysis need (ids, tags, the right answers),
 * without prompt, option texts, explanation or source.
 */
export interface KeyQuestion {
  readonly id: string;
  readonly type: Question['type'];
  readonly module?: string | undefined;
  readonly findings?: readonly number[] | undefined;
  readonly level?: string | undefined;
  /** single and multiple. */
  readonly options?: readonly KeyOption[];
  /** truefalse. */
  readonly answer?: boolean;
  /** ordering, in the right order. */
  readonly items?: readonly { readonly id: string }[];
  /** matching. */
  readonly pairs?: readonly { readonly id: string }[];
}

/** A quiz's answer key. */
export interface AnswerKey {
  readonly id: string;
  readonly title: string;
  readonly passMark: number;
  readonly questions: readonly KeyQuestion[];
}

const tags = (q: Question) => ({
  id: q.id,
  type: q.type,
  ...(q.module === undefined ? {} : { module: q.module }),
  ...(q.findings === undefined ? {} : { findings: q.findings }),
  ...(q.level === undefined ? {} : { level: q.level }),
});

/** One question mapped down to its ids, tags and answer. */
export function toKeyQuestion(q: Question): KeyQuestion {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ...tags(q), options: q.options.map((o) => ({ id: o.id, correct: o.correct })) };
    case 'truefalse':
      return { ...tags(q), answer: q.answer };
    case 'ordering':
      return { ...tags(q), items: q.items.map((it) => ({ id: it.id })) };
    case 'matching':
      return { ...tags(q), pairs: q.pairs.map((p) => ({ id: p.id })) };
  }
}

/** A quiz mapped down to its answer key. */
export function toAnswerKey(quiz: Quiz): AnswerKey {
  return { id: quiz.id, title: quiz.title, passMark: quiz.passMark, questions: quiz.questions.map(toKeyQuestion) };
}

/**
 * Credit for a response to a key question: the quiz's own grading rules (src/lib/quiz/grade.ts), which read only what
 * the key keeps (ids, `correct`, `answer`, the order of items and pairs); a unit test holds the two gradings equal on
 * every real question.
 */
export function gradeKeyQuestion(question: KeyQuestion, response: QuizResponse): number {
  return gradeResponse(question as unknown as Question, response);
}
