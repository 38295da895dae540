import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** Certificate settings of a course. */
export const CertificateSettingsSchema = z
  .object({
    /** Title printed on the certificate. */
    title: TextSchema.describe(
      'Judul yang dicetak pada sertifikat, misalnya "Sertifikat Penyelesaian Sosialisasi Perpol 1/2021".',
    ),
    /** Months the certificate stays valid; omitted when it never expires. */
    validityMonths: z
      .number()
      .int()
      .min(1)
      .max(120)
      .optional()
      .describe(
        'Masa berlaku sertifikat dalam bulan, 1 sampai 120, misalnya 24. Hapus baris ini bila sertifikat berlaku tanpa batas.',
      ),
    /** Role of the official who endorses it, e.g. "Kasat Binmas". */
    signatoryRole: TextSchema.describe('Jabatan pejabat yang mengesahkan sertifikat, misalnya "Kasat Binmas".'),
  })
  .strict();

/** A course (`content/courses/<id>.yaml`): an ordered list of required modules. */
export const CourseSchema = z
  .object({
    /** Stable course id; the URL is /kursus/<id>/. */
    id: IdSchema.describe(
      'Kode tetap kursus, sama dengan nama berkasnya, misalnya sosialisasi-perpol-1-2021. Alamatnya /kursus/<id>/. Jangan diubah setelah terbit.',
    ),
    /** Course title. */
    title: TextSchema.describe('Judul kursus seperti tampil di katalog.'),
    /** One or two sentences shown in the catalogue. */
    summary: TextSchema.describe('Satu atau dua kalimat tentang isi kursus, tampil di katalog.'),
    /** Who the course is for. */
    audience: TextSchema.describe(
      'Untuk siapa kursus ini, misalnya "Setiap anggota Polri dari pangkat terendah sampai tertinggi, serta mitra masyarakat".',
    ),
    /** Position in the catalogue (lower first). */
    order: z
      .number()
      .int()
      .min(0)
      .default(100)
      .describe('Urutan di katalog, angka bulat 0 atau lebih; angka kecil tampil lebih dulu.'),
    /** Ids of the required modules, in the order they should be taken. */
    modules: z
      .array(IdSchema)
      .min(1, { error: 'sebutkan minimal satu modul' })
      .describe(
        'Id modul yang wajib diikuti, minimal satu, dalam urutan yang dianjurkan, misalnya [polmas-tugas-setiap-anggota, binmas-dan-fungsi-teknis].',
      ),
    /** Certificate settings. */
    certificate: CertificateSettingsSchema.describe(
      'Pengaturan sertifikat yang diterima peserta setelah menyelesaikan semua modul kursus.',
    ),
  })
  .strict();
export type Course = z.infer<typeof CourseSchema>;
