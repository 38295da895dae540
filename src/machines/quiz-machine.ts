import { and, assertEvent, assign, not, setup } from 'xstate';
import { attemptIdOf } from '../lib/exam/in-progress.ts';
import { restoreResponse } from '../lib/exam/public.ts';
import { deadlineOf, remainingMs } from '../lib/exam/timer.ts';
import { drawQuestions, type PresentedQuestion } from '../lib/quiz/draw.ts';
import { gradeResponse } from '../lib/quiz/grade.ts';
import { nextSeed } from '../lib/quiz/random.ts';
import { blankResponse, emptyResponse, isResponseComplete } from '../lib/quiz/response.ts';
import { summarizeAnswers } from '../lib/quiz/summary.ts';
import type { ExamInProgress, QuizAnswer, QuizAttempt, QuizResponse } from '../schemas/progress.ts';
import type { Question, Quiz } from '../schemas/quiz.ts';

/**
 * Exam mode: the quiz carries no answer key (withoutKey); answers are graded only once the attempt is submitted,
 * against the key the `loadKey` actor fetches, so feedback is always deferred and shown for this attempt only.
 */
export interface ExamInput {
  /** The attempt's questions for a seed (the course's balanced draw). */
  readonly draw: (seed: number) => PresentedQuestion[];
  /** Minutes per attempt; absent = no limit. */
  readonly timeLimit?: number | undefined;
  /** An attempt in progress to resume (after a reload): its seed, start, deadline and answers so far. */
  readonly resume?: ExamInProgress | undefined;
}

/** What the island passes in: the quiz, a seed for the draw, attempts already recorded, and a clock. */
export interface QuizMachineInput {
  readonly quiz: Quiz;
  readonly seed: number;
  readonly attemptsUsed: number;
  readonly now: () => Date;
  /** Present for a final exam or a pre-test. */
  readonly exam?: ExamInput | undefined;
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
  /** Exam mode settings, or null for a practice quiz. */
  readonly exam: ExamInput | null;
  /** When the current attempt's time runs out (exam with a time limit). */
  readonly deadline: string | null;
  /** Whether the time ran out before the learner submitted. */
  readonly timedOut: boolean;
  /** The full quiz with its answer key, once fetched (exam mode). */
  readonly key: Quiz | null;
}

export type QuizEvent =
  | { type: 'quiz.start' }
  /** The whole current response, shaped by the question type (see QuizResponse). */
  | { type: 'answer.select'; response: QuizResponse }
  | { type: 'answer.submit' }
  | { type: 'question.next' }
  | { type: 'quiz.retry' }
  /** The answer key arrived (exam mode; the island fetches it once the attempt is submitted). */
  | { type: 'key.loaded'; key: Quiz }
  /** The answer key could not be fetched. */
  | { type: 'key.failed' }
  /** Try again to fetch the answer key. */
  | { type: 'key.retry' }
  /** The countdown reached the deadline (sent by the island's ticking clock; ignored before the deadline). */
  | { type: 'time.up' };

const current = (context: QuizContext): PresentedQuestion | undefined => context.questions[context.index];

const draw = (quiz: Quiz, exam: ExamInput | null | undefined, seed: number) =>
  exam ? exam.draw(seed) : drawQuestions(quiz, seed);

const startAttempt = (context: QuizContext, seed: number) => {
  const questions = draw(context.quiz, context.exam, seed);
  const first = questions[0];
  const startedAt = context.now().toISOString();
  const limit = context.exam?.timeLimit;
  return {
    seed,
    questions,
    index: 0,
    answers: [],
    attempt: null,
    response: first ? emptyResponse(first) : null,
    startedAt,
    deadline: limit === undefined ? null : deadlineOf(startedAt, limit),
    timedOut: false,
    key: null,
  };
};

/** The context an exam resumes with after a reload: the same draw, its answers, and the next question. */
const resumed = (input: QuizMachineInput) => {
  const resume = input.exam?.resume;
  if (!resume) return null;
  const questions = draw(input.quiz, input.exam, resume.seed);
  const index = Math.min(resume.answers.length, Math.max(0, questions.length - 1));
  const next = questions[index];
  return {
    seed: resume.seed,
    questions,
    index,
    answers: resume.answers,
    response: next ? emptyResponse(next) : null,
    startedAt: resume.startedAt,
    deadline: resume.deadline ?? null,
  };
};

