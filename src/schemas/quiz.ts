import { z } from 'astro/zod';
import { FindingSchema, IdSchema, TextSchema } from './common.ts';

// Structure only. Rules that need the whole question (exactly one correct option, two or more ordering items,
// unique ids, draw <= bank) live in src/lib/quiz/validate.ts so their messages can name the question id.

/** One answer option of a single-choice or multiple-response question. */
export const QuizOptionSchema = z
  .object({
    /** Option id, unique within the question. */
    id: IdSchema.describe('Kode pilihan, tidak boleh kembar di dalam satu soal, misalnya a, b, c.'),
    /** Option text (inline Markdown). */
    text: TextSchema.describe('Teks pilihan jawaban; boleh memakai **tebal** dan *miring*.'),
    /** Whether this option is (one of) the right answer(s). */
    correct: z
      .boolean()
      .default(false)
      .describe('Tulis correct: true pada pilihan yang benar. Pilihan tanpa baris ini dianggap salah.'),
    /** Shown when the learner picked this option (inline Markdown). */
    feedback: TextSchema.optional().describe(
      'Umpan balik yang tampil bila peserta memilih pilihan ini, misalnya mengapa pilihan itu keliru. Boleh dihapus.',
    ),
  })
  .strict();

/** One item of an ordering question; items are listed in the correct order. */
export const OrderingItemSchema = z
  .object({
    /** Item id, unique within the question. */
    id: IdSchema.describe('Kode butir, tidak boleh kembar di dalam satu soal, misalnya deteksi, analisis.'),
    /** Item text (inline Markdown). */
    text: TextSchema.describe('Teks butir yang diurutkan peserta, misalnya "Scanning: mengenali masalah".'),
  })
  .strict();

/** One pair of a matching question: `left` matches its own `right`. */
export const MatchingPairSchema = z
  .object({
    /** Pair id, unique within the question. */
    id: IdSchema.describe('Kode pasangan, tidak boleh kembar di dalam satu soal, misalnya intelkam.'),
    /** Left-hand text, shown as the label of a choice list. */
    left: TextSchema.describe('Teks kiri, yang dicarikan pasangannya oleh peserta, misalnya "Intelkam".'),
    /** Right-hand text, offered in every choice list. */
    right: TextSchema.describe(
      'Teks kanan yang cocok dengan teks kiri, misalnya "Deteksi dini"; ditawarkan di setiap daftar pilihan.',
    ),
  })
  .strict();

const common = {
  /** Question id, unique within the quiz; answers are recorded against it. */
  id: IdSchema.describe(
    'Kode soal, tidak boleh kembar di dalam kuis, misalnya pengemban-polmas. Jawaban peserta dicatat menurut kode ini: jangan diubah setelah terbit.',
  ),
  /** The question (inline Markdown). */
  prompt: TextSchema.describe('Pertanyaan atau pernyataan yang dibaca peserta; boleh memakai **tebal** dan *miring*.'),
  /** Why the answer is right, shown after answering (inline Markdown). */
  explanation: TextSchema.describe('Penjelasan mengapa jawabannya benar, tampil setelah peserta menjawab.'),
  /** Citation of the lesson or document the answer rests on, e.g. "Perpol 1/2021 Pasal 3 (pelajaran: ...)". */
  source: TextSchema.describe(
    'Rujukan jawaban: judul pelajaran atau peraturan, misalnya "Perpol 1/2021 Pasal 1 angka 4 (pelajaran: Apa itu Polmas?)". Nomor pasal harus ada di content/legal/references.yaml.',
  ),
  /** The module whose content the question tests; required in final-exam banks, which draw per module. */
  module: IdSchema.optional().describe(
    'Id modul yang diuji soal ini (id di frontmatter index.mdx, tanpa awalan nomor folder), misalnya koordinasi-lintas-fungsi. Wajib di bank ujian akhir, yang mengambil soal per modul.',
  ),
  /** Which findings of the 2022 study (1-7) the question serves; used to report mastery per finding. */
  findings: z
    .array(FindingSchema)
    .optional()
    .describe('Nomor temuan kajian Puslitbang Polri 2022 (1 sampai 7) yang diuji soal ini, misalnya [2, 3].'),
  /** What the question tests: recall of a fact, understanding, or application to a situation. */
  level: z
    .enum(['ingatan', 'pemahaman', 'penerapan'])
    .optional()
    .describe(
      'Tingkat soal: ingatan (mengingat fakta), pemahaman (menjelaskan maksud) atau penerapan (memilih tindakan dalam situasi).',
    ),
};

/** Single choice: exactly one correct option. */
export const SingleQuestionSchema = z
  .object({
    /** Question type. */
    type: z.literal('single').describe('Jenis soal: single, pilihan ganda dengan tepat satu jawaban benar.'),
    ...common,
    /** Two or more options; exactly one has `correct: true`. */
    options: z
      .array(QuizOptionSchema)
      .min(2)
      .describe('Pilihan jawaban, minimal dua; tepat satu di antaranya bertanda correct: true.'),
  })
  .strict();

