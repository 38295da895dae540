import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/integrations/read-content.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { buildCatalog } from '../../../src/lib/course/index.ts';
import {
  courseSuspendScope,
  decodeSuspendData,
  encodeSuspendData,
  SUSPEND_DATA_LIMIT,
  type SuspendScope,
} from '../../../src/lib/lms/suspend.ts';
import { courseCompletedAt, moduleCompletedAt } from '../../../src/lib/progress/completion.ts';
import { rulesFromCatalog } from '../../../src/lib/progress/rules.ts';
import type { Progress, QuizAttempt, ScenarioRun } from '../../../src/schemas/progress.ts';
import { idArb, progressArb } from '../progress/arbitraries.ts';

// Laws of the suspend-data codec: what fits comes back unchanged, and the worst record of every real course (every
// lesson, a long history of attempts and runs, times that do not compress) stays within SCORM 1.2's 4,096 characters
// while keeping what completion, the exam's attempt policy and the score are computed from.

const ALL_IDS = ['apa-itu-polmas', 'prinsip', 'tujuan', 'modul-1', 'modul-2', 'kuis-1', 'skn-1', 'x9'];
const everything: SuspendScope = {
  lessons: ALL_IDS,
  quizzes: ALL_IDS,
  assessments: ALL_IDS,
  scenarios: ALL_IDS,
  modules: ALL_IDS,
  courses: ALL_IDS,
  recentAttempts: 3,
};

/** What the codec keeps of a progress in scope: everything but the profile, function, export date, log and drafts. */
function coursePart(p: Progress): Progress {
  return {
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    lessons: p.lessons,
    quizAttempts: p.quizAttempts,
    scenarioRuns: p.scenarioRuns,
    completions: p.completions,
    log: [],
  };
}

