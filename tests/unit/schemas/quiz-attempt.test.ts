import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuizAttemptSchema } from '../../../src/schemas/progress.ts';
import { attempt } from '../progress/helpers.ts';

const issues = (value: unknown) => {
  const result = QuizAttemptSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('quiz attempt', () => {
  it.each([
    ['a pass above the pass mark', attempt({ score: 80, passMark: 70, passed: true })],
    ['a pass exactly at the pass mark', attempt({ score: 70, passMark: 70, passed: true })],
    ['a fail below the pass mark', attempt({ score: 69.9, passMark: 70, passed: false })],
  ])('accepts %s', (_, value) => {
    expect(issues(value)).toEqual([]);
  });

  it.each([
    [
      'a pass below the pass mark',
      attempt({ score: 40, passMark: 70, passed: true }),
      'passed: tercatat lulus, padahal nilai 40 di bawah batas lulus 70',
    ],
    [
      'a fail at the pass mark',
      attempt({ score: 70, passMark: 70, passed: false }),
      'passed: tercatat belum lulus, padahal nilai 70 mencapai batas lulus 70',
    ],
    ['a score over 100', attempt({ score: 101, passed: true }), 'score:'],
  ])('rejects %s', (_, value, expected) => {
    expect(issues(value).join('\n')).toContain(expected);
  });

  it('accepts an attempt exactly when passed says whether the score reaches the pass mark', () => {
    const percent = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
    fc.assert(
      fc.property(percent, percent, fc.boolean(), (score, passMark, passed) => {
        expect(QuizAttemptSchema.safeParse(attempt({ score, passMark, passed })).success).toBe(
          passed === score >= passMark,
        );
      }),
    );
  });
});