/** Every question of the attempt graded against the key; unanswered ones (time ran out) count as blank. */
const gradeWithKey = (context: QuizContext, key: Quiz): QuizAnswer[] => {
  const real = new Map(key.questions.map((q) => [q.id, q]));
  const given = new Map(context.answers.map((a) => [a.questionId, a.response]));
  return context.questions.map(({ question }) => {
    const keyed: Question = real.get(question.id) ?? question;
    const shown = given.get(question.id);
    const response = shown === undefined ? blankResponse(keyed) : restoreResponse(question, keyed, shown);
    return { questionId: question.id, response, credit: gradeResponse(keyed, response) };
  });
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
    isExam: ({ context }) => context.exam !== null,
    isResuming: ({ context }) => context.startedAt !== null && context.attempt === null,
    /** The attempt has a deadline and it has passed by the machine's clock (an early `time.up` is ignored). */
    isTimeUp: ({ context }) => context.deadline !== null && remainingMs(context.deadline, context.now()) === 0,
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
        // An exam's bank has no key on the page: the credit is known only once the key is fetched on submit.
        credit: context.exam ? 0 : gradeResponse(q.question, context.response),
      };
      return { answers: [...context.answers, answer] };
    }),
    /** Time is up: the choice on screen counts if it is complete, and the attempt is submitted. */
    expire: assign(({ context }) => {
      const q = current(context);
      const pending =
        q && context.response && isResponseComplete(context.response)
          ? [{ questionId: q.question.id, response: context.response, credit: 0 }]
          : [];
      return { answers: [...context.answers, ...pending], timedOut: true, response: null };
    }),
    applyKey: assign(({ context, event }) => {
      assertEvent(event, 'key.loaded');
      return { key: event.key, answers: gradeWithKey(context, event.key) };
    }),
    /** Fetches the answer key and sends `key.loaded` or `key.failed`; supplied by the island. */
    requestKey: () => {},
    /** Keeps the attempt in progress (exam mode) so a reload resumes it; supplied by the island. */
    saveInProgress: () => {},
    nextQuestion: assign(({ context }) => {
      const next = context.questions[context.index + 1];
      return { index: context.index + 1, response: next ? emptyResponse(next) : null };
    }),
    finishAttempt: assign(({ context }) => {
      const { score, passed } = summarizeAnswers(context.answers, context.quiz.passMark);
      const startedAt = context.startedAt ?? context.now().toISOString();
      const attempt: QuizAttempt = {
        id: attemptIdOf({ quizId: context.quiz.id, seed: context.seed, startedAt }),
        quizId: context.quiz.id,
        seed: context.seed,
        startedAt,
        finishedAt: context.now().toISOString(),
        answers: [...context.answers],
        score,
        passMark: context.quiz.passMark,
        passed,
        ...(context.deadline === null ? {} : { deadline: context.deadline }),
        ...(context.timedOut ? { timedOut: true } : {}),
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
    questions: draw(input.quiz, input.exam, input.seed),
    index: 0,
    response: null,
    answers: [],
    startedAt: null,
    attempt: null,
    exam: input.exam ?? null,
    deadline: null,
    timedOut: false,
    key: null,
    ...resumed(input),
  }),
  states: {
    intro: {
      tags: ['intro'],
      always: { guard: 'isResuming', target: 'answering' },
      on: { 'quiz.start': { guard: 'hasAttemptsLeft', target: 'answering', actions: 'beginAttempt' } },
    },
    answering: {
      tags: ['answering'],
      entry: 'saveInProgress',
      on: {
        'time.up': { guard: 'isTimeUp', target: 'grading', actions: 'expire' },
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
          { guard: and(['isAnswerComplete', 'isExam']), target: 'grading', actions: 'recordAnswer' },
          { guard: 'isAnswerComplete', target: 'result', actions: 'recordAnswer' },
        ],
      },
    },
    grading: {
      tags: ['grading'],
      initial: 'loading',
      states: {
        loading: {
          entry: 'requestKey',
          on: { 'key.loaded': { target: '#quiz.result', actions: 'applyKey' }, 'key.failed': { target: 'failed' } },
        },
        failed: { tags: ['keyError'], on: { 'key.retry': { target: 'loading' } } },
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
      // An exam's next attempt is the course's attempt policy's call: the page starts it afresh.
      on: {
        'quiz.retry': { guard: and(['hasAttemptsLeft', not('isExam')]), target: 'answering', actions: 'beginRetry' },
      },
    },
  },
});
