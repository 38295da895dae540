import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../../src/lib/unit/answer-key.ts';
import { itemStatistics, type MemberAttempt } from '../../../src/lib/unit/item-stats.ts';
import { findingMastery, masteryShares } from '../../../src/lib/unit/mastery.ts';

const key: AnswerKey = {
  id: 'ujian-uji',
  title: 'Ujian uji',
  passMark: 75,
  questions: ['q1', 'q2', 'q3'].map((id, i) => ({
    id,
    type: 'single' as const,
    findings: [i + 1, 4],
    options: [
      { id: 'a', correct: true },
      { id: 'b', correct: false },
    ],
  })),
};

const member: fc.Arbitrary<MemberAttempt> = fc.record({
  score: fc.integer({ min: 0, max: 100 }),
  answers: fc.subarray(['q1', 'q2', 'q3']).chain((ids) =>
    fc.tuple(
      ...ids.map((questionId) =>
        fc.record({
          questionId: fc.constant(questionId),
          response: fc.record({ type: fc.constant('single' as const), optionId: fc.constantFrom('a', 'b', null) }),
          credit: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
        }),
      ),
    ),
  ),
});

/** Members and the same members in another order. */
const membersAndShuffle = fc
  .array(member, { maxLength: 40 })
  .chain((members) =>
    fc.tuple(
      fc.constant(members),
      fc.shuffledSubarray(members, { minLength: members.length, maxLength: members.length }),
    ),
  );

describe('item statistics laws', () => {
  it('keeps facility in [0, 1], discrimination in [-1, 1] and option shares within the answers', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 40 }), (members) => {
        for (const s of itemStatistics(key, members)) {
          if (s.facility !== null) expect(s.facility >= 0 && s.facility <= 1).toBe(true);
          if (s.discrimination !== null)
            expect(s.discrimination >= -1 - 1e-12 && s.discrimination <= 1 + 1e-12).toBe(true);
          expect((s.options ?? []).reduce((n, o) => n + o.count, 0) + s.skipped).toBe(s.answers);
        }
      }),
    );
  });

  it('does not depend on the order the members came in', () => {
    fc.assert(
      fc.property(membersAndShuffle, ([members, shuffled]) => {
        const a = itemStatistics(key, members);
        const b = itemStatistics(key, shuffled);
        a.forEach((s, i) => {
          const t = b[i];
          expect(t?.answers).toBe(s.answers);
          expect(t?.options).toEqual(s.options);
          expect(t?.flags).toEqual(s.flags);
          if (s.facility === null) expect(t?.facility).toBeNull();
          else expect(t?.facility).toBeCloseTo(s.facility, 9);
          if (s.discrimination === null) expect(t?.discrimination).toBeNull();
          else expect(t?.discrimination).toBeCloseTo(s.discrimination, 9);
        });
        const shares = (list: readonly MemberAttempt[]) => [...masteryShares(list.map((m) => findingMastery(key, m)))];
        expect(shares(shuffled)).toEqual(shares(members));
      }),
    );
  });

  it('gives an item right exactly for the higher half of the members a discrimination near 1', () => {
    // A monotone item: right exactly for the members with the higher totals (distinct totals, ten or more members).
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 10, maxLength: 40 }), (totals) => {
        const cut = [...totals].sort((x, y) => y - x)[Math.floor(totals.length / 2)] ?? 0;
        const members = totals.map((score) => ({
          score,
          answers: [
            { questionId: 'q1', response: { type: 'single' as const, optionId: 'a' }, credit: score > cut ? 1 : 0 },
          ],
        }));
        const [q1] = itemStatistics(key, members);
        expect(q1?.discrimination).toBeGreaterThan(0.9);
      }),
    );
  });
});
