import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { gradeKeyQuestion, toAnswerKey } from '../../../src/lib/unit/answer-key.ts';
import { gradeResponse } from '../../../src/lib/quiz/grade.ts';
import type { QuizResponse } from '../../../src/schemas/progress.ts';
import { QuizSchema, type Question } from '../../../src/schemas/quiz.ts';

const quizzes = readdirSync('content/quizzes').map((file) =>
  QuizSchema.parse(parse(readFileSync(`content/quizzes/${file}`, 'utf8'))),
);

/** Responses that earn full, partial and no credit for a question. */
function responses(q: Question): QuizResponse[] {
  switch (q.type) {
    case 'single':
      return q.options.map((o) => ({ type: 'single', optionId: o.id }));
    case 'multiple':
      return [
        { type: 'multiple', optionIds: q.options.filter((o) => o.correct).map((o) => o.id) },
        { type: 'multiple', optionIds: q.options.slice(0, 2).map((o) => o.id) },
        { type: 'multiple', optionIds: [] },
      ];
    case 'truefalse':
      return [true, false, null].map((value) => ({ type: 'truefalse', value }));
    case 'ordering':
      return [
        { type: 'ordering', itemIds: q.items.map((it) => it.id) },
        { type: 'ordering', itemIds: q.items.map((it) => it.id).reverse() },
      ];
    case 'matching':
      return [
        { type: 'matching', matches: Object.fromEntries(q.pairs.map((p) => [p.id, p.id])) },
        { type: 'matching', matches: Object.fromEntries(q.pairs.map((p, i) => [p.id, i === 0 ? p.id : null])) },
      ];
  }
}

describe('answer key', () => {
  it('grades every response to every real question exactly as the full quiz file does', () => {
    for (const quiz of quizzes) {
      const key = toAnswerKey(quiz);
      quiz.questions.forEach((question, i) => {
        const keyQuestion = key.questions[i];
        if (!keyQuestion) throw new Error(question.id);
        for (const response of responses(question)) {
          expect(gradeKeyQuestion(keyQuestion, response), `${quiz.id}/${question.id}`).toBe(
            gradeResponse(question, response),
          );
        }
      });
    }
  });

  it('keeps ids, tags and answers, and drops prompts, option texts, feedback, explanations and sources', () => {
    const exam = quizzes.find((q) => q.id === 'ujian-sosialisasi-perpol-1-2021');
    if (!exam) throw new Error('exam bank missing');
    const text = JSON.stringify(toAnswerKey(exam));
    const first = exam.questions[0];
    expect(first?.type).toBe('single');
    if (first?.type !== 'single') return;
    expect(toAnswerKey(exam).questions[0]).toEqual({
      id: first.id,
      type: 'single',
      module: first.module,
      findings: first.findings,
      level: first.level,
      options: first.options.map((o) => ({ id: o.id, correct: o.correct })),
    });
    for (const q of exam.questions) {
      expect(text).not.toContain(q.prompt);
      expect(text).not.toContain(q.explanation);
    }
  });
});
