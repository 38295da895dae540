import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gainByFinding, scoreByFinding } from '../../../src/lib/exam/gain.ts';
import type { QuizAttempt } from '../../../src/schemas/progress.ts';
import { fixtureExamBank } from '../../fixtures/exam.ts';

const bank = fixtureExamBank().questions;

function attemptWith(credits: readonly number[]): QuizAttempt {
  const answers = credits.map((credit, i) => ({
    questionId: bank[i % bank.length]?.id ?? 'x',
    response: { type: 'single' as const, optionId: 'a' },
    credit,
  }));
  return {
    id: 'ujian-1-1',
    quizId: 'ujian',
    seed: 1,
    startedAt: '2026-12-01T08:00:00.000Z',
    finishedAt: '2026-12-01T08:10:00.000Z',
    answers,
    score: 0,
    passMark: 70,
    passed: false,
  };
}

describe('scoreByFinding', () => {
  it('gives each finding the share of credit on its own questions (a hand example)', () => {
    // modul-a-1: finding 1; modul-a-2: finding 2; modul-a-3: findings 3 and 4.
    const scores = scoreByFinding(attemptWith([1, 0, 0.5]), bank);
    expect(scores).toEqual([
      { finding: 1, percent: 100, questions: 1 },
      { finding: 2, percent: 0, questions: 1 },
      { finding: 3, percent: 50, questions: 1 },
      { finding: 4, percent: 50, questions: 1 },
    ]);
  });

  it('stays within 0-100 and counts every tagged answer', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (credits) => {
        for (const s of scoreByFinding(attemptWith(credits), bank)) {
          expect(s.percent).toBeGreaterThanOrEqual(0);
          expect(s.percent).toBeLessThanOrEqual(100);
          expect(s.questions).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('gainByFinding', () => {
  it('is after minus before, and zero for the same attempt on both sides', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 25 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 25 }),
        (pre, post) => {
          const before = scoreByFinding(attemptWith(pre), bank);
          const after = scoreByFinding(attemptWith(post), bank);
          for (const g of gainByFinding(before, after)) {
            if (g.before !== null && g.after !== null) expect(g.gain).toBe(g.after - g.before);
            else expect(g.gain).toBeNull();
          }
          for (const g of gainByFinding(before, before)) expect(g.gain).toBe(0);
        },
      ),
    );
  });
});
