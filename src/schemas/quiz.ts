import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

// Structure only. Rules that need the whole question (exactly one correct option, two or more ordering items,
// unique ids, draw <= bank) live in src/lib/quiz/validate.ts so their messages can name the question id.

/** One answer option of a single-choice or multiple-response question. */
export const QuizOptionSchema = z
  .object({
    /** Option id, unique within the question. */
    id: IdSchema,
    /** Option text (inline Markdown). */
    text: TextSchema,
    /** Whether this option is (one of) the right answer(s). */
    correct: z.boolean().default(false),
    /** Shown when the learner picked this option (inline Markdown). */
    feedback: TextSchema.optional(),
  })
  .strict();
export type QuizOption = z.infer<typeof QuizOptionSchema>;

/** One item of an ordering question; items are listed in the correct order. */
export const OrderingItemSchema = z
  .object({
    /** Item id, unique within the question. */
    id: IdSchema,
    /** Item text (inline Markdown). */
    text: TextSchema,
  })
  .strict();
export type OrderingItem = z.infer<typeof OrderingItemSchema>;

/** One pair of a matching question: `left` matches its own `right`. */
export const MatchingPairSchema = z
  .object({
    /** Pair id, unique within the question. */
    id: IdSchema,
    /** Left-hand text, shown as the label of a choice list. */
    left: TextSchema,
    /** Right-hand text, offered in every choice list. */
    right: TextSchema,
  })
  .strict();
export type MatchingPair = z.infer<typeof MatchingPairSchema>;

const common = {
  /** Question id, unique within the quiz; answers are recorded against it. */
  id: IdSchema,
  /** The question (inline Markdown). */
  prompt: TextSchema,
  /** Why the answer is right, shown after answering (inline Markdown). */
  explanation: TextSchema,
  /** Citation of the lesson or document the answer rests on, e.g. "Perpol 1/2021 Pasal 3 (pelajaran: ...)". */
  source: TextSchema,
};

/** Single choice: exactly one correct option. */
export const SingleQuestionSchema = z
  .object({
    /** Question type. */
    type: z.literal('single'),
    ...common,
    /** Two or more options; exactly one has `correct: true`. */
    options: z.array(QuizOptionSchema).min(2),
  })
  .strict();

/** Multiple response ("pilih semua yang benar"): one or more correct options. */
export const MultipleQuestionSchema = z
  .object({
    /** Question type. */
    type: z.literal('multiple'),
    ...common,
    /** Two or more options; at least one has `correct: true`. */
    options: z.array(QuizOptionSchema).min(2),
  })
  .strict();

/** True/false statement. */
export const TrueFalseQuestionSchema = z
  .object({
    /** Question type. */
    type: z.literal('truefalse'),
    ...common,
    /** Whether the statement in the prompt is true. */
    answer: z.boolean(),
  })
  .strict();

/** Ordering: put the items in order; listed here in the correct order, shown shuffled. */
export const OrderingQuestionSchema = z
  .object({
    /** Question type. */
    type: z.literal('ordering'),
    ...common,
    /** Items in the correct order (two or more). */
    items: z.array(OrderingItemSchema).min(1),
  })
  .strict();

/** Matching: pick, for every left-hand text, its right-hand text. */
export const MatchingQuestionSchema = z
  .object({
    /** Question type. */
    type: z.literal('matching'),
    ...common,
    /** Two or more pairs; each left matches its own right. */
    pairs: z.array(MatchingPairSchema).min(1),
    /** Extra right-hand texts that match nothing. */
    distractors: z.array(TextSchema).default([]),
  })
  .strict();

/** One question, discriminated by `type`. */
export const QuestionSchema = z.discriminatedUnion('type', [
  SingleQuestionSchema,
  MultipleQuestionSchema,
  TrueFalseQuestionSchema,
  OrderingQuestionSchema,
  MatchingQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;

/** A quiz (`content/quizzes/<id>.yaml`); see CONTRACTS.md section 2. */
export const QuizSchema = z
  .object({
    /** Stable quiz id, referenced by a module's `quiz` field and by `<Quiz id="...">`. */
    id: IdSchema,
    /** Quiz title. */
    title: TextSchema,
    /** Percentage needed to pass (0-100). */
    passMark: z
      .number({ error: 'harus berupa angka persen 0 sampai 100, misalnya 70' })
      .min(0, { error: 'harus antara 0 dan 100 (persen), misalnya 70' })
      .max(100, { error: 'harus antara 0 dan 100 (persen), misalnya 70' }),
    /** Questions drawn per attempt (at most the number of questions); absent = all. */
    draw: z.number().int().min(1).optional(),
    /** Whether to shuffle questions and options (seeded, per attempt). */
    shuffle: z
      .object({
        /** Shuffle the order of the questions. */
        questions: z.boolean().default(true),
        /** Shuffle the options of single and multiple questions. */
        options: z.boolean().default(true),
      })
      .strict()
      .default({ questions: true, options: true }),
    /** Attempts allowed; absent = unlimited. */
    attempts: z.number().int().min(1).optional(),
    /** immediate: feedback after each question; deferred: all feedback on the result screen. */
    feedback: z.enum(['immediate', 'deferred']).default('immediate'),
    /** Question bank. */
    questions: z.array(QuestionSchema).min(1),
  })
  .strict();
export type Quiz = z.infer<typeof QuizSchema>;
export type QuizInput = z.input<typeof QuizSchema>;
