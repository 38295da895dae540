import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** A branching scenario (`content/scenarios/<id>.yaml`). Minimal here; the scenario issue completes it. */
export const ScenarioSchema = z
  .object({
    /** Stable scenario id, referenced by a module's `scenarios` field. */
    id: IdSchema,
    /** Scenario title. */
    title: TextSchema,
    /** Id of the first node. */
    start: IdSchema,
    /** The nodes of the graph. */
    nodes: z.array(z.object({ id: IdSchema }).loose()).min(1),
  })
  .strict();
export type Scenario = z.infer<typeof ScenarioSchema>;
