import { z } from 'astro/zod';
import { IdSchema, SeatSchema, TextSchema } from './common.ts';
import { LOG_LIMIT, PROGRESS_VERSION } from './progress-limits.ts';

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
    /** Id of the attempt: quiz id, draw seed and start time (`<quizId>-<seed>-<epoch ms>`), unique per attempt. */
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
    /** Whether score >= passMark; must agree with them. */
    passed: z.boolean(),
    /** When a timed attempt's time ran out (final exam with a time limit). */
    deadline: TimestampSchema.optional(),
    /** True when time ran out and the answers given so far were submitted. */
    timedOut: z.literal(true).optional(),
  })
  .strict()
  .refine((a) => a.passed === a.score >= a.passMark, {
    path: ['passed'],
    error: (issue) => {
      const a = issue.input as { score: number; passMark: number };
      return a.score >= a.passMark
        ? `tercatat belum lulus, padahal nilai ${a.score} mencapai batas lulus ${a.passMark}`
        : `tercatat lulus, padahal nilai ${a.score} di bawah batas lulus ${a.passMark}`;
    },
  });
export type QuizAttempt = z.infer<typeof QuizAttemptSchema>;

/**
 * A final exam or pre-test attempt still being answered, kept (`sinergi:ujian:v1:<quizId>`) so a reload resumes it
 * with the same questions and the time that is left. Its answers carry no credit yet: the key is fetched on submit.
 */
export const ExamInProgressSchema = z
  .object({
    /** Quiz id of the bank. */
    quizId: IdSchema,
    /** Seed of the draw. */
    seed: z.number().int(),
    /** When the attempt started. */
    startedAt: TimestampSchema,
    /** When its time runs out; absent without a time limit. */
    deadline: TimestampSchema.optional(),
    /** Answers submitted so far, in the order shown. */
    answers: z.array(QuizAnswerSchema),
  })
  .strict();
export type ExamInProgress = z.infer<typeof ExamInProgressSchema>;

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

/** When a lesson was read to its end. */
export const LessonVisitSchema = z
  .object({
    /** First time the lesson was read to its end. */
    firstVisitedAt: TimestampSchema,
    /** Latest time the lesson was read to its end. */
    lastVisitedAt: TimestampSchema,
  })
  .strict();
export type LessonVisit = z.infer<typeof LessonVisitSchema>;

/** A recorded completion; once recorded it is never removed. */
export const CompletionSchema = z
  .object({
    /** When the module or course became complete. */
    completedAt: TimestampSchema,
  })
  .strict();
export type Completion = z.infer<typeof CompletionSchema>;

/** Module and course completions, keyed by id. */
export const CompletionsSchema = z
  .object({
    /** Completed modules by module id. */
    modules: z.record(IdSchema, CompletionSchema),
    /** Completed courses by course id. */
    courses: z.record(IdSchema, CompletionSchema),
  })
  .strict();
export type Completions = z.infer<typeof CompletionsSchema>;

/** What a log entry records. */
export const LogEntryTypeSchema = z.enum([
  'lesson.visited',
  'quiz.attempted',
  'scenario.saved',
  'profile.updated',
  'module.completed',
  'course.completed',
  'progress.exported',
  'progress.imported',
]);
export type LogEntryType = z.infer<typeof LogEntryTypeSchema>;

/** One entry of the bounded activity log (trimmed first when storage is full). */
export const LogEntrySchema = z
  .object({
    /** Unique id of the entry. */
    id: z.string().min(1).max(300),
    /** When it happened. */
    at: TimestampSchema,
    /** What happened. */
    type: LogEntryTypeSchema,
    /** Id of the lesson, quiz, scenario, module or course concerned; empty when none. */
    ref: z.string().max(200),
  })
  .strict();
export type LogEntry = z.infer<typeof LogEntrySchema>;

/** One filled-in value of a field-kit template: text (one line, several lines, a date) or table rows. */
export const KitDraftValueSchema = z.union([
  z.string().max(20_000),
  z.array(z.record(IdSchema, z.string().max(2_000))).max(100),
]);
export type KitDraftValue = z.infer<typeof KitDraftValueSchema>;

/** A field-kit template being filled in on this device (/perangkat/<id>/), saved as the user types. */
export const KitDraftSchema = z
  .object({
    /** Latest change; when two devices disagree, the later draft wins. */
    updatedAt: TimestampSchema,
    /** Values by field id of the template. */
    values: z.record(IdSchema, KitDraftValueSchema),
  })
  .strict();
export type KitDraft = z.infer<typeof KitDraftSchema>;

