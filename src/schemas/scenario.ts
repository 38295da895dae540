import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

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
          flag: IdSchema,
        })
        .strict(),
      z
        .object({
          /** Satisfied when this declared flag is not set. */
          notFlag: IdSchema,
        })
        .strict(),
      z
        .object({
          /** Declared score dimension to compare. */
          score: IdSchema,
          /** Satisfied when the score is at least this. */
          min: z.number().int().optional(),
          /** Satisfied when the score is at most this. */
          max: z.number().int().optional(),
        })
        .strict()
        .refine((g) => g.min !== undefined || g.max !== undefined, {
          error: 'syarat skor perlu min atau max',
        }),
      z
        .object({
          /** Satisfied when every listed guard is. */
          all: z.array(ScenarioGuardSchema).min(1),
        })
        .strict(),
      z
        .object({
          /** Satisfied when at least one listed guard is. */
          any: z.array(ScenarioGuardSchema).min(1),
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
    id: IdSchema,
    /** Label shown to the learner, e.g. "Kemitraan". */
    label: TextSchema,
  })
  .strict();
export type ScenarioScore = z.infer<typeof ScenarioScoreSchema>;

/** A choice offered at a node. */
export const ScenarioChoiceSchema = z
  .object({
    /** Id, unique within its node (stored in progress). */
    id: IdSchema,
    /** What the learner reads on the button. */
    label: TextSchema,
    /** Id of the node this choice leads to. */
    to: IdSchema,
    /** Score changes per declared dimension (whole numbers, may be negative). */
    effects: z.record(IdSchema, z.number().int()).default({}),
    /** Declared flags this choice sets. */
    set: z.array(IdSchema).default([]),
    /** Id of a function card (content/functions) this choice consults; the target node reveals what it knows. */
    consult: IdSchema.optional(),
    /** Consequence shown after picking, and again in the replay. */
    feedback: TextSchema.optional(),
    /** Offered only when this condition holds. */
    when: ScenarioGuardSchema.optional(),
  })
  .strict();
export type ScenarioChoice = z.infer<typeof ScenarioChoiceSchema>;

/** Ratings an ending may carry, best first. */
export const ScenarioRatingSchema = z.enum(['ideal', 'cukup', 'kurang']);
export type ScenarioRating = z.infer<typeof ScenarioRatingSchema>;

/** What makes a node an ending. */
export const ScenarioEndingSchema = z
  .object({
    /** How good the outcome is. */
    rating: ScenarioRatingSchema,
    /** Title of the outcome. */
    title: TextSchema,
    /** Markdown that links the outcome to Perpol 1/2021 principles. */
    debrief: TextSchema,
    /** Citation of the principles the debrief relies on, e.g. "Perpol 1/2021 Pasal 3 huruf a (kemitraan)". */
    source: TextSchema.optional(),
  })
  .strict();
export type ScenarioEnding = z.infer<typeof ScenarioEndingSchema>;

/** A node of the scenario graph: a narrative with choices, or an ending. */
export const ScenarioNodeSchema = z
  .object({
    /** Id, unique within the scenario (stored in progress). */
    id: IdSchema,
    /** Who speaks, e.g. "Kepala Desa". */
    speaker: TextSchema.optional(),
    /** Markdown narrative. */
    text: TextSchema,
    /** Choices; every non-ending node needs at least one. */
    choices: z.array(ScenarioChoiceSchema).default([]),
    /** Present on ending nodes only. */
    ending: ScenarioEndingSchema.optional(),
    /** Every choice leading here is hidden unless this condition holds. */
    when: ScenarioGuardSchema.optional(),
  })
  .strict();
export type ScenarioNode = z.infer<typeof ScenarioNodeSchema>;

/** A branching scenario (`content/scenarios/<id>.yaml`). */
export const ScenarioSchema = z
  .object({
    /** Stable scenario id, referenced by a module's `scenarios` field and `<Scenario id>`. */
    id: IdSchema,
    /** Scenario title. */
    title: TextSchema,
    /** One or two sentences shown before playing. */
    summary: TextSchema,
    /** Declared score dimensions. */
    scores: z.array(ScenarioScoreSchema).default([]),
    /** Declared flags. */
    flags: z.array(IdSchema).default([]),
    /** Id of the first node. */
    start: IdSchema,
    /** The nodes of the graph. */
    nodes: z.array(ScenarioNodeSchema).min(1),
  })
  .strict();
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
