import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** Ids of entries in `content/legal/references.yaml` a part of a tool rests on. */
const RefsSchema = z
  .array(IdSchema)
  .default([])
  .describe(
    'Id rujukan di content/legal/references.yaml yang menjadi dasar bagian ini, misalnya [uu-12-2022-pasal-23]. Boleh dikosongkan bila bagian ini bukan pernyataan hukum.',
  );

/** Lessons that teach a tool; the tool is linked at the end of each of them. */
const LessonsSchema = z
  .array(IdSchema)
  .min(1, { error: 'sebutkan minimal satu pelajaran yang mengajarkan perangkat ini' })
  .describe(
    'Id pelajaran yang mengajarkan perangkat ini, minimal satu, misalnya [menulis-laporan-informasi]. Perangkat ditautkan di akhir setiap pelajaran itu.',
  );

/** Practice that differs between Polda, stated on the tool. */
const VariesSchema = TextSchema.optional().describe(
  'Praktik yang berbeda antar-Polda atau antar-Polres, misalnya "Nama unit PPA berbeda: Satres PPA-PPO di sebagian Polres, Unit PPA Sat Reskrim di tempat lain." Tampil dengan tanda "berbeda antar-Polda". Boleh dihapus.',
);

/** One column of a table field. */
export const KitColumnSchema = z
  .object({
    /** Stable id of the column (the key of the value in a draft). */
    id: IdSchema.describe(
      'Kode tetap kolom, misalnya penanggung-jawab. Jangan diubah setelah terbit (draf memakainya).',
    ),
    /** Column heading. */
    label: TextSchema.max(40).describe('Judul kolom, paling banyak 40 huruf, misalnya "Penanggung jawab".'),
  })
  .strict();

/** A fixed text block printed on the document as written. */
const TextBlockSchema = z
  .object({
    type: z.literal('text').describe('text: teks tetap yang tercetak apa adanya, tidak diisi pengguna.'),
    /** The fixed text. */
    text: TextSchema.describe('Isi teks tetap, misalnya kalimat pembuka undangan.'),
  })
  .strict();

/** A section heading of the document. */
const HeadingBlockSchema = z
  .object({
    type: z.literal('heading').describe('heading: judul bagian dokumen, misalnya "I. PENDAHULUAN".'),
    /** Heading text. */
    text: TextSchema.max(80).describe('Judul bagian, paling banyak 80 huruf, misalnya "II. FAKTA-FAKTA".'),
  })
  .strict();

const FieldBase = {
  /** Stable id of the field (the key of the value in a draft). */
  id: IdSchema.describe('Kode tetap isian, misalnya sumber-informasi. Jangan diubah setelah terbit (draf memakainya).'),
  /** Label shown next to the input and printed on the document. */
  label: TextSchema.max(80).describe('Label isian yang tampil dan tercetak, paling banyak 80 huruf.'),
  /** Help shown under the input, never printed. */
  hint: TextSchema.optional().describe(
    'Petunjuk di bawah isian, tidak ikut tercetak, misalnya "Tulis hanya yang Anda lihat sendiri." Boleh dihapus.',
  ),
};

const INPUT_KINDS = {
  'field-text': 'field-text: isian satu baris, misalnya nama atau tempat.',
  'field-textarea': 'field-textarea: isian beberapa baris, misalnya uraian fakta.',
  'field-date': 'field-date: tanggal, dipilih dari kalender.',
} as const;

/** A field the user fills in: one line, several lines or a date. */
const inputBlock = <K extends keyof typeof INPUT_KINDS>(kind: K) =>
  z.object({ type: z.literal(kind).describe(INPUT_KINDS[kind]), ...FieldBase }).strict();

/** A table the user fills in row by row. */
const TableBlockSchema = z
  .object({
    type: z.literal('field-table').describe('field-table: tabel yang diisi baris demi baris.'),
    ...FieldBase,
    /** Columns of the table, left to right. */
    columns: z
      .array(KitColumnSchema)
      .min(2, { error: 'tabel perlu minimal dua kolom' })
      .max(5, { error: 'paling banyak lima kolom agar terbaca di layar ponsel dan kertas' })
      .describe('Kolom tabel dari kiri ke kanan, dua sampai lima kolom.'),
  })
  .strict();

/** One block of a template, in document order. */
export const KitBlockSchema = z
  .discriminatedUnion('type', [
    HeadingBlockSchema,
    TextBlockSchema,
    inputBlock('field-text'),
    inputBlock('field-textarea'),
    inputBlock('field-date'),
    TableBlockSchema,
  ])
  .describe('Satu bagian templat, sesuai urutan di dokumen: heading, text, atau isian (field-...).');
