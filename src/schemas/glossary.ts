import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema, TextSchema } from './common.ts';

/** A glossary term (`content/glossary/<id>.yaml`), linked from lessons with `<Term id>`. */
export const GlossaryTermSchema = z
  .object({
    /** Stable id; the anchor is /istilah/#<id>. */
    id: IdSchema,
    /** The term as shown. */
    term: TextSchema,
    /** Other names, abbreviations and spellings that should find it. */
    aliases: z.array(TextSchema).default([]),
    /** Plain-language definition. */
    definition: TextSchema,
    /** Citation with source ids, e.g. "Perpol 1/2021 Pasal 1 angka 4 [S1]". */
    source: TextSchema,
    /** How sure the brief is of the definition. */
    confidence: ConfidenceSchema,
    /** Ids of related terms. */
    related: z.array(IdSchema).default([]),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
