// The progress record an LMS keeps for a course package (SCORM cmi.suspend_data, the cmi5 state): only the part of the
// learner's progress that belongs to that course, as JSON tuples with times in milliseconds after `createdAt`,
// deflated and written in base64url. SCORM 1.2 allows 4,096 characters; when the whole record does not fit, the
// encoder drops detail in steps (answers, scenario paths, older attempts) and keeps what completion, the exam's
// attempt policy and the score need. tests/unit/lms/suspend.prop.test.ts holds the worst case of the biggest course.
import { deflateSync, inflateSync } from 'fflate';
import type {
  Progress,
  ProgressRules,
  QuizAnswer,
  QuizAttempt,
  ScenarioRun,
  ScenarioStep,
} from '../../schemas/progress.ts';
import { PROGRESS_VERSION } from '../../schemas/progress-limits.ts';
import { fromBase64, fromUtf8, toBase64Url, utf8 } from '../certificate/encoding.ts';
import { compareTimestamps } from '../progress/clock.ts';
import { migrateProgress } from '../progress/migrate.ts';

/** SCORM 1.2's limit on cmi.suspend_data, the smallest of the three runtimes. */
export const SUSPEND_DATA_LIMIT = 4096;

/** Format tag in front of the data, so a later format can be told apart. */
const PREFIX = 's1.';

/** What of a learner's progress belongs to one course package. */
export interface SuspendScope {
  readonly lessons: readonly string[];
  readonly quizzes: readonly string[];
  /** Quizzes whose answers the course's pages read back (final exam and pre-test: gain per finding). */
  readonly assessments: readonly string[];
  readonly scenarios: readonly string[];
  readonly modules: readonly string[];
  readonly courses: readonly string[];
  /** Attempts per quiz kept at the smallest level: the exam's series length, so its attempt policy still holds. */
  readonly recentAttempts: number;
}

/** The scope of a course: its modules' lessons, quizzes and required scenarios, plus its pre-test and final exam. */
export function courseSuspendScope(
  rules: ProgressRules,
  courseId: string,
  assessments: readonly string[],
  recentAttempts: number,
): SuspendScope {
  const course = rules.courses.find((c) => c.id === courseId);
  const modules = rules.modules.filter((m) => course?.modules.includes(m.id));
  return {
    lessons: modules.flatMap((m) => m.lessons),
    quizzes: [...modules.flatMap((m) => (m.quiz === undefined ? [] : [m.quiz])), ...assessments],
    assessments,
    scenarios: modules.flatMap((m) => m.requiredScenarios),
    modules: modules.map((m) => m.id),
    courses: course ? [course.id] : [],
    recentAttempts,
  };
}

/**
 * How much detail a record keeps: 0 everything in scope, 1 no answers but the assessments', 2 the essentials. At
 * level 2 a long exam history is cut to its first, first passed and latest attempts, so the attempt policy may judge
 * the restored history differently; the LMS's own success status and score (reported on every change) stay the
 * record of the exam.
 */
type Level = 0 | 1 | 2;

type Lesson = [id: string, first: number, last: number];
type Answer = [questionId: string, credit: number, response: QuizAnswer['response']];
type Attempt = [
  quizId: string,
  seed: number,
  startedAt: number,
  finishedAt: number,
  score: number,
  passMark: number,
  answers: Answer[],
  /** The attempt id when it is not `<quizId>-<seed>-<epoch ms>`, else 0. */
  id: string | 0,
  deadline: number | null,
  timedOut: 1 | 0,
];
type Step = [nodeId: string, choiceId: string, at: number];
type Run = [
  scenarioId: string,
  id: string,
  startedAt: number,
  finishedAt: number | null,
  endingId: string | null,
  rating: string | null,
  scores: Record<string, number>,
  flags: string[],
  path: Step[],
];
interface Record1 {
  c: string;
  u: number;
  l: Lesson[];
  q: Attempt[];
  s: Run[];
  m: [string, number][];
  k: [string, number][];
}

