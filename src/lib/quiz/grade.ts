import type { QuizResponse } from '../../schemas/progress.ts';
import type { Question } from '../../schemas/quiz.ts';

/**
 * Credit (0 to 1) for a response. The partial-credit rules:
 * - single and truefalse: 1 when right, else 0;
 * - multiple: (correct options selected - wrong options selected) / number of correct options, floored at 0,
 *   so ticking every box earns nothing more than guessing;
 * - ordering: items in their correct position / number of items;
 * - matching: left sides paired with their own right side / number of pairs.
 * A response of another type than the question earns 0.
 */
export function gradeResponse(question: Question, response: QuizResponse): number {
  switch (question.type) {
    case 'single':
      if (response.type !== 'single') return 0;
      return question.options.some((o) => o.correct && o.id === response.optionId) ? 1 : 0;
    case 'multiple': {
      if (response.type !== 'multiple') return 0;
      const correct = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
      const known = new Set(question.options.map((o) => o.id));
      const chosen = new Set(response.optionIds.filter((id) => known.has(id)));
      let hits = 0;
      for (const id of chosen) hits += correct.has(id) ? 1 : -1;
      return correct.size === 0 ? 0 : Math.max(0, hits) / correct.size;
    }
    case 'truefalse':
      if (response.type !== 'truefalse') return 0;
      return response.value === question.answer ? 1 : 0;
    case 'ordering': {
      if (response.type !== 'ordering') return 0;
      const inPlace = question.items.filter((item, i) => response.itemIds[i] === item.id).length;
      return inPlace / question.items.length;
    }
    case 'matching': {
      if (response.type !== 'matching') return 0;
      const right = question.pairs.filter((p) => response.matches[p.id] === p.id).length;
      return right / question.pairs.length;
    }
  }
}