describe('suspend data codec', () => {
  it('gives back the course part of any progress when it fits whole', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        expect(decodeSuspendData(encodeSuspendData(p, everything, 1_000_000))).toEqual(coursePart(p));
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('keeps attempt ids that do not follow the quiz-seed-time pattern', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        const ids = decodeSuspendData(encodeSuspendData(p, everything, 1_000_000))?.quizAttempts.map((a) => a.id);
        expect(ids).toEqual(p.quizAttempts.map((a) => a.id));
      }),
      { numRuns: 50 },
    );
  });

  it('leaves out what is outside the course', () => {
    fc.assert(
      fc.property(progressArb, idArb, (p, id) => {
        const scope = { ...everything, lessons: [id], quizzes: [id], scenarios: [id], modules: [id], courses: [id] };
        const back = decodeSuspendData(encodeSuspendData(p, scope));
        expect(Object.keys(back?.lessons ?? {}).every((l) => l === id)).toBe(true);
        expect(back?.quizAttempts.every((a) => a.quizId === id)).toBe(true);
        expect(back?.scenarioRuns.every((r) => r.scenarioId === id)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['', 'empty'],
    ['s1.', 'no data'],
    ['s1.!!!', 'not base64'],
    ['s1.AAAA', 'not deflate'],
    ['x1.eJwrzs9JSc3LLwIAE5wD8w', 'another format'],
    [`s1.${Buffer.from('x').toString('base64url')}`, 'garbage'],
  ])('ignores %j (%s)', (text) => {
    expect(decodeSuspendData(text)).toBeUndefined();
  });
});

const root = fileURLToPath(new URL('../../../', import.meta.url));
const { corpus } = checkContent(await readContentFiles(root));
const catalog = buildCatalog({
  modules: corpus.modules,
  lessons: corpus.lessons,
  courses: corpus.courses.map((c) => c.data),
});
const rules = rulesFromCatalog(catalog);
const questionsOf = (quizId: string) => corpus.quizzes.find((q) => q.data.id === quizId)?.data.questions ?? [];

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const timeArb = fc.integer({ min: START, max: START + 730 * DAY });
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(catalog.courses.map((c) => [c.id, c] as const))('the worst record of %s', (_id, course) => {
  const assessments = [course.exam?.bank, course.pretest].filter((q) => q !== undefined);
  const scope = courseSuspendScope(rules, course.id, assessments, course.exam?.attempts ?? 3);
  const policy = { attempts: course.exam?.attempts ?? 3, wait: course.exam?.wait };

  /** Every lesson read, every quiz tried `tries` times with every item answered, every scenario run `runs` times. */
  const worstArb = fc
    .record({ times: fc.array(timeArb, { minLength: 4000, maxLength: 4000 }), seed: fc.nat({ max: 1_000_000_000 }) })
    .map(({ times, seed }): Progress => {
      let n = 0;
      const t = () => times[n++ % times.length] ?? START;
      const attempts = scope.quizzes.flatMap((quizId) =>
        Array.from({ length: 12 }, (_, i): QuizAttempt => {
          const startedAt = t();
          const score = (seed + i * 37) % 101;
          return {
            id: `${quizId}-${seed + i}-${startedAt}`,
            quizId,
            seed: seed + i,
            startedAt: iso(startedAt),
            finishedAt: iso(startedAt + 600_000),
            answers: questionsOf(quizId)
              .slice(0, 21)
              .map((q) => ({ questionId: q.id, response: { type: 'single', optionId: 'b' }, credit: i % 2 })),
            score,
            passMark: 75,
            passed: score >= 75,
          };
        }),
      );
      const runs = scope.scenarios.flatMap((scenarioId) =>
        Array.from({ length: 6 }, (_, i): ScenarioRun => {
          const startedAt = t();
          return {
            id: `${scenarioId}-run-${i}-${seed}`,
            scenarioId,
            startedAt: iso(startedAt),
            finishedAt: iso(startedAt + 300_000),
            path: Array.from({ length: 8 }, (_, s) => ({ nodeId: `n${s}`, choiceId: `c${s}`, at: iso(t()) })),
            endingId: 'akhir-ideal',
            rating: 'ideal',
            scores: { kemitraan: i, pencegahan: 2 * i },
            flags: ['melibatkan-warga'],
          };
        }),
      );
      const lessons = Object.fromEntries(
        scope.lessons.map((id) => [id, { firstVisitedAt: iso(START), lastVisitedAt: iso(t()) }]),
      );
      const at = (id: string) => ({ completedAt: iso(t() + id.length) });
      return {
        version: 1,
        createdAt: iso(START - DAY),
        updatedAt: iso(START + 800 * DAY),
        lessons: Object.fromEntries(
          Object.entries(lessons).map(([id, v]) => [id, { ...v, firstVisitedAt: iso(START + id.length * DAY) }]),
        ),
        quizAttempts: attempts,
        scenarioRuns: runs,
        completions: {
          modules: Object.fromEntries(scope.modules.map((id) => [id, at(id)])),
          courses: { [course.id]: at(course.id) },
        },
        log: [],
      };
    });

  it(`fits in ${SUSPEND_DATA_LIMIT} characters and keeps completion, the first pass and latest series of the exam, and the first pre-test`, () => {
    fc.assert(
      fc.property(worstArb, (p) => {
        const text = encodeSuspendData(p, scope);
        expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
        const back = decodeSuspendData(text);
        if (!back) throw new Error('the worst record did not decode');
        const unrecorded = (x: Progress): Progress => ({ ...x, completions: { modules: {}, courses: {} } });
        for (const m of rules.modules.filter((r) => scope.modules.includes(r.id))) {
          expect(moduleCompletedAt(unrecorded(back), m)).toBe(moduleCompletedAt(unrecorded(p), m));
        }
        const courseRule = rules.courses.find((c) => c.id === course.id);
        if (!courseRule) throw new Error('no course rule');
        expect(courseCompletedAt(back, courseRule, rules)).toBe(courseCompletedAt(p, courseRule, rules));
        const exam = (x: Progress) => x.quizAttempts.filter((a) => a.quizId === course.exam?.bank);
        // A passed exam stays passed, with the same first passing attempt.
        const firstPass = (x: Progress) =>
          exam(x)
            .filter((a) => a.passed)
            .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))[0]?.id;
        expect(firstPass(back)).toBe(firstPass(p));
        const latest = (x: Progress) =>
          exam(x)
            .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
            .slice(-policy.attempts);
        expect(latest(back).map((a) => a.id)).toEqual(latest(p).map((a) => a.id));
        const pretest = (x: Progress) =>
          x.quizAttempts
            .filter((a) => a.quizId === course.pretest)
            .sort((a, b) => a.startedAt.localeCompare(b.startedAt))[0];
        expect(pretest(back)?.id).toBe(pretest(p)?.id);
      }),
      // Shrinking a 4,000-time history takes long and says little: the first failure is reported as it is.
      { numRuns: 3, endOnFailure: true },
    );
  }, 60_000);
});