/** Multiple response ("pilih semua yang benar"): one or more correct options. */
export const MultipleQuestionSchema = z
  .object({
    /** Question type. */
    type: z
      .literal('multiple')
      .describe('Jenis soal: multiple, "pilih semua yang benar", dengan satu atau lebih jawaban benar.'),
    ...common,
    /** Two or more options; at least one has `correct: true`. */
    options: z
      .array(QuizOptionSchema)
      .min(2)
      .describe('Pilihan jawaban, minimal dua; satu atau lebih di antaranya bertanda correct: true.'),
  })
  .strict();

/** True/false statement. */
export const TrueFalseQuestionSchema = z
  .object({
    /** Question type. */
    type: z.literal('truefalse').describe('Jenis soal: truefalse, sebuah pernyataan yang dinilai benar atau salah.'),
    ...common,
    /** Whether the statement in the prompt is true. */
    answer: z.boolean().describe('true bila pernyataan di prompt benar, false bila salah.'),
  })
  .strict();

/** Ordering: put the items in order; listed here in the correct order, shown shuffled. */
export const OrderingQuestionSchema = z
  .object({
    /** Question type. */
    type: z
      .literal('ordering')
      .describe('Jenis soal: ordering, peserta menyusun butir-butir menurut urutan yang benar.'),
    ...common,
    /** Items in the correct order (two or more). */
    items: z
      .array(OrderingItemSchema)
      .min(1)
      .describe('Butir yang diurutkan, minimal dua, ditulis dalam urutan yang benar. Peserta melihatnya teracak.'),
  })
  .strict();

/** Matching: pick, for every left-hand text, its right-hand text. */
export const MatchingQuestionSchema = z
  .object({
    /** Question type. */
    type: z
      .literal('matching')
      .describe('Jenis soal: matching, peserta memasangkan setiap teks kiri dengan teks kanan yang cocok.'),
    ...common,
    /** Two or more pairs; each left matches its own right. */
    pairs: z
      .array(MatchingPairSchema)
      .min(1)
      .describe('Pasangan yang benar, minimal dua; setiap teks kiri cocok dengan teks kanannya sendiri.'),
    /** Extra right-hand texts that match nothing. */
    distractors: z
      .array(TextSchema)
      .default([])
      .describe('Teks kanan tambahan yang tidak cocok dengan teks kiri mana pun, sebagai pengecoh. Boleh dikosongkan.'),
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

/** A quiz (`content/quizzes/<id>.yaml`); see docs/architecture.md, "Quiz". */
export const QuizSchema = z
  .object({
    /** Stable quiz id, referenced by a module's `quiz` field and by `<Quiz id="...">`. */
    id: IdSchema.describe(
      'Kode tetap kuis, sama dengan nama berkasnya, misalnya kuis-kemitraan-polri-dan-masyarakat. Disebut oleh kolom quiz modul dan oleh <Quiz id="...">.',
    ),
    /** Quiz title. */
    title: TextSchema.describe('Judul kuis, misalnya "Kuis: Kemitraan Polri dan Masyarakat".'),
    /** Percentage needed to pass (0-100). */
    passMark: z
      .number({ error: 'harus berupa angka persen 0 sampai 100, misalnya 70' })
      .min(0, { error: 'harus antara 0 dan 100 (persen), misalnya 70' })
      .max(100, { error: 'harus antara 0 dan 100 (persen), misalnya 70' })
      .describe('Nilai lulus dalam persen, 0 sampai 100, misalnya 70.'),
    /** Questions drawn per attempt (at most the number of questions); absent = all. */
    draw: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Jumlah soal yang diambil acak dari bank soal pada setiap percobaan, tidak lebih dari jumlah soal. Hapus baris ini agar semua soal dipakai.',
      ),
    /** Whether to shuffle questions and options (seeded, per attempt). */
    shuffle: z
      .object({
        /** Shuffle the order of the questions. */
        questions: z.boolean().default(true).describe('true agar urutan soal diacak pada setiap percobaan.'),
        /** Shuffle the options of single and multiple questions. */
        options: z
          .boolean()
          .default(true)
          .describe('true agar urutan pilihan jawaban soal single dan multiple diacak.'),
      })
      .strict()
      .default({ questions: true, options: true })
      .describe('Pengacakan soal dan pilihan jawaban. Bila tidak ditulis, keduanya diacak.'),
    /** Attempts allowed; absent = unlimited. */
    attempts: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Batas jumlah percobaan, misalnya 3. Hapus baris ini bila percobaan tidak dibatasi.'),
    /** immediate: feedback after each question; deferred: all feedback on the result screen. */
    feedback: z
      .enum(['immediate', 'deferred'])
      .default('immediate')
      .describe(
        'Kapan umpan balik tampil: immediate (setelah setiap soal) atau deferred (semuanya di layar hasil, di akhir).',
      ),
    /** Question bank. */
    questions: z
      .array(QuestionSchema)
      .min(1)
      .describe(
        'Bank soal, minimal satu. Setiap soal diawali "- id:" dan kolom type menentukan jenisnya: single, multiple, truefalse, ordering atau matching.',
      ),
  })
  .strict();
export type Quiz = z.infer<typeof QuizSchema>;
export type QuizInput = z.input<typeof QuizSchema>;
