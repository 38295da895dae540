import { z } from 'astro/zod';
import { IdSchema, SeatSchema, TextSchema } from './common.ts';

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
    /** The function whose members the lesson is written for; it then appears in that function's "Jalur Anda". */
    seat: SeatSchema.optional().describe(
      'Fungsi yang menjadi sudut pandang pelajaran ini, misalnya lantas; pelajaran lalu tampil di "Jalur Anda" anggota fungsi itu. Hapus baris ini bila pelajaran untuk semua.',
    ),
  })
  .strict();
export type Lesson = z.infer<typeof LessonSchema>;
