// fast-check generators of valid progress, shared by the property, fuzz and store tests.
import fc from 'fast-check';
import { logEntry } from '../../../src/lib/progress/log.ts';
import { SeatSchema } from '../../../src/schemas/common.ts';
import type { LearnerProfile, LogEntry, Progress, QuizAttempt, ScenarioRun } from '../../../src/schemas/progress.ts';

export const idArb = fc.constantFrom(
  'apa-itu-polmas',
  'prinsip',
  'tujuan',
  'modul-1',
  'modul-2',
  'kuis-1',
  'skn-1',
  'x9',
);
export const timestampArb = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) })
  .map((ms) => new Date(ms).toISOString());

const responseArb = fc.oneof(
  fc.record({ type: fc.constant('single' as const), optionId: fc.option(idArb, { nil: null }) }),
  fc.record({ type: fc.constant('multiple' as const), optionIds: fc.array(idArb, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('truefalse' as const), value: fc.option(fc.boolean(), { nil: null }) }),
  fc.record({ type: fc.constant('ordering' as const), itemIds: fc.array(idArb, { maxLength: 3 }) }),
  fc.record({
    type: fc.constant('matching' as const),
    matches: fc.dictionary(idArb, fc.option(idArb, { nil: null }), { maxKeys: 3 }),
  }),
);

export const attemptArb: fc.Arbitrary<QuizAttempt> = fc
  .record({
    id: fc.uuid(),
    quizId: idArb,
    seed: fc.integer(),
    startedAt: timestampArb,
    finishedAt: timestampArb,
    answers: fc.array(
      fc.record({ questionId: idArb, response: responseArb, credit: fc.integer({ min: 0, max: 4 }).map((n) => n / 4) }),
      { maxLength: 3 },
    ),
    score: fc.integer({ min: 0, max: 100 }),
    passMark: fc.integer({ min: 0, max: 100 }),
  })
  // As the quiz records it: passed exactly when the score reaches the pass mark (the schema checks this).
  .map((a) => ({ ...a, passed: a.score >= a.passMark }));

export const runArb: fc.Arbitrary<ScenarioRun> = fc
  .record({
    id: fc.uuid(),
    scenarioId: idArb,
    startedAt: timestampArb,
    path: fc.array(fc.record({ nodeId: idArb, choiceId: idArb, at: timestampArb }), { maxLength: 4 }),
    scores: fc.dictionary(idArb, fc.integer({ min: -5, max: 10 }), { maxKeys: 3 }),
    flags: fc.array(idArb, { maxLength: 2 }),
    finished: fc.option(
      fc.record({ finishedAt: timestampArb, endingId: idArb, rating: fc.constantFrom('ideal', 'cukup') }),
      {
        nil: undefined,
      },
    ),
  })
  .map(({ finished, ...run }) => ({ ...run, ...(finished ?? {}) }));

export const profileArb: fc.Arbitrary<LearnerProfile> = fc.oneof(
  fc.record({
    name: fc.constantFrom('Budi Santoso', 'Siti Aminah'),
    kind: fc.constant('anggota' as const),
    nrp: fc.stringMatching(/^\d{8}$/),
    rank: fc.constantFrom('Bripka', 'Aipda'),
    unit: fc.constantFrom('Polsek Contoh'),
  }),
  fc.record({
    name: fc.constantFrom('Pak RT'),
    kind: fc.constant('mitra' as const),
    role: fc.constant('Anggota FKPM'),
  }),
);

const logArb: fc.Arbitrary<LogEntry[]> = fc.uniqueArray(
  fc
    .tuple(
      fc.constantFrom('lesson.visited' as const, 'quiz.attempted' as const, 'module.completed' as const),
      idArb,
      timestampArb,
    )
    .map(([type, ref, at]) => logEntry(type, ref, at)),
  { selector: (e) => e.id, maxLength: 8 },
);

const visitArb = fc
  .tuple(timestampArb, timestampArb)
  .map(([x, y]) => (x <= y ? { firstVisitedAt: x, lastVisitedAt: y } : { firstVisitedAt: y, lastVisitedAt: x }));
const completionMapArb = fc.dictionary(
  idArb,
  timestampArb.map((completedAt) => ({ completedAt })),
  { maxKeys: 4 },
);

export const progressArb: fc.Arbitrary<Progress> = fc
  .record({
    createdAt: timestampArb,
    updatedAt: timestampArb,
    profile: fc.option(profileArb, { nil: undefined }),
    seat: fc.option(fc.constantFrom(...SeatSchema.options), { nil: undefined }),
    lessons: fc.dictionary(idArb, visitArb, { maxKeys: 5 }),
    quizAttempts: fc.uniqueArray(attemptArb, { selector: (a) => a.id, maxLength: 4 }),
    scenarioRuns: fc.uniqueArray(runArb, { selector: (r) => r.id, maxLength: 3 }),
    modules: completionMapArb,
    courses: completionMapArb,
    lastExportedAt: fc.option(timestampArb, { nil: undefined }),
    log: logArb,
  })
  .map(({ profile, seat, lastExportedAt, modules, courses, ...rest }) => ({
    version: 1 as const,
    ...rest,
    ...(profile ? { profile } : {}),
    ...(seat ? { seat } : {}),
    ...(lastExportedAt ? { lastExportedAt } : {}),
    completions: { modules, courses },
  }));
