import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema, TextSchema } from './common.ts';

/** A glossary term (`content/glossary/<id>.yaml`), linked from lessons with `<Term id>`. */
export const GlossaryTermSchema = z
  .object({
    /** Stable id; the anchor is /istilah/#<id>. */
    id: IdSchema.describe(
      'Kode tetap istilah, misalnya polmas. Dipakai di <Term id="...">; jangkarnya /istilah/#<id>.',
    ),
    /** The term as shown. */
    term: TextSchema.describe('Istilah seperti ditampilkan, misalnya "Polmas (Pemolisian Masyarakat)".'),
    /** Other names, abbreviations and spellings that should find it. */
    aliases: z
      .array(TextSchema)
      .default([])
      .describe(
        'Nama lain, singkatan atau ejaan lain yang juga menemukan istilah ini, misalnya ["Pemolisian Masyarakat", "Community Policing"]. Boleh dikosongkan.',
      ),
    /** Plain-language definition. */
    definition: TextSchema.describe('Pengertian dengan bahasa sederhana.'),
    /** Citation with source ids, e.g. "Perpol 1/2021 Pasal 1 angka 4 [S1]". */
    source: TextSchema.describe(
      'Rujukan pengertian dengan id sumbernya, misalnya "Perpol 1/2021 Pasal 1 angka 4 [S1]".',
    ),
    /** How sure the brief is of the definition. */
    confidence: ConfidenceSchema.describe(
      'Seberapa pasti pengertiannya: VERIFIED (dibaca di sumber yang dikutip) atau LIKELY (hanya dari sumber sekunder yang sejalan). Butir UNVERIFIED tidak boleh dimuat.',
    ),
    /** Ids of related terms. */
    related: z
      .array(IdSchema)
      .default([])
      .describe('Id istilah lain yang berkaitan, misalnya [fkpm, bhabinkamtibmas]. Boleh dikosongkan.'),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
