import type { QuizResponse } from '../../schemas/progress.ts';
import type { Question } from '../../schemas/quiz.ts';
import type { PresentedQuestion } from './draw.ts';

/** The response of a question left unanswered (an exam submitted when time ran out): it earns no credit. */
export function blankResponse(question: Question): QuizResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: null };
    case 'multiple':
      return { type: 'multiple', optionIds: [] };
    case 'truefalse':
      return { type: 'truefalse', value: null };
    case 'ordering':
      return { type: 'ordering', itemIds: [] };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, null])) };
  }
}

/** The response before the learner has done anything (ordering starts in the shown order). */
export function emptyResponse(presented: PresentedQuestion): QuizResponse {
  const q = presented.question;
  return q.type === 'ordering' ? { type: 'ordering', itemIds: [...presented.order] } : blankResponse(q);
}

/** Whether a response can be submitted: something chosen, and every left side of a matching question paired. */
export function isResponseComplete(response: QuizResponse): boolean {
  switch (response.type) {
    case 'single':
      return response.optionId !== null;
    case 'multiple':
      return response.optionIds.length > 0;
    case 'truefalse':
      return response.value !== null;
    case 'ordering':
      return response.itemIds.length > 0;
    case 'matching':
      return Object.values(response.matches).every((v) => v !== null);
  }
}

/** The full-credit response to a question (shown in the review, and used by tests). */
export function correctResponse(question: Question): QuizResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.options.find((o) => o.correct)?.id ?? null };
    case 'multiple':
      return { type: 'multiple', optionIds: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'ordering':
      return { type: 'ordering', itemIds: question.items.map((i) => i.id) };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, p.id])) };
  }
}
