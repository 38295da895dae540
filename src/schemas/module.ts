import { z } from 'astro/zod';
import { FindingSchema, IdSchema, TextSchema } from './common.ts';

/** What completes a module besides visiting every lesson. */
export const CompletionRuleSchema = z
  .object({
    /** The module's quiz must be passed. */
    requireQuiz: z
      .boolean()
      .default(true)
      .describe('true bila peserta harus lulus kuis modul agar modul selesai; false bila kuis hanya latihan.'),
    /** Ids of scenarios that must be finished (any ending). */
    requiredScenarios: z
      .array(IdSchema)
      .default([])
      .describe(
        'Id skenario yang harus dimainkan sampai akhir (akhir mana pun) agar modul selesai, misalnya [kemitraan-fkpm-atau-pokdar].',
      ),
  })
  .strict();

/** Frontmatter of a module overview (`modules/NN-<folder>/index.mdx`). */
export const ModuleSchema = z
  .object({
    /** Stable module id; the URL is /modul/<id>/. */
    id: IdSchema.describe(
      'Kode tetap modul, misalnya "kemitraan-polri-dan-masyarakat". Alamat halamannya /modul/<id>/. Jangan diubah setelah terbit: kemajuan peserta disimpan menurut kode ini.',
    ),
    /** Module title. */
    title: TextSchema.describe('Judul modul seperti tampil di katalog, misalnya "Kemitraan Polri dan Masyarakat".'),
    /** One or two sentences shown in the catalogue. */
    summary: TextSchema.describe('Satu atau dua kalimat tentang isi modul, tampil di katalog.'),
    /** Learning objectives, each starting with a verb. */
    objectives: z
      .array(TextSchema)
      .min(1, { error: 'tulis minimal satu tujuan pembelajaran' })
      .describe(
        'Tujuan pembelajaran, satu per baris berawalan "- ", masing-masing diawali kata kerja, misalnya "- Menjelaskan prinsip kemitraan dalam Polmas."',
      ),
    /** Extra minutes for the quiz and scenarios, added to the lessons' minutes. */
    minutes: z
      .number()
      .int()
      .min(0)
      .max(240)
      .default(0)
      .describe(
        'Menit tambahan untuk mengerjakan kuis dan skenario. Menit pelajaran dihitung sendiri dari tiap pelajaran lalu dijumlahkan.',
      ),
    /** Which of the seven findings of the 2022 study the module answers (1-7). */
    findings: z
      .array(FindingSchema)
      .default([])
      .describe(
        'Nomor temuan kajian Litbang Polri 2022 (1 sampai 7) yang dijawab modul ini, misalnya [1, 3]. Boleh dikosongkan: [].',
      ),
    /** Id of the module's quiz (`content/quizzes/<id>.yaml`). */
    quiz: IdSchema.optional().describe(
      'Id kuis modul, yaitu berkas content/quizzes/<id>.yaml, misalnya kuis-kemitraan-polri-dan-masyarakat. Hapus baris ini bila modul tanpa kuis.',
    ),
    /** Ids of the scenarios played in the module (`content/scenarios/<id>.yaml`). */
    scenarios: z
      .array(IdSchema)
      .default([])
      .describe('Id skenario yang dimainkan di modul ini (berkas content/scenarios/<id>.yaml).'),
    /** What completes the module besides visiting every lesson. */
    completion: CompletionRuleSchema.default({ requireQuiz: true, requiredScenarios: [] }).describe(
      'Syarat modul dinyatakan selesai, selain membuka semua pelajaran. Bila tidak ditulis: kuis harus lulus, skenario tidak wajib.',
    ),
  })
  .strict();
export type Module = z.infer<typeof ModuleSchema>;