export type KitBlock = z.infer<typeof KitBlockSchema>;

/** A legal limit stated on a template or card, with its references. */
export const KitLimitSchema = z
  .object({
    /** The limit, in one or two sentences. */
    text: TextSchema.describe(
      'Batas yang harus dipatuhi, satu atau dua kalimat, misalnya "Kekerasan seksual tidak boleh didamaikan di luar pengadilan."',
    ),
    refs: RefsSchema,
  })
  .strict();

/** A template to fill in (`content/kit/templates/<id>.yaml`), shown on /perangkat/<id>/. */
export const KitTemplateSchema = z
  .object({
    /** Stable id; the URL is /perangkat/<id>/ and drafts are kept under it. */
    id: IdSchema.describe(
      'Kode tetap templat, misalnya laporan-informasi. Alamatnya /perangkat/<id>/; draf pengguna disimpan dengan kode ini.',
    ),
    /** Name in the library. */
    title: TextSchema.max(80).describe('Nama templat di daftar perangkat, misalnya "Laporan informasi".'),
    /** What it is for, one or two sentences. */
    summary: TextSchema.describe('Kegunaan templat dalam satu atau dua kalimat.'),
    /** The title printed on the document. */
    document: TextSchema.max(80).describe('Judul yang tercetak di dokumen, misalnya "LAPORAN INFORMASI".'),
    /** Whether this is a neutral example or follows a checked layout. */
    status: TextSchema.describe(
      'Status bentuk templat, misalnya "Contoh netral, bukan format resmi. Ikuti bentuk baku di satuan Anda." Wajib diisi agar pengguna tahu.',
    ),
    lessons: LessonsSchema,
    /** The document's parts in order. */
    blocks: z
      .array(KitBlockSchema)
      .min(1)
      .describe('Bagian-bagian dokumen sesuai urutan: judul bagian, teks tetap, dan isian.'),
    /** Legal limits printed on the document. */
    limits: z
      .array(KitLimitSchema)
      .default([])
      .describe('Batas hukum yang tercetak di dokumen, masing-masing dengan rujukannya. Boleh dikosongkan.'),
    refs: RefsSchema,
    varies: VariesSchema,
  })
  .strict();
export type KitTemplate = z.infer<typeof KitTemplateSchema>;

/** One step of a pocket card. */
export const KitStepSchema = z
  .object({
    /** The step, short and imperative. */
    text: TextSchema.max(140, {
      error: 'paling banyak 140 huruf agar kartu muat satu layar ponsel dan kertas A6',
    }).describe(
      'Langkah dalam kalimat perintah yang singkat, paling banyak 140 huruf, misalnya "Tolong korban luka lebih dulu."',
    ),
    refs: RefsSchema,
  })
  .strict();

/** A pocket card (`content/kit/cards/<id>.yaml`): one phone screen, one A6 page. */
export const KitCardSchema = z
  .object({
    /** Stable id; the URL is /perangkat/<id>/. */
    id: IdSchema.describe('Kode tetap kartu, misalnya kartu-rujukan-ppa. Alamatnya /perangkat/<id>/.'),
    /** Card title. */
    title: TextSchema.max(60).describe(
      'Judul kartu, paling banyak 60 huruf, misalnya "Rujukan KDRT, kekerasan seksual, anak".',
    ),
    /** When to use the card, one sentence. */
    summary: TextSchema.max(160).describe('Kapan kartu dipakai, satu kalimat, paling banyak 160 huruf.'),
    lessons: LessonsSchema,
    /** What to do, in the order to do it. */
    steps: z
      .array(KitStepSchema)
      .min(2)
      .max(8, { error: 'paling banyak delapan langkah agar kartu muat satu layar ponsel dan kertas A6' })
      .describe('Langkah sesuai urutan dikerjakan, dua sampai delapan langkah.'),
    /** What not to do. */
    never: z
      .array(TextSchema.max(120))
      .max(3)
      .default([])
      .describe('Larangan singkat, paling banyak tiga, masing-masing paling banyak 120 huruf. Boleh dikosongkan.'),
    refs: RefsSchema,
    varies: VariesSchema,
  })
  .strict();
export type KitCard = z.infer<typeof KitCardSchema>;

/** Whether a block is a field the user fills in. */
export type KitField = Extract<KitBlock, { id: string }>;
