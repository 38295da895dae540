import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** An ISO 8601 timestamp with time zone, e.g. "2026-11-28T06:30:00.000Z". */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** The learner's answer to one question, shaped by the question type. */
export const QuizResponseSchema = z.discriminatedUnion('type', [
  /** single choice: the chosen option id, or null when skipped. */
  z.object({ type: z.literal('single'), optionId: IdSchema.nullable() }).strict(),
  /** multiple response: the chosen option ids. */
  z.object({ type: z.literal('multiple'), optionIds: z.array(IdSchema) }).strict(),
  /** true/false: the chosen value, or null when skipped. */
  z.object({ type: z.literal('truefalse'), value: z.boolean().nullable() }).strict(),
  /** ordering: item ids in the order the learner put them. */
  z.object({ type: z.literal('ordering'), itemIds: z.array(IdSchema) }).strict(),
  /** matching: left pair id -> the pair id whose right side the learner chose (or null). */
  z.object({ type: z.literal('matching'), matches: z.record(IdSchema, IdSchema.nullable()) }).strict(),
]);
export type QuizResponse = z.infer<typeof QuizResponseSchema>;

/** One answered question inside an attempt. */
export const QuizAnswerSchema = z
  .object({
    /** Question id in the quiz file. */
    questionId: IdSchema,
    /** What the learner answered. */
    response: QuizResponseSchema,
    /** Credit earned, 0 to 1 (partial credit per the grading rules). */
    credit: z.number().min(0).max(1),
  })
  .strict();
export type QuizAnswer = z.infer<typeof QuizAnswerSchema>;

/** One finished quiz attempt, with every answer, as recorded in progress. */
export const QuizAttemptSchema = z
  .object({
    /** Random id of the attempt (crypto.randomUUID()). */
    id: z.string().min(8),
    /** Quiz id. */
    quizId: IdSchema,
    /** Seed that drew and shuffled the questions, so the attempt can be replayed. */
    seed: z.number().int(),
    /** When the attempt started. */
    startedAt: TimestampSchema,
    /** When the result was shown. */
    finishedAt: TimestampSchema,
    /** Every answered question, in the order shown. */
    answers: z.array(QuizAnswerSchema),
    /** Score in percent, 0-100. */
    score: z.number().min(0).max(100),
    /** Pass mark in force when the attempt was made. */
    passMark: z.number().min(0).max(100),
    /** Whether score >= passMark. */
    passed: z.boolean(),
  })
  .strict();
export type QuizAttempt = z.infer<typeof QuizAttemptSchema>;

/** One step of a scenario run: the choice made at a node. */
export const ScenarioStepSchema = z
  .object({
    /** Node where the choice was made. */
    nodeId: IdSchema,
    /** Choice picked. */
    choiceId: IdSchema,
    /** When it was picked. */
    at: TimestampSchema,
  })
  .strict();
export type ScenarioStep = z.infer<typeof ScenarioStepSchema>;

/** A scenario run: unfinished (resumable) while `endingId` is absent. */
export const ScenarioRunSchema = z
  .object({
    /** Random id of the run. */
    id: z.string().min(8),
    /** Scenario id. */
    scenarioId: IdSchema,
    /** When the run started. */
    startedAt: TimestampSchema,
    /** When an ending was reached; absent while the run is in progress. */
    finishedAt: TimestampSchema.optional(),
    /** Every choice made, in order (after any step back). */
    path: z.array(ScenarioStepSchema),
    /** Ending node reached. */
    endingId: IdSchema.optional(),
    /** Rating of the ending, e.g. "ideal", "cukup", "kurang". */
    rating: IdSchema.optional(),
    /** Score per dimension at the end (or now, while in progress). */
    scores: z.record(IdSchema, z.number()),
    /** Flags set so far. */
    flags: z.array(IdSchema),
  })
  .strict();
export type ScenarioRun = z.infer<typeof ScenarioRunSchema>;

/** Who the learner is; all optional until they fill in /progres. */
export const LearnerProfileSchema = z
  .object({
    /** Full name as it should appear on a certificate. */
    name: TextSchema.max(120),
    /** anggota: a Polri member; mitra: a community partner (FKPM, tokoh masyarakat, Babinsa, ...). */
    kind: z.enum(['anggota', 'mitra']),
    /** NRP, 8 digits; required for anggota. */
    nrp: z
      .string()
      .regex(/^\d{8}$/, { error: 'NRP harus 8 angka' })
      .optional(),
    /** Rank (pangkat), for anggota. */
    rank: TextSchema.max(60).optional(),
    /** Unit (satuan), e.g. "Polsek Contoh". */
    unit: TextSchema.max(120).optional(),
    /** Role in the community, for mitra, e.g. "Anggota FKPM". */
    role: TextSchema.max(120).optional(),
  })
  .strict()
  .refine((p) => p.kind === 'mitra' || p.nrp !== undefined, {
    error: 'NRP wajib diisi untuk anggota Polri',
    path: ['nrp'],
  });
export type LearnerProfile = z.infer<typeof LearnerProfileSchema>;
