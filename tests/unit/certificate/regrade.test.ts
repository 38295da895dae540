import { describe, expect, it } from 'vitest';
import { regradeAttempt, type QuestionGrader, type QuizKey } from '../../../src/lib/certificate/regrade.ts';
import { gradeResponse } from '../../../src/lib/quiz/grade.ts';
import type { Question } from '../../../src/schemas/quiz.ts';
import { moduleResults } from '../../../src/lib/certificate/results.ts';
import type { QuizAttempt } from '../../../src/schemas/progress.ts';

const text = { prompt: 'Soal', explanation: 'Penjelasan', source: 'Perpol 1/2021' };
const option = (id: string, correct = false) => ({ id, text: id, correct });
const questions: Question[] = [
  { id: 'q1', type: 'single', ...text, options: [option('a'), option('b', true)] },
  { id: 'q2', type: 'truefalse', ...text, answer: false },
  { id: 'q3', type: 'single', ...text, options: [option('a', true), option('b')] },
];
const key: QuizKey = { id: 'kuis-a', passMark: 70, questions };
// The quiz helper's grading rules, as /satuan uses them.
const grade: QuestionGrader = (question, response) => gradeResponse(question as Question, response);

const honest: QuizAttempt = {
  id: 'attempt-0001',
  quizId: 'kuis-a',
  seed: 1,
  startedAt: '2026-11-28T01:00:00.000Z',
  finishedAt: '2026-11-28T01:05:00.000Z',
  answers: [
    { questionId: 'q1', response: { type: 'single', optionId: 'b' }, credit: 1 },
    { questionId: 'q2', response: { type: 'truefalse', value: true }, credit: 0 },
    { questionId: 'q3', response: { type: 'single', optionId: 'a' }, credit: 1 },
  ],
  score: 66.67,
  passMark: 70,
  passed: false,
};

describe('re-grading recorded attempts', () => {
  it('accepts an honest attempt', () => {
    const r = regradeAttempt(honest, key, grade);
    expect(r).toMatchObject({ forged: false, passed: false, score: 67, problems: [] });
  });

  it('flags a "passed" typed in by hand', () => {
    const r = regradeAttempt({ ...honest, passed: true }, key, grade);
    expect(r.forged).toBe(true);
    expect(r.passed).toBe(false);
    expect(r.problems[0]).toMatch(/status lulus/);
  });

  it('flags a raised score and raised credits that the answers do not earn', () => {
    const edited: QuizAttempt = {
      ...honest,
      answers: honest.answers.map((a) => ({ ...a, credit: 1 })),
      score: 100,
      passed: true,
    };
    const r = regradeAttempt(edited, key, grade);
    expect(r.forged).toBe(true);
    expect(r.problems).toContain('jawaban soal "q2" bernilai 0, tercatat 1');
  });

  it('flags a lowered pass mark', () => {
    const r = regradeAttempt({ ...honest, passMark: 50, passed: true }, key, grade);
    expect(r.forged).toBe(true);
  });

  it('counts only passes that survive re-grading towards module completion', () => {
    const forged = { ...honest, passed: true };
    const progress = {
      quizAttempts: [forged],
      completions: { modules: { m1: { completedAt: '2026-11-28T01:05:00.000Z' } } },
    };
    const rule = { id: 'm1', title: 'Modul 1', quiz: 'kuis-a', requireQuiz: true };
    const [result] = moduleResults(progress, [rule], (a) => regradeAttempt(a, key, grade));
    expect(result).toMatchObject({ state: 'diragukan', completedOn: null, forgedAttempts: 1 });
  });
});
