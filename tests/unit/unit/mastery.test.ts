import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../../src/lib/unit/answer-key.ts';
import { findingMastery, masteryShares } from '../../../src/lib/unit/mastery.ts';

const key: AnswerKey = {
  id: 'ujian-uji',
  title: 'Ujian uji',
  passMark: 75,
  questions: [
    { id: 'q1', type: 'truefalse', answer: true, findings: [1] },
    { id: 'q2', type: 'truefalse', answer: true, findings: [1, 2] },
    { id: 'q3', type: 'truefalse', answer: true, findings: [2] },
    { id: 'q4', type: 'truefalse', answer: true, findings: [3] },
  ],
};
const attempt = (credits: number[]) => ({
  score: 0,
  answers: credits.map((credit, i) => ({
    questionId: `q${String(i + 1)}`,
    response: { type: 'truefalse' as const, value: true },
    credit,
  })),
});

describe('mastery per finding', () => {
  it('masters a finding with at least 70 % of the credit on at least two items tagged with it', () => {
    // Finding 1: q1 + q2 = (1 + 0.5) / 2 = 0.75 >= 0.7 -> mastered. Finding 2: q2 + q3 = (0.5 + 0.4) / 2 = 0.45 -> not.
    // Finding 3: one item only -> not assessed. Findings 4-7: no item -> not assessed.
    const m = findingMastery(key, attempt([1, 0.5, 0.4, 1]));
    expect([...m]).toEqual([
      [1, true],
      [2, false],
      [3, null],
      [4, null],
      [5, null],
      [6, null],
      [7, null],
    ]);
    // Exactly 70 % counts: (1 + 0.4) / 2 = 0.7.
    expect(findingMastery(key, attempt([1, 0.4, 0, 0])).get(1)).toBe(true);
  });

  it('gives the share of assessed members who master each finding', () => {
    const shares = masteryShares([
      findingMastery(key, attempt([1, 1, 1, 1])),
      findingMastery(key, attempt([0, 0, 1, 1])),
      findingMastery(key, attempt([1, 1, 0, 0])),
    ]);
    // Finding 1: members 1 and 3 of 3. Finding 2: q2+q3 = 1, 0.5, 0.5 -> member 1 of 3. Finding 3: nobody assessed.
    expect(shares.get(1)).toEqual({ masters: 2, assessed: 3, share: 2 / 3 });
    expect(shares.get(2)).toEqual({ masters: 1, assessed: 3, share: 1 / 3 });
    expect(shares.get(3)).toEqual({ masters: 0, assessed: 0, share: null });
  });
});
