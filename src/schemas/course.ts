import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** How many questions one exam attempt draws: per module of the course and/or per finding it claims. */
export const ExamDrawSchema = z
  .object({
    /** Questions drawn from each module of the course. */
    perModule: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Jumlah soal yang diambil dari setiap modul kursus pada satu percobaan, misalnya 2.'),
    /** Questions drawn for each finding the course claims (at least, counting those already drawn per module). */
    perFinding: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Jumlah soal minimal untuk setiap temuan kajian yang dijawab kursus, dihitung bersama soal per modul, misalnya 2.',
      ),
  })
  .strict()
  .refine((d) => d.perModule !== undefined || d.perFinding !== undefined, {
    error: 'tulis perModule, perFinding, atau keduanya',
  });
export type ExamDraw = z.infer<typeof ExamDrawSchema>;

/** The final exam of a course ("Ujian akhir"): required for the certificate. */
export const ExamSettingsSchema = z
  .object({
    /** Id of the quiz that is the exam's question bank. */
    bank: IdSchema.describe(
      'Id bank soal ujian di content/quizzes/, misalnya ujian-sosialisasi-perpol-1-2021. Setiap soal bank wajib bertanda module, findings dan level.',
    ),
    /** How one attempt draws from the bank. */
    draw: ExamDrawSchema.describe(
      'Cara satu percobaan mengambil soal dari bank: per modul dan/atau per temuan. Bank harus berisi minimal tiga kali jumlah yang diambil untuk setiap modul dan temuan.',
    ),
    /** Attempts in one series. */
    attempts: z
      .number()
      .int()
      .min(1)
      .max(10)
      .describe('Jumlah percobaan dalam satu rangkaian, 1 sampai 10, misalnya 3.'),
    /** Hours to wait after a series of failed attempts before the next series; absent = no further series. */
    wait: z
      .number()
      .int()
      .min(1)
      .max(720)
      .optional()
      .describe(
        'Jam tunggu setelah semua percobaan satu rangkaian gagal, sebelum rangkaian berikutnya dibuka, misalnya 24. Hapus baris ini bila tidak ada rangkaian berikutnya.',
      ),
    /** Minutes one attempt may take; absent = no limit. */
    timeLimit: z
      .number()
      .int()
      .min(1)
      .max(240)
      .optional()
      .describe('Batas waktu satu percobaan dalam menit, misalnya 30. Hapus baris ini bila tanpa batas waktu.'),
    /** Percentage needed to pass the exam. */
    passMark: z.number().min(0).max(100).describe('Nilai lulus ujian dalam persen, 0 sampai 100, misalnya 70.'),
  })
  .strict();
export type ExamSettings = z.infer<typeof ExamSettingsSchema>;

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
    /** The final exam, required for the certificate; absent = the certificate needs only the modules. */
    exam: ExamSettingsSchema.optional().describe(
      'Ujian akhir kursus, wajib lulus untuk mendapat sertifikat: bank soal, cara pengambilan soal, jumlah percobaan, jam tunggu, batas waktu dan nilai lulus.',
    ),
    /** Id of the pre-test quiz taken at the start of the course (not graded for the certificate). */
    pretest: IdSchema.optional().describe(
      'Id kuis pra-tes di content/quizzes/, dikerjakan di awal kursus untuk mengukur kemajuan per temuan; tidak dinilai untuk sertifikat. Setiap soal wajib bertanda findings.',
    ),
    /** Certificate settings. */
    certificate: CertificateSettingsSchema.describe(
      'Pengaturan sertifikat yang diterima peserta setelah menyelesaikan semua modul kursus.',
    ),
  })
  .strict();
export type Course = z.infer<typeof CourseSchema>;
