import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** A quiz (`content/quizzes/<id>.yaml`). Minimal here; the quiz issue completes the question types. */
export const QuizSchema = z
  .object({
    /** Stable quiz id, referenced by a module's `quiz` field. */
    id: IdSchema,
    /** Quiz title. */
    title: TextSchema,
    /** Percentage needed to pass (0-100). */
    passMark: z.number().min(0).max(100),
    /** Question bank. */
    questions: z.array(z.object({ id: IdSchema }).loose()).min(1),
  })
  .strict();
export type Quiz = z.infer<typeof QuizSchema>;
