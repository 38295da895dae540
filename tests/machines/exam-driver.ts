import { createActor } from 'xstate';
import { presentExam } from '../../src/lib/exam/draw.ts';
import { withoutKey } from '../../src/lib/exam/public.ts';
import { quizMachine, type ExamInput, type QuizEvent } from '../../src/machines/quiz-machine.ts';
import type { ExamInProgress, QuizAttempt } from '../../src/schemas/progress.ts';
import type { Quiz } from '../../src/schemas/quiz.ts';
import { fixtureExamBank, fixtureExamPlan } from '../fixtures/exam.ts';

export const T0 = Date.parse('2026-12-01T08:00:00.000Z');

/** The exam bank with its key, and the keyless bank the page ships. */
export const examBank: Quiz = fixtureExamBank();
export const shownBank: Quiz = withoutKey(examBank);

/** Exam settings over the fixture bank and plan. */
export function examInput(timeLimit?: number, resume?: ExamInProgress): ExamInput {
  return {
    draw: (seed) => presentExam(shownBank, fixtureExamPlan, seed),
    timeLimit,
    resume,
  };
}

/** An exam actor on a clock the test advances; the answer key is sent by the test (`key.loaded`). */
export function startExam(exam: ExamInput) {
  let elapsed = 0;
  const clock = { now: () => elapsed, advance: (ms: number) => (elapsed += ms) };
  const saved: QuizAttempt[] = [];
  const inProgress: ExamInProgress[] = [];
  let keyRequests = 0;
  const machine = quizMachine.provide({
    actions: {
      requestKey: () => {
        keyRequests++;
      },
      saveAttempt: ({ context }) => {
        if (context.attempt) saved.push(context.attempt);
      },
      saveInProgress: ({ context }) => {
        if (context.startedAt)
          inProgress.push({
            quizId: context.quiz.id,
            seed: context.seed,
            startedAt: context.startedAt,
            ...(context.deadline ? { deadline: context.deadline } : {}),
            answers: [...context.answers],
          });
      },
    },
  });
  const actor = createActor(machine, {
    input: { quiz: shownBank, seed: 11, attemptsUsed: 0, now: () => new Date(T0 + clock.now()), exam },
  });
  actor.start();
  const send = (event: QuizEvent) => {
    actor.send(event);
  };
  return { actor, clock, saved, inProgress, send, keyRequests: () => keyRequests };
}