export { LOG_LIMIT, PROGRESS_VERSION };

/** The learner's progress, as stored under `sinergi:progress:v1` and carried in the export file (v1). */
export const ProgressSchema = z
  .object({
    /** Format version of this progress. */
    version: z.literal(PROGRESS_VERSION),
    /** When this progress was first created on a device. */
    createdAt: TimestampSchema,
    /** Latest change. */
    updatedAt: TimestampSchema,
    /** Who the learner is, once filled in on /progres. */
    profile: LearnerProfileSchema.optional(),
    /**
     * The function the learner serves in, when they said so. Beside the profile, not in it: it may be chosen on the
     * first visit, before the name a profile requires. Optional, so files written before it existed still load.
     */
    seat: SeatSchema.optional(),
    /** Lessons read to their end, by lesson id. */
    lessons: z.record(IdSchema, LessonVisitSchema),
    /** Every finished quiz attempt, oldest first. */
    quizAttempts: z.array(QuizAttemptSchema),
    /** Scenario runs, finished or resumable. */
    scenarioRuns: z.array(ScenarioRunSchema),
    /** Module and course completion dates. */
    completions: CompletionsSchema,
    /** When the learner last exported a progress file. */
    lastExportedAt: TimestampSchema.optional(),
    /** Bounded activity log, oldest first. */
    log: z.array(LogEntrySchema).max(LOG_LIMIT),
    /** Field-kit drafts by template id; absent until the first one (older progress files have none). */
    kitDrafts: z.record(IdSchema, KitDraftSchema).optional(),
  })
  .strict();
export type Progress = z.infer<typeof ProgressSchema>;

/** The integrity digest of an export file. */
export const FileDigestSchema = z
  .object({
    /** Hash algorithm; always SHA-256. */
    algorithm: z.literal('SHA-256'),
    /** Lower-case hex digest of the canonical JSON of `{ app, kind, version, exportedAt, progress }`. */
    value: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/**
 * Final exam and pre-test attempts still being answered when the file was written, so importing it on another device
 * resumes them there. Beside `progress`, with its own digest, so a Sinergi that predates it still reads the file.
 */
export const ExamsInProgressSectionSchema = z
  .object({
    /** The attempts in progress, one per exam or pre-test at most. */
    attempts: z.array(ExamInProgressSchema).max(50),
    /** SHA-256 over the canonical JSON of the digested part of the file with `examsInProgress` set to `attempts`. */
    digest: FileDigestSchema,
  })
  .strict();

/** The exported progress file (`sinergi-progres-<date>.json`). */
export const ProgressFileSchema = z
  .object({
    /** Always "sinergi": tells our files from other apps'. */
    app: z.literal('sinergi'),
    /** Always "progress". */
    kind: z.literal('progress'),
    /** Version of the progress inside. */
    version: z.literal(PROGRESS_VERSION),
    /** When the file was written. */
    exportedAt: TimestampSchema,
    /** Integrity digest over everything else in the file. */
    digest: FileDigestSchema,
    /** The progress itself. */
    progress: ProgressSchema,
    /** Exam attempts in progress on the exporting device; absent when none (and in older files). */
    examsInProgress: ExamsInProgressSectionSchema.optional(),
  })
  .strict();

/** What completes one module, as the client needs it (emitted at build time from the catalogue). */
export const ModuleRuleSchema = z
  .object({
    /** Module id. */
    id: IdSchema,
    /** Module title, for summaries and exports. */
    title: z.string(),
    /** Lesson ids in reading order. */
    lessons: z.array(IdSchema),
    /** Quiz that must be passed; absent when the module has none or does not require it. */
    quiz: IdSchema.optional(),
    /** Scenarios that must be finished (any ending). */
    requiredScenarios: z.array(IdSchema),
  })
  .strict();
export type ModuleRule = z.infer<typeof ModuleRuleSchema>;

/** What completes one course. */
export const CourseRuleSchema = z
  .object({
    /** Course id. */
    id: IdSchema,
    /** Course title. */
    title: z.string(),
    /** Required module ids, in order. */
    modules: z.array(IdSchema),
  })
  .strict();
export type CourseRule = z.infer<typeof CourseRuleSchema>;

/** Every completion rule of the site. */
export const ProgressRulesSchema = z
  .object({
    /** Modules in catalogue order. */
    modules: z.array(ModuleRuleSchema),
    /** Courses in catalogue order. */
    courses: z.array(CourseRuleSchema),
  })
  .strict();
export type ProgressRules = z.infer<typeof ProgressRulesSchema>;
