import type { Question, QuestionOfType, Quiz } from '../../schemas/quiz.ts';
import { createRandom, type Random } from './random.ts';
import { shuffle } from './shuffle.ts';

/** A question as one attempt shows it. */
export interface PresentedQuestion {
  readonly question: Question;
  /**
   * Display order: option ids (single, multiple), "true"/"false" (truefalse), the starting order of the item ids
   * (ordering), or the ids of the right-hand choices (matching: pair ids and distractor ids).
   */
  readonly order: readonly string[];
}

/** A right-hand choice of a matching question: a pair's right side, or a distractor. */
export interface MatchingChoice {
  readonly id: string;
  readonly text: string;
}

/** The right-hand choices of a matching question: pair ids, then `pengecoh-N` for each distractor. */
export function matchingChoices(question: QuestionOfType<'matching'>): MatchingChoice[] {
  return [
    ...question.pairs.map((p) => ({ id: p.id, text: p.right })),
    ...question.distractors.map((text, i) => ({ id: `pengecoh-${i + 1}`, text })),
  ];
}

function present(question: Question, shuffleOptions: boolean, random: Random): PresentedQuestion {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const ids = question.options.map((o) => o.id);
      return { question, order: shuffleOptions ? shuffle(ids, random) : ids };
    }
    case 'truefalse':
      return { question, order: ['true', 'false'] };
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      const order = shuffle(ids, random);
      // Never start in the solved order: a learner who submits without moving anything must not score.
      const solved = order.every((id, i) => id === ids[i]);
      return { question, order: solved && ids.length > 1 ? [...order.slice(1), ...order.slice(0, 1)] : order };
    }
    case 'matching':
      // Right-hand choices are always shuffled, or the answer would be "pick the one on the same row".
      return { question, order: shuffle(matchingChoices(question), random).map((c) => c.id) };
  }
}

/** Orders drawn questions and their options for one attempt, as the quiz's shuffle settings say. */
export function presentQuestions(
  questions: readonly Question[],
  settings: Quiz['shuffle'],
  random: Random,
): PresentedQuestion[] {
  const ordered = settings.questions ? shuffle(questions, random) : questions;
  return ordered.map((q) => present(q, settings.options, random));
}

/** Draws and orders the questions of one attempt from a seed: `draw` of the bank, shuffled as the quiz says. */
export function drawQuestions(quiz: Quiz, seed: number): PresentedQuestion[] {
  const random = createRandom(seed);
  const count = Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length);
  let picked = quiz.questions.map((_, i) => i);
  // The drawn subset keeps the authored order unless questions are shuffled too.
  if (count < picked.length)
    picked = shuffle(picked, random)
      .slice(0, count)
      .sort((a, b) => a - b);
  return presentQuestions(
    picked.map((i) => quiz.questions[i] as Question),
    quiz.shuffle,
    random,
  );
}
