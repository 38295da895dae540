import type { Question, Quiz } from '../../schemas/quiz.ts';
import { renderInlineMarkdown } from '../html/markdown.ts';
import { matchingChoices } from './draw.ts';

/** HTML of each inline-Markdown text of a quiz, keyed by the text itself. */
export type QuizTextHtml = Readonly<Record<string, string>>;

function textsOf(question: Question): string[] {
  const shared = [question.prompt, question.explanation, question.source];
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [...shared, ...question.options.flatMap((o) => (o.feedback ? [o.text, o.feedback] : [o.text]))];
    case 'truefalse':
      return shared;
    case 'ordering':
      return [...shared, ...question.items.map((i) => i.text)];
    case 'matching':
      return [...shared, ...question.pairs.map((p) => p.left), ...matchingChoices(question).map((c) => c.text)];
  }
}

/**
 * Renders every text the quiz island shows as Markdown, at build time: the island receives the HTML and ships no
 * Markdown parser.
 */
export function quizTextHtml(quiz: Quiz): QuizTextHtml {
  return Object.fromEntries(quiz.questions.flatMap(textsOf).map((text) => [text, renderInlineMarkdown(text)]));
}