const attemptId = (a: Pick<QuizAttempt, 'quizId' | 'seed' | 'startedAt'>) =>
  `${a.quizId}-${a.seed}-${Date.parse(a.startedAt)}`;

/** The attempts kept at a level: all of them, or per quiz the first, the first pass and the latest `recent`. */
function keptAttempts(attempts: readonly QuizAttempt[], level: Level, recent: number): QuizAttempt[] {
  if (level < 2) return [...attempts];
  const byQuiz = new Map<string, QuizAttempt[]>();
  for (const a of attempts) byQuiz.set(a.quizId, [...(byQuiz.get(a.quizId) ?? []), a]);
  const kept = new Set<QuizAttempt>();
  for (const list of byQuiz.values()) {
    const sorted = [...list].sort((x, y) => compareTimestamps(x.startedAt, y.startedAt));
    const pass = [...sorted].sort((x, y) => compareTimestamps(x.finishedAt, y.finishedAt)).find((a) => a.passed);
    // The first attempt (a pre-test counts its first), the first pass (a module's completion), the latest ones (the
    // exam's current series).
    for (const a of [sorted[0], pass, ...sorted.slice(-recent)]) if (a) kept.add(a);
  }
  return attempts.filter((a) => kept.has(a));
}

/** The runs kept at a level: every run, finished runs only, or each scenario's first finished run. */
function keptRuns(runs: readonly ScenarioRun[], level: Level): ScenarioRun[] {
  if (level === 0) return [...runs];
  const finished = runs.filter((r) => r.endingId !== undefined);
  if (level === 1) return finished;
  const first = new Map<string, ScenarioRun>();
  for (const r of finished) {
    const mine = first.get(r.scenarioId);
    if (!mine || compareTimestamps(r.finishedAt ?? r.startedAt, mine.finishedAt ?? mine.startedAt) < 0) {
      first.set(r.scenarioId, r);
    }
  }
  return runs.filter((r) => first.get(r.scenarioId) === r);
}

function toRecord(progress: Progress, scope: SuspendScope, level: Level): Record1 {
  const base = Date.parse(progress.createdAt);
  const at = (timestamp: string) => Date.parse(timestamp) - base;
  const inScope = (ids: readonly string[]) => {
    const set = new Set(ids);
    return (id: string) => set.has(id);
  };
  const lesson = inScope(scope.lessons);
  const quiz = inScope(scope.quizzes);
  const assessment = inScope(scope.assessments);
  const scenario = inScope(scope.scenarios);
  const completions = (all: Record<string, { completedAt: string }>, ids: readonly string[]) =>
    ids.flatMap((id): [string, number][] => {
      const done = all[id];
      return done ? [[id, at(done.completedAt)]] : [];
    });
  return {
    c: progress.createdAt,
    u: at(progress.updatedAt),
    l: Object.entries(progress.lessons)
      .filter(([id]) => lesson(id))
      .map(([id, v]) => [id, at(v.firstVisitedAt), at(level === 2 ? v.firstVisitedAt : v.lastVisitedAt)]),
    q: keptAttempts(
      progress.quizAttempts.filter((a) => quiz(a.quizId)),
      level,
      scope.recentAttempts,
    ).map((a) => [
      a.quizId,
      a.seed,
      at(a.startedAt),
      at(a.finishedAt),
      a.score,
      a.passMark,
      level === 0 || (level === 1 && assessment(a.quizId))
        ? a.answers.map((x): Answer => [x.questionId, x.credit, x.response])
        : [],
      a.id === attemptId(a) ? 0 : a.id,
      a.deadline === undefined ? null : at(a.deadline),
      a.timedOut ? 1 : 0,
    ]),
    s: keptRuns(
      progress.scenarioRuns.filter((r) => scenario(r.scenarioId)),
      level,
    ).map((r) => [
      r.scenarioId,
      r.id,
      at(r.startedAt),
      r.finishedAt === undefined ? null : at(r.finishedAt),
      r.endingId ?? null,
      r.rating ?? null,
      r.scores,
      r.flags,
      level === 0 ? r.path.map((p): Step => [p.nodeId, p.choiceId, at(p.at)]) : [],
    ]),
    m: completions(progress.completions.modules, scope.modules),
    k: completions(progress.completions.courses, scope.courses),
  };
}

