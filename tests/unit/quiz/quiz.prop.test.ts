import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../../src/lib/quiz/draw.ts';
import { gradeResponse } from '../../../src/lib/quiz/grade.ts';
import { createRandom } from '../../../src/lib/quiz/random.ts';
import { correctResponse } from '../../../src/lib/quiz/response.ts';
import { shuffle } from '../../../src/lib/quiz/shuffle.ts';
import { summarizeAnswers } from '../../../src/lib/quiz/summary.ts';
import { fixtureQuizWith } from '../../fixtures/quiz.ts';

const seed = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe('shuffle', () => {
  it('is a permutation of its input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), seed, (items, s) => {
        const out = shuffle(items, createRandom(s));
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('gives the same order for the same seed, and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), seed, (items, s) => {
        const copy = [...items];
        expect(shuffle(items, createRandom(s))).toEqual(shuffle(items, createRandom(s)));
        expect(items).toEqual(copy);
      }),
    );
  });
});

describe('drawQuestions', () => {
  const settings = fc.record({
    draw: fc.integer({ min: 1, max: 5 }),
    questions: fc.boolean(),
    options: fc.boolean(),
  });

  it('draws `draw` distinct questions of the bank, the same for the same seed', () => {
    fc.assert(
      fc.property(settings, seed, ({ draw, questions, options }, s) => {
        const quiz = fixtureQuizWith({ draw, shuffle: { questions, options } });
        const drawn = drawQuestions(quiz, s);
        const ids = drawn.map((p) => p.question.id);
        expect(new Set(ids).size).toBe(draw);
        expect(ids.every((id) => quiz.questions.some((q) => q.id === id))).toBe(true);
        expect(drawQuestions(quiz, s)).toEqual(drawn);
      }),
    );
  });

  it('never shows an ordering question already solved', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const ordering = drawQuestions(fixtureQuizWith({}), s).find((p) => p.question.type === 'ordering');
        expect(ordering?.order).not.toEqual(['skep', 'perkap', 'perpol']);
      }),
    );
  });
});

describe('grading', () => {
  it('scores a perfect answer to every drawn question 100%', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), seed, fc.integer({ min: 0, max: 100 }), (draw, s, passMark) => {
        const quiz = fixtureQuizWith({ draw, passMark });
        const answers = drawQuestions(quiz, s).map(({ question }) => ({
          questionId: question.id,
          response: correctResponse(question),
          credit: gradeResponse(question, correctResponse(question)),
        }));
        expect(summarizeAnswers(answers, quiz.passMark)).toMatchObject({ score: 100, passed: true });
      }),
    );
  });

  it('keeps every credit between 0 and 1 whatever is selected', () => {
    const quiz = fixtureQuizWith({});
    const multiple = quiz.questions[1];
    fc.assert(
      fc.property(fc.subarray(['kemitraan', 'kesetaraan', 'kerahasiaan', 'lain']), (optionIds) => {
        const credit = multiple ? gradeResponse(multiple, { type: 'multiple', optionIds }) : -1;
        expect(credit).toBeGreaterThanOrEqual(0);
        expect(credit).toBeLessThanOrEqual(1);
      }),
    );
  });
});
