import { and, assertEvent, assign, setup } from 'xstate';
import { drawQuestions, type PresentedQuestion } from '../lib/quiz/draw.ts';
import { gradeResponse } from '../lib/quiz/grade.ts';
import { nextSeed } from '../lib/quiz/random.ts';
import { emptyResponse, isResponseComplete } from '../lib/quiz/response.ts';
import { summarizeAnswers } from '../lib/quiz/summary.ts';
import type { QuizAnswer, QuizAttempt, QuizResponse } from '../schemas/progress.ts';
import type { Quiz } from '../schemas/quiz.ts';

/** What the island passes in: the quiz, a seed for the draw, attempts already recorded, and a clock. */
export interface QuizMachineInput {
  readonly quiz: Quiz;
  readonly seed: number;
  readonly attemptsUsed: number;
  readonly now: () => Date;
}

export interface QuizContext {
  readonly quiz: Quiz;
  /** Seed of the current attempt's draw. */
  readonly seed: number;
  /** Finished attempts, including earlier visits. */
  readonly attemptsUsed: number;
  readonly now: () => Date;
  /** The current attempt's questions, in the order shown. */
  readonly questions: readonly PresentedQuestion[];
  /** Index of the current question in `questions`. */
  readonly index: number;
  /** The learner's current (not yet submitted) response. */
  readonly response: QuizResponse | null;
  /** Submitted answers of the current attempt. */
  readonly answers: readonly QuizAnswer[];
  readonly startedAt: string | null;
  /** The finished attempt, once the result is shown. */
  readonly attempt: QuizAttempt | null;
}

export type QuizEvent =
  | { type: 'quiz.start' }
  /** The whole current response, shaped by the question type (see QuizResponse). */
  | { type: 'answer.select'; response: QuizResponse }
  | { type: 'answer.submit' }
  | { type: 'question.next' }
  | { type: 'quiz.retry' };

const current = (context: QuizContext): PresentedQuestion | undefined => context.questions[context.index];

const startAttempt = (context: QuizContext, seed: number) => {
  const questions = drawQuestions(context.quiz, seed);
  const first = questions[0];
  return {
    seed,
    questions,
    index: 0,
    answers: [],
    attempt: null,
    response: first ? emptyResponse(first) : null,
    startedAt: context.now().toISOString(),
  };
};

/**
 * One quiz attempt after another: intro -> answering -> (feedback, when immediate) -> result -> retry.
 * Saving is the named action `saveAttempt`, a no-op here; the island supplies it with `.provide()`.
 */
export const quizMachine = setup({
  types: {
    input: {} as QuizMachineInput,
    context: {} as QuizContext,
    events: {} as QuizEvent,
  },
  guards: {
    /** The selected response fits the current question's type. */
    isResponseForQuestion: ({ context, event }) => {
      assertEvent(event, 'answer.select');
      return current(context)?.question.type === event.response.type;
    },
    /** Something is chosen (every left side paired, for matching). */
    isAnswerComplete: ({ context }) => context.response !== null && isResponseComplete(context.response),
    /** The current response earns full credit. */
    isCorrect: ({ context }) => {
      const q = current(context);
      return q !== undefined && context.response !== null && gradeResponse(q.question, context.response) === 1;
    },
    isImmediateFeedback: ({ context }) => context.quiz.feedback === 'immediate',
    hasMoreQuestions: ({ context }) => context.index + 1 < context.questions.length,
    hasAttemptsLeft: ({ context }) =>
      context.quiz.attempts === undefined || context.attemptsUsed < context.quiz.attempts,
    isPassed: ({ context }) => context.attempt?.passed === true,
  },
  actions: {
    beginAttempt: assign(({ context }) => startAttempt(context, context.seed)),
    beginRetry: assign(({ context }) => startAttempt(context, nextSeed(context.seed))),
    selectResponse: assign(({ event }) => {
      assertEvent(event, 'answer.select');
      return { response: event.response };
    }),
    recordAnswer: assign(({ context }) => {
      const q = current(context);
      if (!q || !context.response) return {};
      const answer: QuizAnswer = {
        questionId: q.question.id,
        response: context.response,
        credit: gradeResponse(q.question, context.response),
      };
      return { answers: [...context.answers, answer] };
    }),
    nextQuestion: assign(({ context }) => {
      const next = context.questions[context.index + 1];
      return { index: context.index + 1, response: next ? emptyResponse(next) : null };
    }),
    finishAttempt: assign(({ context }) => {
      const { score, passed } = summarizeAnswers(context.answers, context.quiz.passMark);
      const startedAt = context.startedAt ?? context.now().toISOString();
      const attempt: QuizAttempt = {
        id: `${context.quiz.id}-${context.seed}-${Date.parse(startedAt)}`,
        quizId: context.quiz.id,
        seed: context.seed,
        startedAt,
        finishedAt: context.now().toISOString(),
        answers: [...context.answers],
        score,
        passMark: context.quiz.passMark,
        passed,
      };
      return { attempt, attemptsUsed: context.attemptsUsed + 1, response: null };
    }),
    /** Records the finished attempt; supplied by the island (progress storage). */
    saveAttempt: () => {},
  },
}).createMachine({
  id: 'quiz',
  initial: 'intro',
  context: ({ input }) => ({
    quiz: input.quiz,
    seed: input.seed,
    attemptsUsed: input.attemptsUsed,
    now: input.now,
    questions: drawQuestions(input.quiz, input.seed),
    index: 0,
    response: null,
    answers: [],
    startedAt: null,
    attempt: null,
  }),
  states: {
    intro: {
      tags: ['intro'],
      on: { 'quiz.start': { guard: 'hasAttemptsLeft', target: 'answering', actions: 'beginAttempt' } },
    },
    answering: {
      tags: ['answering'],
      on: {
        'answer.select': { guard: 'isResponseForQuestion', actions: 'selectResponse' },
        'answer.submit': [
          {
            guard: and(['isAnswerComplete', 'isImmediateFeedback', 'isCorrect']),
            target: 'feedback.correct',
            actions: 'recordAnswer',
          },
          {
            guard: and(['isAnswerComplete', 'isImmediateFeedback']),
            target: 'feedback.incorrect',
            actions: 'recordAnswer',
          },
          {
            guard: and(['isAnswerComplete', 'hasMoreQuestions']),
            target: 'answering',
            reenter: true,
            actions: ['recordAnswer', 'nextQuestion'],
          },
          { guard: 'isAnswerComplete', target: 'result', actions: 'recordAnswer' },
        ],
      },
    },
    feedback: {
      tags: ['feedback'],
      initial: 'correct',
      states: {
        correct: { tags: ['correct'] },
        incorrect: { tags: ['incorrect'] },
      },
      on: {
        'question.next': [
          { guard: 'hasMoreQuestions', target: 'answering', actions: 'nextQuestion' },
          { target: 'result' },
        ],
      },
    },
    result: {
      tags: ['result'],
      entry: ['finishAttempt', 'saveAttempt'],
      initial: 'scoring',
      states: {
        scoring: { always: [{ guard: 'isPassed', target: 'passed' }, { target: 'failed' }] },
        passed: { tags: ['passed'] },
        failed: { tags: ['failed'] },
      },
      on: { 'quiz.retry': { guard: 'hasAttemptsLeft', target: 'answering', actions: 'beginRetry' } },
    },
  },
});
