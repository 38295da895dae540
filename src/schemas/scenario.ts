import { z } from 'astro/zod';
import { IdSchema, SeatSchema, TextSchema } from './common.ts';

/** A condition on scores and flags (`when:` on a choice or a node). */
export type ScenarioGuard =
  | { readonly flag: string }
  | { readonly notFlag: string }
  | { readonly score: string; readonly min?: number | undefined; readonly max?: number | undefined }
  | { readonly all: readonly ScenarioGuard[] }
  | { readonly any: readonly ScenarioGuard[] };

/** The six guard forms; a guard is exactly one of them. */
export const ScenarioGuardSchema: z.ZodType<ScenarioGuard> = z.lazy(() =>
  z.union(
    [
      z
        .object({
          /** Satisfied when this declared flag is set. */
          flag: IdSchema.describe(
            'Syarat terpenuhi bila penanda ini sudah dipasang, misalnya { flag: sudah-berkoordinasi }.',
          ),
        })
        .strict(),
      z
        .object({
          /** Satisfied when this declared flag is not set. */
          notFlag: IdSchema.describe(
            'Syarat terpenuhi bila penanda ini belum dipasang, misalnya { notFlag: sudah-berkoordinasi }.',
          ),
        })
        .strict(),
      z
        .object({
          /** Declared score dimension to compare. */
          score: IdSchema.describe(
            'Dimensi nilai yang dibandingkan (salah satu id di scores), dengan min dan/atau max, misalnya { score: kemitraan, min: 2 }.',
          ),
          /** Satisfied when the score is at least this. */
          min: z
            .number()
            .int()
            .optional()
            .describe('Syarat terpenuhi bila nilai dimensi itu paling sedikit angka ini.'),
          /** Satisfied when the score is at most this. */
          max: z.number().int().optional().describe('Syarat terpenuhi bila nilai dimensi itu paling banyak angka ini.'),
        })
        .strict()
        .refine((g) => g.min !== undefined || g.max !== undefined, {
          error: 'syarat skor perlu min atau max',
        }),
      z
        .object({
          /** Satisfied when every listed guard is. */
          all: z
            .array(ScenarioGuardSchema)
            .min(1)
            .describe('Daftar syarat yang semuanya harus terpenuhi, misalnya all: [{ flag: a }, { flag: b }].'),
        })
        .strict(),
      z
        .object({
          /** Satisfied when at least one listed guard is. */
          any: z
            .array(ScenarioGuardSchema)
            .min(1)
            .describe('Daftar syarat yang cukup salah satunya terpenuhi, misalnya any: [{ flag: a }, { flag: b }].'),
        })
        .strict(),
    ],
    {
      error:
        'syarat "when" harus salah satu bentuk: { flag: x }, { notFlag: x }, { score: x, min: n }, { score: x, max: n }, { all: [...] }, { any: [...] }',
    },
  ),
);

/** A declared score dimension. */
export const ScenarioScoreSchema = z
  .object({
    /** Stable id used in `effects` and guards, e.g. "kemitraan". */
    id: IdSchema.describe('Kode dimensi nilai yang dipakai di kolom effects dan syarat when, misalnya kemitraan.'),
    /** Label shown to the learner, e.g. "Kemitraan". */
    label: TextSchema.describe('Nama dimensi nilai yang dibaca peserta, misalnya "Kemitraan".'),
  })
  .strict();

/** A choice offered at a node. */
export const ScenarioChoiceSchema = z
  .object({
    /** Id, unique within its node (stored in progress). */
    id: IdSchema.describe(
      'Kode pilihan, tidak boleh kembar di dalam simpulnya, misalnya ajak-bicara. Dicatat di kemajuan peserta: jangan diubah setelah terbit.',
    ),
    /** What the learner reads on the button. */
    label: TextSchema.describe('Teks tombol pilihan yang dibaca peserta, misalnya "Ajak Kepala Desa berbicara".'),
    /** Id of the node this choice leads to. */
    to: IdSchema.describe('Id simpul tujuan pilihan ini.'),
    /** Score changes per declared dimension (whole numbers, may be negative). */
    effects: z
      .record(IdSchema, z.number().int())
      .default({})
      .describe(
        'Perubahan nilai per dimensi (id dari scores), angka bulat, boleh negatif, misalnya { kemitraan: 2, koordinasi: -1 }.',
      ),
    /** Declared flags this choice sets. */
    set: z
      .array(IdSchema)
      .default([])
      .describe('Penanda (dari flags) yang dipasang bila pilihan ini diambil, misalnya [sudah-berkoordinasi].'),
    /** Id of a function card (content/functions) this choice consults; the target node reveals what it knows. */
    consult: IdSchema.optional().describe(
      'Id kartu fungsi (content/functions/) yang dimintai pendapat lewat pilihan ini, misalnya intelkam; simpul tujuan menampilkan apa yang diketahui fungsi itu. Boleh dihapus.',
    ),
    /** Consequence shown after picking, and again in the replay. */
    feedback: TextSchema.optional().describe(
      'Akibat pilihan, tampil setelah peserta memilih dan lagi saat meninjau ulang jalannya cerita. Boleh dihapus.',
    ),
    /** Offered only when this condition holds. */
    when: ScenarioGuardSchema.optional().describe(
      'Syarat agar pilihan ini ditawarkan, misalnya { flag: sudah-berkoordinasi }. Tanpa syarat, pilihan selalu tampil.',
    ),
  })
  .strict();
