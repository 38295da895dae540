import { z } from 'astro/zod';
import { progressDataStrings as t } from '../../i18n/progress-data.ts';
import { IdSchema } from '../../schemas/common.ts';
import {
  LearnerProfileSchema,
  PROGRESS_VERSION,
  ProgressSchema,
  QuizAttemptSchema,
  ScenarioRunSchema,
  TimestampSchema,
  type Progress,
} from '../../schemas/progress.ts';

/**
 * Progress v0: the unversioned draft shape (a map of visited lesson ids to a time, attempts and runs,
 * no completions and no log). Kept so that data saved by it still loads and the migration path is tested.
 */
export const ProgressV0Schema = z
  .object({
    /** Format version 0. */
    version: z.literal(0),
    /** When the data was last saved. */
    savedAt: TimestampSchema,
    /** Lesson id -> when it was read. */
    visitedLessons: z.record(IdSchema, TimestampSchema),
    /** Finished quiz attempts. */
    quizAttempts: z.array(QuizAttemptSchema).default([]),
    /** Scenario runs. */
    scenarioRuns: z.array(ScenarioRunSchema).default([]),
    /** Learner profile. */
    profile: LearnerProfileSchema.optional(),
  })
  .strict();
export type ProgressV0 = z.infer<typeof ProgressV0Schema>;

/** Result of reading stored or imported progress of any known version. */
export type MigrateResult =
  | { readonly ok: true; readonly progress: Progress; readonly fromVersion: number }
  | { readonly ok: false; readonly error: string; readonly reason: 'newer' | 'invalid' };

/** v0 -> v1: visits become first/last visit records; completions are recomputed from the rules on load. */
export function migrateV0(v0: ProgressV0): Progress {
  const lessons = Object.fromEntries(
    Object.entries(v0.visitedLessons).map(([id, at]) => [id, { firstVisitedAt: at, lastVisitedAt: at }]),
  );
  return {
    version: 1,
    createdAt: v0.savedAt,
    updatedAt: v0.savedAt,
    ...(v0.profile ? { profile: v0.profile } : {}),
    lessons,
    quizAttempts: v0.quizAttempts,
    scenarioRuns: v0.scenarioRuns,
    completions: { modules: {}, courses: {} },
    log: [],
  };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : t.wholeContent;
  return t.brokenPart(where, issue?.message ?? t.unknownShape);
}

/** Brings stored or imported progress of any known version to the current one, parsing (never casting) it. */
export function migrateProgress(raw: unknown): MigrateResult {
  const version =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      error: t.newerData(version),
    };
  }
  if (version === 0) {
    const v0 = ProgressV0Schema.safeParse(raw);
    if (!v0.success) return { ok: false, reason: 'invalid', error: t.brokenV0(describe(v0.error)) };
    return { ok: true, progress: migrateV0(v0.data), fromVersion: 0 };
  }
  const v1 = ProgressSchema.safeParse(raw);
  if (!v1.success) return { ok: false, reason: 'invalid', error: t.broken(describe(v1.error)) };
  return { ok: true, progress: v1.data, fromVersion: PROGRESS_VERSION };
}
