import { describe, expect, it } from 'vitest';
import { attemptInteractions, lmsReport, type LmsCourseData } from '../../../src/lib/lms/report.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { scorm12Status } from '../../../src/client/lms/scorm.ts';
import type { Progress } from '../../../src/schemas/progress.ts';
import { attempt, rules, run } from '../progress/helpers.ts';

const course: LmsCourseData = {
  courseId: 'kursus-1',
  rules,
  exam: { quizId: 'ujian-1', passMark: 70, policy: { attempts: 2, wait: 24 } },
  pretest: null,
  start: 'kursus/kursus-1/index.html',
};
const NOW = new Date('2026-12-01T00:00:00.000Z');
const place = { location: 'modul/modul-a/index.html', suspendData: 's1.x' };
const empty = createEmptyProgress(() => new Date('2026-11-28T06:00:00.000Z'));
const visit = { firstVisitedAt: '2026-11-28T06:10:00.000Z', lastVisitedAt: '2026-11-28T06:10:00.000Z' };
const done: Progress = {
  ...empty,
  lessons: { 'a-1': visit, 'a-2': visit, 'b-1': visit },
  quizAttempts: [attempt()],
  scenarioRuns: [run({ endingId: 'akhir', finishedAt: '2026-11-28T08:05:00.000Z' })],
};
const exam = (n: number, score: number) =>
  attempt({
    id: `ujian-1-${n}`,
    quizId: 'ujian-1',
    startedAt: `2026-11-29T0${n}:00:00.000Z`,
    finishedAt: `2026-11-29T0${n}:10:00.000Z`,
    answers: [
      { questionId: 'q1', response: { type: 'single', optionId: 'b' }, credit: 1 },
      { questionId: 'q2', response: { type: 'multiple', optionIds: ['a', 'c'] }, credit: 0.5 },
      { questionId: 'q3', response: { type: 'matching', matches: { x: 'y', z: null } }, credit: 0 },
      { questionId: 'q4', response: { type: 'truefalse', value: null }, credit: 0 },
    ],
    score,
    passMark: 70,
    passed: score >= 70,
  });

describe('the report to the LMS', () => {
  it('a first launch: incomplete, no exam result, the place and suspend data as given', () => {
    expect(lmsReport(empty, course, place, new Set(), NOW)).toEqual({
      completed: false,
      passed: null,
      scoreScaled: null,
      ...place,
      interactions: [],
    });
  });

  it('completed by the course rules; failed with the best allowed score; then passed with the passing score', () => {
    const failed = { ...done, quizAttempts: [...done.quizAttempts, exam(1, 40), exam(2, 60)] };
    expect(lmsReport(failed, course, place, new Set(), NOW)).toMatchObject({
      completed: true,
      passed: false,
      scoreScaled: 0.6,
    });
    // A third attempt within the 24-hour wait breaks the policy and does not count.
    const early = { ...failed, quizAttempts: [...failed.quizAttempts, exam(3, 90)] };
    expect(lmsReport(early, course, place, new Set(), NOW)).toMatchObject({ passed: false, scoreScaled: 0.6 });
    const passed = { ...done, quizAttempts: [...done.quizAttempts, exam(1, 40), exam(2, 85)] };
    expect(lmsReport(passed, course, place, new Set(), NOW)).toMatchObject({ passed: true, scoreScaled: 0.85 });
  });

  it('sends the items of exam attempts not reported yet, in SCORM 2004 response formats', () => {
    const p = { ...done, quizAttempts: [exam(1, 40), exam(2, 85)] };
    const report = lmsReport(p, course, place, new Set(['ujian-1-1']), NOW);
    expect(report.interactions.map((i) => i.id)).toEqual([
      'ujian-1-2-q1',
      'ujian-1-2-q2',
      'ujian-1-2-q3',
      'ujian-1-2-q4',
    ]);
    expect(attemptInteractions(exam(2, 85))).toMatchObject([
      { type: 'choice', learnerResponse: 'b', result: 'correct', weighting: 1, timestamp: '2026-11-29T02:10:00.000Z' },
      { type: 'choice', learnerResponse: 'a[,]c', result: 'neutral' },
      { type: 'matching', learnerResponse: 'x[.]y', result: 'incorrect' },
      { type: 'other', learnerResponse: '', result: 'incorrect', description: 'ujian-1: q4' },
    ]);
  });

  it('a course without an exam reports completion only', () => {
    const report = lmsReport(done, { ...course, exam: null }, place, new Set(), NOW);
    expect(report).toMatchObject({ completed: true, passed: null, scoreScaled: null, interactions: [] });
  });

  it.each([
    [false, null, 'incomplete'],
    [false, true, 'incomplete'],
    [true, null, 'completed'],
    [true, true, 'passed'],
    [true, false, 'failed'],
  ] as const)('SCORM 1.2 lesson_status when completed=%s and passed=%s is %s', (completed, passed, status) => {
    expect(scorm12Status({ completed, passed })).toBe(status);
  });
});
