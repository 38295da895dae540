import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** What completes a module besides visiting every lesson. */
export const CompletionRuleSchema = z
  .object({
    /** The module's quiz must be passed. */
    requireQuiz: z.boolean().default(true),
    /** Ids of scenarios that must be finished (any ending). */
    requiredScenarios: z.array(IdSchema).default([]),
  })
  .strict();
export type CompletionRule = z.infer<typeof CompletionRuleSchema>;

/** Frontmatter of a module overview (`modules/NN-<folder>/index.mdx`). */
export const ModuleSchema = z
  .object({
    /** Stable module id; the URL is /modul/<id>/. */
    id: IdSchema,
    /** Module title. */
    title: TextSchema,
    /** One or two sentences shown in the catalogue. */
    summary: TextSchema,
    /** Learning objectives, each starting with a verb. */
    objectives: z.array(TextSchema).min(1, { error: 'tulis minimal satu tujuan pembelajaran' }),
    /** Extra minutes for the quiz and scenarios, added to the lessons' minutes. */
    minutes: z.number().int().min(0).max(240).default(0),
    /** Which of the seven findings of the 2022 study the module answers (1-7). */
    findings: z.array(z.number().int().min(1).max(7)).default([]),
    /** Id of the module's quiz (`content/quizzes/<id>.yaml`). */
    quiz: IdSchema.optional(),
    /** Ids of the scenarios played in the module (`content/scenarios/<id>.yaml`). */
    scenarios: z.array(IdSchema).default([]),
    /** What completes the module besides visiting every lesson. */
    completion: CompletionRuleSchema.default({ requireQuiz: true, requiredScenarios: [] }),
  })
  .strict();
export type Module = z.infer<typeof ModuleSchema>;
export type ModuleInput = z.input<typeof ModuleSchema>;
