import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema, TextSchema } from './common.ts';

/** Disturbance layers: potensi gangguan -> ambang gangguan -> gangguan nyata. */
export const DisturbanceLayerSchema = z.enum(['potensi-gangguan', 'ambang-gangguan', 'gangguan-nyata', 'lintas-lapis']);

/** One route by which a member of the function asks Binmas or the Bhabinkamtibmas for help. */
export const BinmasRouteSchema = z
  .object({
    /** The route, concretely: to whom, through which form or channel, and when. */
    text: TextSchema.describe(
      'Jalur yang konkret: kepada siapa, melalui bentuk atau saluran apa, dan kapan, misalnya "Sampaikan permintaan kepada Kanit Binmas Polsek yang mengoordinasikan Bhabinkamtibmas desa itu".',
    ),
    /** VERIFIED when a source names the route; LIKELY when it is practice or inference (shown with a label). */
    confidence: ConfidenceSchema.describe(
      'VERIFIED bila jalur atau bentuk itu terbaca di sumber; LIKELY bila hanya kebiasaan atau kesimpulan. Jalur LIKELY tampil dengan label sumber sekunder.',
    ),
  })
  .strict();

/** A technical-function card (`content/functions/<id>.yaml`), listed on /fungsi/. */
export const FunctionCardSchema = z
  .object({
    /** Stable id, e.g. "intelkam". */
    id: IdSchema.describe(
      'Kode tetap kartu fungsi, misalnya intelkam. Dipakai di <FunctionCard id="..."> dan kolom consult skenario.',
    ),
    /** Short name, e.g. "Intelkam". */
    name: TextSchema.describe('Nama singkat fungsi, misalnya "Intelkam".'),
    /** Full name, e.g. "Intelijen Keamanan". */
    fullName: TextSchema.describe('Nama lengkap fungsi, misalnya "Intelijen Keamanan".'),
    /** Unit name at Polres/Polsek level. */
    unit: TextSchema.describe('Nama satuan fungsi ini di Polres/Polsek, misalnya "Sat Intelkam (Polres)".'),
    /** Display order (lower first). */
    order: z
      .number()
      .int()
      .min(0)
      .describe('Urutan tampil di /fungsi/, angka bulat 0 atau lebih; angka kecil tampil lebih dulu.'),
    /** Core responsibility. */
    core: TextSchema.describe('Tugas pokok fungsi dalam satu atau dua kalimat.'),
    /** Layer of disturbance where the function mainly acts. */
    layer: DisturbanceLayerSchema.describe(
      'Lapis gangguan tempat fungsi ini terutama bekerja: potensi-gangguan, ambang-gangguan, gangguan-nyata, atau lintas-lapis bila di semua lapis.',
    ),
    /** What the function needs from the Bhabinkamtibmas and Petugas Polmas. */
    needsFromPolmas: z
      .array(TextSchema)
      .min(1)
      .describe(
        'Apa yang dibutuhkan fungsi ini dari Bhabinkamtibmas dan Petugas Polmas, minimal satu butir, misalnya "Informasi awal tentang potensi konflik di desa".',
      ),
    /** What the function gives back to Polmas and the community. */
    givesBack: z
      .array(TextSchema)
      .min(1)
      .describe('Apa yang diberikan fungsi ini kembali kepada Polmas dan masyarakat, minimal satu butir.'),
    /** How a member of this function asks Binmas or the Bhabinkamtibmas for help: concrete routes. */
    askBinmas: z
      .array(BinmasRouteSchema)
      .min(1)
      .describe(
        'Cara meminta bantuan Binmas / Bhabinkamtibmas bagi anggota fungsi ini: jalur dan bentuk yang konkret, minimal satu, masing-masing dengan tingkat kepastiannya.',
      ),
    /** What Binmas and the Bhabinkamtibmas need from a member of this function. */
    binmasNeeds: z
      .array(TextSchema)
      .min(1)
      .describe(
        'Yang dibutuhkan Binmas dan Bhabinkamtibmas dari anggota fungsi ini, ditulis kepada pembaca ("Anda"), minimal satu butir, misalnya "Kabari Bhabinkamtibmas bila Anda bertugas di desanya".',
      ),
    /** Everyday words a learner may search for. */
    keywords: z
      .array(TextSchema)
      .default([])
      .describe(
        'Kata sehari-hari yang mungkin dicari peserta untuk menemukan kartu ini, misalnya ["deteksi dini", "laporan informasi"]. Boleh dikosongkan.',
      ),
    /** Legal or documentary basis with source ids. */
    basis: TextSchema.describe(
      'Dasar hukum atau dokumen beserta id sumbernya, misalnya "Nama satuan menurut Perpol 2/2021 [S16]".',
    ),
    /** How sure the brief is of the card as a whole. */
    confidence: ConfidenceSchema.describe(
      'Seberapa pasti isi kartu: VERIFIED (dibaca di sumber yang dikutip) atau LIKELY (hanya dari sumber sekunder yang sejalan). Butir UNVERIFIED tidak boleh dimuat.',
    ),
  })
  .strict();
export type FunctionCard = z.infer<typeof FunctionCardSchema>;
