import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** Frontmatter of a lesson (`modules/NN-<folder>/NN-<slug>.mdx`). */
export const LessonSchema = z
  .object({
    /** Stable lesson id, unique across the site; the URL is /modul/<module>/<id>/. */
    id: IdSchema,
    /** Lesson title. */
    title: TextSchema,
    /** One sentence saying what the lesson teaches. */
    description: TextSchema,
    /** Estimated reading time in minutes. */
    minutes: z.number({ error: 'harus berupa angka menit, misalnya 7' }).int().min(1).max(60),
  })
  .strict();
export type Lesson = z.infer<typeof LessonSchema>;
