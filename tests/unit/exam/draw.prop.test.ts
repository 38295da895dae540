import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawExam, maxExamSize } from '../../../src/lib/exam/draw.ts';
import { EXAM_MODULES, fixtureExamBank, fixtureExamPlan } from '../../fixtures/exam.ts';

const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const draw = fc.record(
  { perModule: fc.integer({ min: 1, max: 4 }), perFinding: fc.integer({ min: 1, max: 4 }) },
  { requiredKeys: [] },
);
const bank = fixtureExamBank();

describe('drawExam', () => {
  it('is the same for the same seed, never repeats a question, and stays within the plan size', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const a = drawExam(bank, fixtureExamPlan, s).map((q) => q.id);
        expect(drawExam(bank, fixtureExamPlan, s).map((q) => q.id)).toEqual(a);
        expect(new Set(a).size).toBe(a.length);
        expect(a.length).toBeLessThanOrEqual(maxExamSize(fixtureExamPlan));
      }),
    );
  });

  it('draws perModule of every module and at least perFinding of every finding the bank can give', () => {
    fc.assert(
      fc.property(seed, draw, (s, d) => {
        fc.pre(d.perModule !== undefined || d.perFinding !== undefined);
        const plan = { ...fixtureExamPlan, draw: d };
        const drawn = drawExam(bank, plan, s);
        for (const m of EXAM_MODULES) {
          const available = bank.questions.filter((q) => q.module === m).length;
          const got = drawn.filter((q) => q.module === m).length;
          if (d.perModule !== undefined) expect(got).toBeGreaterThanOrEqual(Math.min(d.perModule, available));
        }
        for (const f of plan.findings) {
          const available = bank.questions.filter((q) => q.findings?.includes(f)).length;
          const got = drawn.filter((q) => q.findings?.includes(f)).length;
          if (d.perFinding !== undefined) expect(got).toBeGreaterThanOrEqual(Math.min(d.perFinding, available));
        }
      }),
    );
  });

  it('varies between seeds (a retry does not see the same paper)', () => {
    const papers = new Set(
      [1, 2, 3, 4, 5, 6].map((s) =>
        drawExam(bank, fixtureExamPlan, s)
          .map((q) => q.id)
          .join(),
      ),
    );
    expect(papers.size).toBeGreaterThan(1);
  });
});
