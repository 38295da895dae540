// INTERIM: the progress helper (issue 3) owns ProgressSchema (src/schemas/progress.ts) and the progress file codec
// (src/lib/progress/codec.ts). Until that lands on main, this folder holds the smallest stand-in that follows
// CONTRACTS.md section 1, so the certificate and unit tools can be built and tested. Replace the imports of this
// folder with the real modules after merging main, then delete it.
import { z } from 'astro/zod';
import {
  LearnerProfileSchema,
  QuizAttemptSchema,
  ScenarioRunSchema,
  TimestampSchema,
} from '../../../schemas/progress.ts';
import { sha256, type Digest } from '../digest.ts';
import { toHex, utf8 } from '../encoding.ts';

/** Stand-in for the contract's Progress (fields the certificate tools read). */
export const InterimProgressSchema = z
  .object({
    /** Format version. */
    version: z.literal(1),
    /** Who the learner is. */
    profile: LearnerProfileSchema.optional(),
    /** Lessons visited, by lesson id. */
    lessons: z.record(z.string(), z.object({ visitedAt: TimestampSchema }).loose()),
    /** Every finished quiz attempt. */
    quizAttempts: z.array(QuizAttemptSchema),
    /** Scenario runs. */
    scenarioRuns: z.array(ScenarioRunSchema),
    /** Completion timestamps of modules and courses, by id. */
    completions: z
      .object({
        /** Module id -> when it was completed. */
        modules: z.record(z.string(), TimestampSchema),
        /** Course id -> when it was completed. */
        courses: z.record(z.string(), TimestampSchema),
      })
      .strict(),
  })
  .loose();
export type InterimProgress = z.infer<typeof InterimProgressSchema>;

const FORMAT = 'sinergi-progress';

async function digestOf(progress: unknown, digest: Digest): Promise<string> {
  return `sha256:${toHex(await sha256(digest, utf8(JSON.stringify(progress))))}`;
}

/** Contract name: a progress file (versioned JSON with an integrity digest). */
export async function encodeProgressFile(
  progress: InterimProgress,
  options: { now: Date; digest: Digest },
): Promise<string> {
  const body = { format: FORMAT, version: 1, exportedAt: options.now.toISOString(), progress };
  return JSON.stringify({ ...body, digest: await digestOf(progress, options.digest) });
}

/** Contract name: reads a progress file; the error is Indonesian and specific. */
export async function decodeProgressFile(
  text: string,
  options: { digest: Digest },
): Promise<{ ok: true; progress: InterimProgress } | { ok: false; error: string }> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'bukan berkas JSON yang utuh (mungkin terpotong atau bukan berkas progres)' };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== FORMAT) {
    return { ok: false, error: 'bukan berkas progres Sinergi' };
  }
  const file = value as { version?: unknown; digest?: unknown; progress?: unknown };
  if (file.version !== 1) return { ok: false, error: `versi berkas ${String(file.version)} tidak dikenal` };
  if (typeof file.digest !== 'string') return { ok: false, error: 'sidik berkas (digest) tidak ada' };
  if ((await digestOf(file.progress, options.digest)) !== file.digest) {
    return { ok: false, error: 'sidik berkas (digest) tidak cocok: isi berkas berubah setelah diekspor' };
  }
  const parsed = InterimProgressSchema.safeParse(file.progress);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `isi progres tidak sah di ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}` };
  }
  return { ok: true, progress: parsed.data };
}
