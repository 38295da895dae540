import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema, TextSchema } from './common.ts';

/** A source id: [S1].. from the Polmas brief, [F1].. from the field-law brief. */
const SourceIdSchema = z
  .string()
  .regex(/^[SF]\d+$/, { error: 'id sumber harus berbentuk S1, S2, ... atau F1, F2, ...' });

/** One entry of the source register (`content/legal/sources.yaml`), cited as [S1], [S2], ... */
export const SourceSchema = z
  .object({
    /** Source id as used in the domain briefs: "S1" (Polmas brief) or "F1" (field-law brief). */
    id: SourceIdSchema.describe(
      'Kode sumber seperti di daftar sumber brief: S diikuti angka (brief Polmas, misalnya S1) atau F diikuti angka (brief hukum lapangan, misalnya F5).',
    ),
    /** Human-readable title of the source. */
    title: TextSchema.describe('Judul sumber yang mudah dikenali, misalnya "Perpol 1/2021, Pasal 1 (pasal.id)".'),
    /** Where the source can be read, when known. */
    url: z
      .url({ error: 'harus berupa alamat web lengkap (https://...)' })
      .optional()
      .describe('Alamat web lengkap tempat sumber dapat dibaca, misalnya https://pasal.id/...; hapus bila tidak ada.'),
    /** primer: the text of the regulation or study itself; sekunder: news, blogs, slides. */
    kind: z
      .enum(['primer', 'sekunder'])
      .describe('primer: naskah peraturan atau kajian itu sendiri; sekunder: berita, blog, salindia.'),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** One citable legal reference (`content/legal/references.yaml`); the only Pasal numbers the course may state. */
export const LegalReferenceSchema = z
  .object({
    /** Stable id, e.g. "perpol-1-2021-pasal-3". */
    id: IdSchema.describe('Kode tetap rujukan, misalnya perpol-1-2021-pasal-3. Dipakai di <DasarHukum ref="...">.'),
    /** Full name of the instrument. */
    instrument: TextSchema.describe(
      'Nama lengkap peraturan, misalnya "Peraturan Kepolisian Negara Republik Indonesia Nomor 1 Tahun 2021 tentang Pemolisian Masyarakat".',
    ),
    /** Short name shown in citations, e.g. "Perpol 1/2021". */
    short: TextSchema.describe('Nama singkat yang tampil di kutipan, misalnya "Perpol 1/2021".'),
    /** Article cited, e.g. "Pasal 1 angka 4"; omitted when citing the instrument or when the number is unknown. */
    article: TextSchema.optional().describe(
      'Pasal yang dikutip, misalnya "Pasal 1 angka 4". Hapus bila mengutip peraturannya saja atau bila nomor pasalnya belum pasti; jangan menulis nomor pasal dari ingatan.',
    ),
    /** Indonesian paraphrase or short quote of what the reference says. */
    summary: TextSchema.describe('Isi rujukan dengan kata-kata sendiri atau kutipan singkat, dalam bahasa Indonesia.'),
    /** VERIFIED when read in the cited source; LIKELY when only secondary sources agree. */
    confidence: ConfidenceSchema.describe(
      'VERIFIED bila dibaca di sumber yang dikutip; LIKELY bila hanya sumber sekunder yang sejalan. Butir UNVERIFIED tidak boleh dimuat.',
    ),
    /**
     * berlaku: in force; diganti: no longer in force because a later rule replaced it (the sources say no more);
     * dicabut: repealed (both cited only as history); tidak-diketahui: the sources do not say whether it is in force.
     */
    status: z
      .enum(['berlaku', 'diganti', 'dicabut', 'tidak-diketahui'], {
        error: 'harus "berlaku", "diganti", "dicabut" atau "tidak-diketahui"',
      })
      .describe(
        'berlaku: masih berlaku; diganti: sudah tidak berlaku karena digantikan aturan berikutnya, bila sumber tidak menyebut pencabutannya (misalnya Perkap 7/2008); dicabut: sudah dicabut (misalnya Perkap 3/2015); tidak-diketahui: sumber tidak menyebut apakah aturan itu masih berlaku (misalnya Skep/1988/XII/2005). Aturan yang diganti atau dicabut dikutip hanya sebagai sejarah; aturan yang statusnya tidak diketahui tampil dengan keterangan itu.',
      ),
    /** Ids of the sources in `content/legal/sources.yaml` this rests on. */
    sources: z
      .array(SourceIdSchema)
      .min(1, { error: 'sebutkan minimal satu sumber, misalnya [S1]' })
      .describe('Id sumber di content/legal/sources.yaml yang mendasari rujukan ini, minimal satu, misalnya [S1, S9].'),
    /** A caveat shown with the citation (e.g. article numbering not verified). */
    note: TextSchema.optional().describe(
      'Catatan yang tampil bersama kutipan, misalnya "Penomoran pasal belum diperiksa pada naskah resmi." Boleh dihapus.',
    ),
  })
  .strict();
export type LegalReference = z.infer<typeof LegalReferenceSchema>;

/** Whether a reference is no longer in force (replaced or repealed), so that the course may cite it only as history. */
export function isHistorical(status: LegalReference['status']): boolean {
  return status === 'diganti' || status === 'dicabut';
}