export type ScenarioChoice = z.infer<typeof ScenarioChoiceSchema>;

/** Ratings an ending may carry, best first. */
export const ScenarioRatingSchema = z.enum(['ideal', 'cukup', 'kurang']);

/** What makes a node an ending. */
export const ScenarioEndingSchema = z
  .object({
    /** How good the outcome is. */
    rating: ScenarioRatingSchema.describe('Mutu hasil akhir: ideal, cukup atau kurang.'),
    /** Title of the outcome. */
    title: TextSchema.describe('Judul hasil akhir, misalnya "Masalah terpecahkan bersama".'),
    /** Markdown that links the outcome to Perpol 1/2021 principles. */
    debrief: TextSchema.describe(
      'Pembahasan hasil akhir (Markdown): prinsip Polmas menurut Perpol 1/2021 mana yang dijalankan atau terlewat, dan apa yang sebaiknya dilakukan.',
    ),
    /** Citation of the principles the debrief relies on, e.g. "Perpol 1/2021 Pasal 3 huruf a (kemitraan)". */
    source: TextSchema.optional().describe(
      'Rujukan pembahasan, misalnya "Perpol 1/2021 Pasal 3 (prinsip kemitraan)". Nomor pasal harus ada di content/legal/references.yaml.',
    ),
  })
  .strict();
export type ScenarioEnding = z.infer<typeof ScenarioEndingSchema>;

/** A node of the scenario graph: a narrative with choices, or an ending. */
export const ScenarioNodeSchema = z
  .object({
    /** Id, unique within the scenario (stored in progress). */
    id: IdSchema.describe(
      'Kode simpul, tidak boleh kembar di dalam skenario, misalnya awal. Dicatat di kemajuan peserta: jangan diubah setelah terbit.',
    ),
    /** Who speaks, e.g. "Kepala Desa". */
    speaker: TextSchema.optional().describe('Siapa yang berbicara, misalnya "Kepala Desa". Boleh dihapus.'),
    /** Markdown narrative. */
    text: TextSchema.describe('Narasi simpul (Markdown): apa yang terjadi atau dikatakan di titik ini.'),
    /** Choices; every non-ending node needs at least one. */
    choices: z
      .array(ScenarioChoiceSchema)
      .default([])
      .describe('Pilihan yang ditawarkan di simpul ini. Setiap simpul yang bukan akhir cerita perlu minimal satu.'),
    /** Present on ending nodes only. */
    ending: ScenarioEndingSchema.optional().describe(
      'Hanya pada simpul akhir cerita (yang tidak punya choices): mutu, judul dan pembahasan hasilnya.',
    ),
    /** Every choice leading here is hidden unless this condition holds. */
    when: ScenarioGuardSchema.optional().describe(
      'Syarat simpul ini: setiap pilihan menuju ke sini disembunyikan kecuali syaratnya terpenuhi, misalnya { score: kemitraan, min: 2 }.',
    ),
  })
  .strict();
export type ScenarioNode = z.infer<typeof ScenarioNodeSchema>;

/** A branching scenario (`content/scenarios/<id>.yaml`). */
export const ScenarioSchema = z
  .object({
    /** Stable scenario id, referenced by a module's `scenarios` field and `<Scenario id>`. */
    id: IdSchema.describe(
      'Kode tetap skenario, sama dengan nama berkasnya, misalnya kemitraan-fkpm-atau-pokdar. Disebut oleh kolom scenarios modul dan oleh <Scenario id="...">.',
    ),
    /** Scenario title. */
    title: TextSchema.describe('Judul skenario, misalnya "Aktifkan FKPM? Kemitraan di Desa Tanjung Makmur".'),
    /** The function whose seat the learner plays; the scenario then appears in that function's "Jalur Anda". */
    seat: SeatSchema.optional().describe(
      'Fungsi yang diperankan peserta dalam skenario ini, misalnya lantas atau binmas; skenario lalu tampil di "Jalur Anda" anggota fungsi itu.',
    ),
    /** One or two sentences shown before playing. */
    summary: TextSchema.describe('Satu atau dua kalimat tentang situasinya, tampil sebelum peserta mulai.'),
    /** Declared score dimensions. */
    scores: z
      .array(ScenarioScoreSchema)
      .default([])
      .describe('Dimensi nilai yang dihitung selama cerita, misalnya kemitraan dan koordinasi. Boleh dikosongkan.'),
    /** Declared flags. */
    flags: z
      .array(IdSchema)
      .default([])
      .describe(
        'Penanda yang dapat dipasang pilihan (kolom set) dan diperiksa syarat (kolom when), misalnya [sudah-berkoordinasi].',
      ),
    /** Id of the first node. */
    start: IdSchema.describe('Id simpul pertama cerita, misalnya awal.'),
    /** The nodes of the graph. */
    nodes: z
      .array(ScenarioNodeSchema)
      .min(1)
      .describe(
        'Simpul-simpul cerita. Simpul biasa punya choices; simpul akhir cerita punya ending dan tidak punya choices.',
      ),
  })
  .strict();
export type Scenario = z.infer<typeof ScenarioSchema>;
