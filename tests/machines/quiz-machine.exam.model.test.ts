import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { presentExam } from '../../src/lib/exam/draw.ts';
import { gradeResponse } from '../../src/lib/quiz/grade.ts';
import { quizMachine, type QuizEvent, type QuizMachineInput } from '../../src/machines/quiz-machine.ts';
import { examBank, shownBank, T0 } from './exam-driver.ts';
import { isInState, responseClass, withAnswers, type QuizSnapshot } from './quiz-driver.ts';

// Two questions (one per module of a two-module plan) keep the graph small.
const plan = { modules: ['modul-a', 'modul-b'], findings: [], draw: { perModule: 1 } };
const draw = (seed: number) => presentExam(shownBank, plan, seed);
const keyOf = (s: QuizSnapshot) => {
  const id = s.context.questions[s.context.index]?.question.id;
  const q = examBank.questions.find((x) => x.id === id);
  if (!q) throw new Error('no question');
  return q;
};

function eventsFor(s: QuizSnapshot): QuizEvent[] {
  const base: QuizEvent[] = [
    { type: 'quiz.start' },
    { type: 'answer.submit' },
    { type: 'time.up' },
    { type: 'key.loaded', key: examBank },
    { type: 'key.failed' },
    { type: 'key.retry' },
    { type: 'quiz.retry' },
  ];
  return withAnswers(s, base, keyOf);
}

const fresh: QuizMachineInput = {
  quiz: shownBank,
  seed: 5,
  attemptsUsed: 0,
  now: () => new Date(T0),
  exam: { draw, timeLimit: 30 },
};
// Reloaded after the deadline passed: the first time.up submits.
const expired: QuizMachineInput = {
  ...fresh,
  exam: {
    draw,
    timeLimit: 30,
    resume: {
      quizId: shownBank.id,
      seed: 5,
      startedAt: new Date(T0 - 31 * 60_000).toISOString(),
      deadline: new Date(T0 - 60_000).toISOString(),
      answers: [],
    },
  },
};

const STATES = ['intro', 'answering', 'grading.loading', 'grading.failed', 'result.passed', 'result.failed'];

async function run(input: QuizMachineInput) {
  const model = createTestModel(quizMachine, {
    input,
    events: eventsFor,
    serializeState: (s) =>
      JSON.stringify([
        s.value,
        s.context.index,
        responseClass(s, keyOf),
        s.context.answers.map((a) =>
          gradeResponse(examBank.questions.find((q) => q.id === a.questionId) ?? keyOf(s), a.response),
        ),
        s.context.timedOut,
      ]),
  });
  const visited = new Set<string>();
  let requests = 0;
  for (const path of model.getShortestPaths()) {
    const actor = createActor(
      quizMachine.provide({
        actions: {
          requestKey: () => {
            requests++;
          },
        },
      }),
      { input },
    ).start();
    await path.test({
      states: Object.fromEntries(
        STATES.map((key) => [
          key,
          () => {
            visited.add(key);
            expect(isInState(actor.getSnapshot(), key)).toBe(true);
            // Deferred feedback: no verdict is ever shown while answering.
            expect(actor.getSnapshot().hasTag('feedback')).toBe(false);
          },
        ]),
      ),
      events: Object.fromEntries(
        [
          'quiz.start',
          'answer.select',
          'answer.submit',
          'time.up',
          'key.loaded',
          'key.failed',
          'key.retry',
          'quiz.retry',
        ].map((type) => [
          type,
          ({ event }: { event: QuizEvent }) => {
            actor.send(event);
          },
        ]),
      ),
    });
  }
  return { visited, requests };
}

describe('quizMachine exam model', () => {
  it('reaches every exam state with deferred feedback, fetching the key only after submit', async () => {
    const { visited, requests } = await run(fresh);
    expect([...visited].sort()).toEqual([...STATES].sort());
    expect(requests).toBeGreaterThan(0);
  });

  it('a reload after the deadline resumes into answering, and time.up submits', async () => {
    const { visited } = await run(expired);
    expect(visited.has('intro')).toBe(false);
    expect(visited.has('result.failed')).toBe(true);
  });
});
