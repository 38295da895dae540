import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../../src/lib/unit/answer-key.ts';
import { discriminationIndex, itemStatistics, type MemberAttempt } from '../../../src/lib/unit/item-stats.ts';
import type { QuizResponse } from '../../../src/schemas/progress.ts';

const key: AnswerKey = {
  id: 'ujian-uji',
  title: 'Ujian uji',
  passMark: 75,
  questions: [
    {
      id: 'x',
      type: 'single',
      options: [
        { id: 'a', correct: true },
        { id: 'b', correct: false },
        { id: 'c', correct: false },
      ],
    },
    { id: 'z', type: 'truefalse', answer: true },
    { id: 'e', type: 'ordering', items: [{ id: 'satu' }, { id: 'dua' }] },
  ],
};

const single = (optionId: string | null): QuizResponse => ({ type: 'single', optionId });
const tf = (value: boolean): QuizResponse => ({ type: 'truefalse', value });
const order: QuizResponse = { type: 'ordering', itemIds: ['satu', 'dua'] };

// Ten members, ranked by total score. Columns: total, item x (response, credit), item z (credit), item e (credit).
//   M1  95  a 1   z 0   e 1
//   M2  90  a 1   z 0   e 1
//   M3  85  b 0   z 0   e 1
//   M4  80  a 1   z 1   e 1
//   M5  70  a 1   z 1   e 1
//   M6  60  b 0   z 1   e 1
//   M7  55  a 1   z 1   e 1
//   M8  50  c 0   z 1   e 1
//   M9  40  b 0   z 1   e 1
//   M10 30  -  0  z 1   e 1   (skipped x)
const table: [number, string | null, number, number, number][] = [
  [95, 'a', 1, 0, 1],
  [90, 'a', 1, 0, 1],
  [85, 'b', 0, 0, 1],
  [80, 'a', 1, 1, 1],
  [70, 'a', 1, 1, 1],
  [60, 'b', 0, 1, 1],
  [55, 'a', 1, 1, 1],
  [50, 'c', 0, 1, 1],
  [40, 'b', 0, 1, 1],
  [30, null, 0, 1, 1],
];
const attempts: MemberAttempt[] = table.map(([score, x, cx, cz, ce]) => ({
  score,
  answers: [
    { questionId: 'x', response: single(x), credit: cx },
    { questionId: 'z', response: tf(cz === 1), credit: cz },
    { questionId: 'e', response: order, credit: ce },
  ],
}));

describe('item statistics', () => {
  const [x, z, e] = itemStatistics(key, attempts);

  it('matches the hand-computed facility, discrimination and option frequencies of a single-choice item', () => {
    // Facility: 5 right of 10 answers = 0.5.
    expect(x?.answers).toBe(10);
    expect(x?.facility).toBe(0.5);
    // Groups of 0.27 x 10 = 2.7 members. Upper: M1 (1) + M2 (1) + 0.7 x M3 (0) = 2, mean 2 / 2.7 = 0.7407.
    // Lower: M10 (0) + M9 (0) + 0.7 x M8 (0) = 0, mean 0. D = 0.7407 - 0 = 0.7407.
    expect(x?.discrimination).toBeCloseTo(2 / 2.7, 10);
    // a chosen by M1, M2, M4, M5, M7; b by M3, M6, M9; c by M8; M10 skipped.
    expect(x?.options).toEqual([
      { id: 'a', correct: true, count: 5, share: 0.5 },
      { id: 'b', correct: false, count: 3, share: 0.3 },
      { id: 'c', correct: false, count: 1, share: 0.1 },
    ]);
    expect(x?.skipped).toBe(1);
    expect(x?.flags).toEqual([]);
  });

  it('flags an item strong members get wrong', () => {
    // Facility 7 / 10 = 0.7. Upper: M1 0 + M2 0 + 0.7 x M3 0 = 0. Lower: M10 1 + M9 1 + 0.7 x M8 1 = 2.7, mean 1.
    // D = 0 - 1 = -1.
    expect(z?.facility).toBe(0.7);
    expect(z?.discrimination).toBeCloseTo(-1, 10);
    expect(z?.options).toEqual([
      { id: 'true', correct: true, count: 7, share: 0.7 },
      { id: 'false', correct: false, count: 3, share: 0.3 },
    ]);
    expect(z?.flags).toEqual(['negative']);
  });

  it('flags an item everyone gets right, which cannot tell strong from weak members either', () => {
    // Facility 10 / 10 = 1 > 0.9; both groups average 1, so D = 0 < 0.2. No option table for ordering items.
    expect(e?.facility).toBe(1);
    expect(e?.discrimination).toBe(0);
    expect(e?.options).toBeNull();
    expect(e?.flags).toEqual(['easy', 'low']);
  });

  it('shares members tied on total score between the groups instead of picking by arrival order', () => {
    // Four members: totals 80, 80, 50, 50 with credits 1, 0, 1, 0. Groups of max(1, 0.27 x 4) = 1.08 members.
    // Upper: 1.08 of the tied block at 80 (mean credit 0.5) = 0.5; lower likewise 0.5. D = 0.
    const tied = [
      { total: 80, credit: 1 },
      { total: 80, credit: 0 },
      { total: 50, credit: 1 },
      { total: 50, credit: 0 },
    ];
    expect(discriminationIndex(tied)).toBeCloseTo(0, 12);
    expect(discriminationIndex(tied.slice(0, 1))).toBeNull();
  });

  it('does not flag an item with fewer than ten answers', () => {
    const [few] = itemStatistics(key, attempts.slice(0, 9));
    const [, fewZ] = itemStatistics(key, attempts.slice(0, 9));
    expect(few?.answers).toBe(9);
    expect(fewZ?.discrimination).toBeLessThan(0);
    expect(fewZ?.flags).toEqual([]);
  });

  it('counts a multiple-response option once per member who ticked it, and an empty answer as skipped', () => {
    const multi: AnswerKey = {
      ...key,
      questions: [
        {
          id: 'm',
          type: 'multiple',
          options: [
            { id: 'a', correct: true },
            { id: 'b', correct: true },
            { id: 'c', correct: false },
          ],
        },
      ],
    };
    const answer = (optionIds: string[], credit: number): MemberAttempt => ({
      score: credit * 100,
      answers: [{ questionId: 'm', response: { type: 'multiple', optionIds }, credit }],
    });
    // Credits by the partial-credit rule: {a,b} 1; {a} 0.5; {a,c} 0; {} 0. Facility (1 + 0.5 + 0 + 0) / 4 = 0.375.
    const [m] = itemStatistics(multi, [
      answer(['a', 'b'], 1),
      answer(['a'], 0.5),
      answer(['a', 'c'], 0),
      answer([], 0),
    ]);
    expect(m?.facility).toBe(0.375);
    expect(m?.options?.map((o) => o.count)).toEqual([3, 1, 1]);
    expect(m?.skipped).toBe(1);
  });
});
