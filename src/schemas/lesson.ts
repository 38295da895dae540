import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** Frontmatter of a lesson (`modules/NN-<folder>/NN-<slug>.mdx`). */
export const LessonSchema = z
  .object({
    /** Stable lesson id, unique across the site; the URL is /modul/<module>/<id>/. */
    id: IdSchema.describe(
      'Kode tetap pelajaran, tidak boleh sama dengan pelajaran lain di seluruh situs, misalnya "apa-itu-polmas". Alamatnya /modul/<modul>/<id>/. Jangan diubah setelah terbit.',
    ),
    /** Lesson title. */
    title: TextSchema.describe('Judul pelajaran, misalnya "Apa itu Polmas?".'),
    /** One sentence saying what the lesson teaches. */
    description: TextSchema.describe('Satu kalimat tentang apa yang diajarkan pelajaran ini.'),
    /** Estimated reading time in minutes. */
    minutes: z
      .number({ error: 'harus berupa angka menit, misalnya 7' })
      .int()
      .min(1)
      .max(60)
      .describe('Perkiraan waktu baca dalam menit, angka bulat 1 sampai 60, misalnya 7.'),
  })
  .strict();
export type Lesson = z.infer<typeof LessonSchema>;
