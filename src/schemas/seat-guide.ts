import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema, SeatSchema, TextSchema } from './common.ts';

/**
 * What one function's "Jalur Anda" on the home page says (`content/seats.yaml`, one item per function): what Polmas
 * means in that function's own task, and the functions it most needs to work with. Its label is in src/i18n/seats.ts.
 */
export const SeatGuideSchema = z
  .object({
    /** The function (seat) this item is for. */
    id: SeatSchema.describe(
      'Fungsi yang dijelaskan butir ini: binmas, intelkam, reskrim, resnarkoba, samapta, lantas, polairud, humas, propam, pimpinan atau mitra. Setiap fungsi tepat satu butir.',
    ),
    /** One paragraph: what Polmas means in this function's own task; sourced facts only. */
    polmas: TextSchema.describe(
      'Satu paragraf: apa arti Polmas dalam tugas fungsi ini. Hanya fakta yang ada sumbernya; yang LIKELY ditandai sebagai dugaan.',
    ),
    /** Function cards (content/functions/) this function most needs to work with, most important first. */
    partners: z
      .array(IdSchema)
      .min(1, { error: 'sebutkan minimal satu kartu fungsi' })
      .describe(
        'Id kartu fungsi di content/functions/ yang paling perlu diajak bekerja sama oleh fungsi ini, yang terpenting dahulu, misalnya [binmas, intelkam].',
      ),
    /** Ids of the sources in `content/legal/sources.yaml` the paragraph rests on. */
    sources: z
      .array(z.string().regex(/^S\d+$/, { error: 'id sumber harus berbentuk S1, S2, ...' }))
      .min(1, { error: 'sebutkan minimal satu sumber, misalnya [S3]' })
      .describe('Id sumber di content/legal/sources.yaml yang mendasari paragrafnya, minimal satu, misalnya [S3, S7].'),
    /** How sure the brief is of the paragraph as a whole. */
    confidence: ConfidenceSchema.describe(
      'Seberapa pasti isi paragraf: VERIFIED (dibaca di sumber yang dikutip) atau LIKELY (hanya dari sumber sekunder yang sejalan). Butir UNVERIFIED tidak boleh dimuat.',
    ),
  })
  .strict();
export type SeatGuide = z.infer<typeof SeatGuideSchema>;
