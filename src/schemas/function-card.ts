import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema, TextSchema } from './common.ts';

/** Disturbance layers: potensi gangguan -> ambang gangguan -> gangguan nyata. */
export const DisturbanceLayerSchema = z.enum(['potensi-gangguan', 'ambang-gangguan', 'gangguan-nyata', 'lintas-lapis']);
export type DisturbanceLayer = z.infer<typeof DisturbanceLayerSchema>;

/** A technical-function card (`content/functions/<id>.yaml`), listed on /fungsi/. */
export const FunctionCardSchema = z
  .object({
    /** Stable id, e.g. "intelkam". */
    id: IdSchema,
    /** Short name, e.g. "Intelkam". */
    name: TextSchema,
    /** Full name, e.g. "Intelijen Keamanan". */
    fullName: TextSchema,
    /** Unit name at Polres/Polsek level. */
    unit: TextSchema,
    /** Display order (lower first). */
    order: z.number().int().min(0),
    /** Core responsibility. */
    core: TextSchema,
    /** Layer of disturbance where the function mainly acts. */
    layer: DisturbanceLayerSchema,
    /** What the function needs from the Bhabinkamtibmas and Petugas Polmas. */
    needsFromPolmas: z.array(TextSchema).min(1),
    /** What the function gives back to Polmas and the community. */
    givesBack: z.array(TextSchema).min(1),
    /** Everyday words a learner may search for. */
    keywords: z.array(TextSchema).default([]),
    /** Legal or documentary basis with source ids. */
    basis: TextSchema,
    /** How sure the brief is of the card as a whole. */
    confidence: ConfidenceSchema,
  })
  .strict();
export type FunctionCard = z.infer<typeof FunctionCardSchema>;