function pack(record: Record1): string {
  return PREFIX + toBase64Url(deflateSync(utf8(JSON.stringify(record)), { level: 9 }));
}

/**
 * The course's part of the progress as suspend data of at most `limit` characters, with as much detail as fits; the
 * essentials (first visits, first passes and the latest attempts, first finished runs, completions) always do for
 * the courses of this site (property test).
 */
export function encodeSuspendData(progress: Progress, scope: SuspendScope, limit = SUSPEND_DATA_LIMIT): string {
  let packed = '';
  for (const level of [0, 1, 2] as const) {
    packed = pack(toRecord(progress, scope, level));
    if (packed.length <= limit) return packed;
  }
  throw new Error(`suspend data of ${packed.length} characters exceeds the limit of ${limit}`);
}

/** The progress in suspend data, validated, or undefined when it is not ours or is damaged (callers ignore it). */
export function decodeSuspendData(text: string): Progress | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  const bytes = fromBase64(text.slice(PREFIX.length));
  if (!bytes) return undefined;
  let progress: Progress;
  try {
    const json = fromUtf8(inflateSync(bytes));
    if (json === undefined) return undefined;
    // Any shape error in the tuples throws here or fails the schema below.
    progress = fromRecord(JSON.parse(json) as Record1);
  } catch {
    return undefined;
  }
  const migrated = migrateProgress(progress);
  return migrated.ok ? migrated.progress : undefined;
}

function fromRecord(r: Record1): Progress {
  const base = Date.parse(r.c);
  if (Number.isNaN(base)) throw new Error('no createdAt');
  const iso = (offset: number) => new Date(base + offset).toISOString();
  const createdAt = iso(0);
  const steps = (path: Step[]): ScenarioStep[] =>
    path.map(([nodeId, choiceId, at]) => ({ nodeId, choiceId, at: iso(at) }));
  return {
    version: PROGRESS_VERSION,
    createdAt,
    updatedAt: iso(r.u),
    lessons: Object.fromEntries(
      r.l.map(([id, first, last]) => [id, { firstVisitedAt: iso(first), lastVisitedAt: iso(last) }]),
    ),
    quizAttempts: r.q.map(([quizId, seed, start, finish, score, passMark, answers, id, deadline, timedOut]) => {
      const startedAt = iso(start);
      return {
        id: id === 0 ? attemptId({ quizId, seed, startedAt }) : id,
        quizId,
        seed,
        startedAt,
        finishedAt: iso(finish),
        answers: answers.map(([questionId, credit, response]) => ({ questionId, credit, response })),
        score,
        passMark,
        passed: score >= passMark,
        ...(deadline === null ? {} : { deadline: iso(deadline) }),
        ...(timedOut === 1 ? { timedOut: true as const } : {}),
      };
    }),
    scenarioRuns: r.s.map(([scenarioId, id, start, finish, endingId, rating, scores, flags, path]) => ({
      id,
      scenarioId,
      startedAt: iso(start),
      ...(finish === null ? {} : { finishedAt: iso(finish) }),
      path: steps(path),
      ...(endingId === null ? {} : { endingId }),
      ...(rating === null ? {} : { rating }),
      scores,
      flags,
    })),
    completions: {
      modules: Object.fromEntries(r.m.map(([id, at]) => [id, { completedAt: iso(at) }])),
      courses: Object.fromEntries(r.k.map(([id, at]) => [id, { completedAt: iso(at) }])),
    },
    log: [],
  };
}
