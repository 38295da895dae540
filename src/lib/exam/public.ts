import type { QuizResponse } from '../../schemas/progress.ts';
import type { Question, Quiz } from '../../schemas/quiz.ts';
import { createRandom } from '../quiz/random.ts';
import { shuffle } from '../quiz/shuffle.ts';

// The exam page carries its bank without the answer key: which options are right, true/false answers, the order
// of ordering items, which right-hand text belongs to which left, explanations, feedback and sources. The key is
// fetched only when the attempt is submitted. A static site cannot hide it from a determined learner; the unit's
// re-grading is the real check (see the trainers' guide).

/** Placeholder for the texts the key holds (explanation, source). */
export const HIDDEN = '…';

function seedOf(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

/** A shuffled order that is never the authored one when there are two or more items. */
function scramble<T>(items: readonly T[], seed: string): T[] {
  const out = shuffle(items, createRandom(seedOf(seed)));
  const same = out.every((x, i) => x === items[i]);
  return same && items.length > 1 ? [...out.slice(1), ...out.slice(0, 1)] : out;
}

function hideKey(question: Question): Question {
  const base = { ...question, explanation: HIDDEN, source: HIDDEN };
  switch (base.type) {
    case 'single':
    case 'multiple':
      return { ...base, options: base.options.map(({ id, text }) => ({ id, text, correct: false })) };
    case 'truefalse':
      return { ...base, answer: true };
    case 'ordering':
      return { ...base, items: scramble(base.items, base.id) };
    case 'matching': {
      const rights = scramble(
        base.pairs.map((p) => p.right),
        base.id,
      );
      return { ...base, pairs: base.pairs.map((p, i) => ({ ...p, right: rights[i] ?? p.right })) };
    }
  }
}

/** The bank as the exam page ships it: the same questions and ids, with no answer key. */
export function withoutKey(bank: Quiz): Quiz {
  return { ...bank, questions: bank.questions.map(hideKey) };
}

/**
 * A response given to the keyless question, as a response to the real one: a matching choice names the pair whose
 * (scrambled) right-hand text was shown, so it is mapped to the pair that really owns that text.
 */
export function restoreResponse(shown: Question, real: Question, response: QuizResponse): QuizResponse {
  if (response.type !== 'matching' || shown.type !== 'matching' || real.type !== 'matching') return response;
  const shownRight = new Map(shown.pairs.map((p) => [p.id, p.right]));
  const owner = new Map(real.pairs.map((p) => [p.right, p.id]));
  const matches = Object.fromEntries(
    Object.entries(response.matches).map(([left, chosen]) => {
      const text = chosen === null ? undefined : shownRight.get(chosen);
      return [left, text === undefined ? chosen : (owner.get(text) ?? chosen)];
    }),
  );
  return { type: 'matching', matches };
}
