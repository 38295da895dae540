import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreResponse, withoutKey } from '../../../src/lib/exam/public.ts';
import { gradeResponse } from '../../../src/lib/quiz/grade.ts';
import { correctResponse } from '../../../src/lib/quiz/response.ts';
import { fixtureExamBank } from '../../fixtures/exam.ts';

const bank = fixtureExamBank();
const shown = withoutKey(bank);

describe('withoutKey', () => {
  it('carries no right option, feedback, explanation or source, and no ordering or pairing in its authored form', () => {
    const text = JSON.stringify(shown);
    expect(text).not.toContain('"correct":true');
    expect(text).not.toContain('Koordinasi lintas fungsi.');
    expect(text).not.toContain('Bhabinkamtibmas hanya salah satu pengemban.');
    const order = shown.questions.find((q) => q.id === 'urutan');
    expect(order?.type === 'ordering' && order.items.map((i) => i.id)).not.toEqual(['skep', 'perkap', 'perpol']);
    const match = shown.questions.find((q) => q.id === 'pasangan');
    expect(match?.type === 'matching' && match.pairs.map((p) => p.right)).toEqual([
      'Laporan informasi',
      'Dikmas Lantas',
    ]);
  });

  it('keeps ids, prompts and tags, so attempts and the unit recap read the same questions', () => {
    expect(shown.questions.map((q) => [q.id, q.prompt, q.module, q.findings])).toEqual(
      bank.questions.map((q) => [q.id, q.prompt, q.module, q.findings]),
    );
  });
});

describe('restoreResponse', () => {
  it('turns what the learner chose on the keyless page into the same answer against the key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bank.questions), (real) => {
        const keyless = shown.questions.find((q) => q.id === real.id);
        if (!keyless) throw new Error('missing');
        // The learner picks, on screen, the texts of the right answer.
        let response = correctResponse(real);
        if (response.type === 'matching' && keyless.type === 'matching' && real.type === 'matching') {
          const byText = new Map(keyless.pairs.map((p) => [p.right, p.id]));
          response = {
            type: 'matching',
            matches: Object.fromEntries(real.pairs.map((p) => [p.id, byText.get(p.right) ?? null])),
          };
        }
        expect(gradeResponse(real, restoreResponse(keyless, real, response))).toBe(1);
      }),
    );
  });
});
