import { describe, expect, it } from 'vitest';
import { gradeResponse } from '../../../src/lib/quiz/grade.ts';
import { summarizeAnswers } from '../../../src/lib/quiz/summary.ts';
import type { Question } from '../../../src/schemas/quiz.ts';
import { fixtureQuiz } from '../../fixtures/quiz.ts';

const q = (id: string) => fixtureQuiz.questions.find((x) => x.id === id) as Question;

describe('gradeResponse', () => {
  it('gives single choice 1 or 0', () => {
    expect(gradeResponse(q('pengemban'), { type: 'single', optionId: 'b' })).toBe(1);
    expect(gradeResponse(q('pengemban'), { type: 'single', optionId: 'a' })).toBe(0);
    expect(gradeResponse(q('pengemban'), { type: 'single', optionId: null })).toBe(0);
  });

  it('scores multiple response as right minus wrong over the number right, floored at 0', () => {
    const m = q('prinsip');
    expect(gradeResponse(m, { type: 'multiple', optionIds: ['kemitraan', 'kesetaraan'] })).toBe(1);
    expect(gradeResponse(m, { type: 'multiple', optionIds: ['kemitraan'] })).toBe(0.5);
    expect(gradeResponse(m, { type: 'multiple', optionIds: ['kemitraan', 'kesetaraan', 'kerahasiaan'] })).toBe(0.5);
    expect(gradeResponse(m, { type: 'multiple', optionIds: ['kerahasiaan'] })).toBe(0);
    expect(gradeResponse(m, { type: 'multiple', optionIds: ['kemitraan', 'kerahasiaan'] })).toBe(0);
  });

  it('gives true/false 1 or 0', () => {
    expect(gradeResponse(q('benar-salah'), { type: 'truefalse', value: false })).toBe(1);
    expect(gradeResponse(q('benar-salah'), { type: 'truefalse', value: true })).toBe(0);
  });

  it('scores ordering by items in their correct position', () => {
    const o = q('urutan');
    expect(gradeResponse(o, { type: 'ordering', itemIds: ['skep', 'perkap', 'perpol'] })).toBe(1);
    expect(gradeResponse(o, { type: 'ordering', itemIds: ['skep', 'perpol', 'perkap'] })).toBeCloseTo(1 / 3);
    expect(gradeResponse(o, { type: 'ordering', itemIds: ['perpol', 'skep', 'perkap'] })).toBe(0);
  });

  it('scores matching by correct pairs', () => {
    const m = q('pasangan');
    expect(gradeResponse(m, { type: 'matching', matches: { lantas: 'lantas', intelkam: 'intelkam' } })).toBe(1);
    expect(gradeResponse(m, { type: 'matching', matches: { lantas: 'lantas', intelkam: 'pengecoh-1' } })).toBe(0.5);
    expect(gradeResponse(m, { type: 'matching', matches: { lantas: 'intelkam', intelkam: 'lantas' } })).toBe(0);
  });

  it('gives 0 to a response of another type', () => {
    expect(gradeResponse(q('pengemban'), { type: 'truefalse', value: true })).toBe(0);
  });
});

describe('summarizeAnswers', () => {
  it('averages credit into a percentage and compares it with the pass mark', () => {
    const answer = (credit: number) => ({
      questionId: 'x',
      response: { type: 'truefalse' as const, value: true },
      credit,
    });
    expect(summarizeAnswers([answer(1), answer(0.5), answer(0)], 50)).toEqual({
      score: 50,
      passed: true,
      correct: 1,
      partial: 1,
      total: 3,
    });
    expect(summarizeAnswers([answer(1), answer(0), answer(0)], 70).score).toBe(33.3);
    expect(summarizeAnswers([], 70)).toMatchObject({ score: 0, passed: false });
  });
});
