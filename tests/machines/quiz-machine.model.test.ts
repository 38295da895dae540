import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { quizMachine, type QuizEvent } from '../../src/machines/quiz-machine.ts';
import { fixtureQuizInput, fixtureQuizWith } from '../fixtures/quiz.ts';
import { currentQuestion, fakeClock, isInState, responseClass, withAnswers, type QuizSnapshot } from './quiz-driver.ts';

// Two questions and two attempts keep the graph small while reaching every state and transition.
const quiz = fixtureQuizWith({ questions: fixtureQuizInput.questions.slice(0, 2), attempts: 2 });

/** The events a learner can cause in a state; `answer.select` with a right and a wrong answer. */
function eventsFor(snapshot: QuizSnapshot): QuizEvent[] {
  const base: QuizEvent[] = [
    { type: 'quiz.start' },
    { type: 'answer.submit' },
    { type: 'question.next' },
    { type: 'quiz.retry' },
  ];
  return withAnswers(snapshot, base, currentQuestion);
}

function modelFor(feedback: 'immediate' | 'deferred') {
  const input = { quiz: { ...quiz, feedback }, seed: 3, attemptsUsed: 0, now: fakeClock() };
  const model = createTestModel(quizMachine, {
    input,
    events: eventsFor,
    // The meaningful state: where we are, which question, attempts used, whether the response is right, credits so far.
    serializeState: (s) =>
      JSON.stringify([
        s.value,
        s.context.index,
        s.context.attemptsUsed,
        responseClass(s, currentQuestion),
        s.context.answers.map((a) => a.credit),
      ]),
  });
  return { model, input };
}

const STATES = ['intro', 'answering', 'feedback.correct', 'feedback.incorrect', 'result.passed', 'result.failed'];

async function runPaths(feedback: 'immediate' | 'deferred', kind: 'shortest' | 'simple') {
  const { model, input } = modelFor(feedback);
  const paths = kind === 'shortest' ? model.getShortestPaths() : model.getSimplePaths();
  const visited = new Set<string>();
  const events = new Set<string>();
  for (const path of paths) {
    // The system under test: a fresh actor driven by the same events as the model.
    const actor = createActor(quizMachine, { input: { ...input, now: fakeClock() } }).start();
    const check = (key: string) => () => {
      visited.add(key);
      expect(isInState(actor.getSnapshot(), key)).toBe(true);
    };
    await path.test({
      states: Object.fromEntries(STATES.map((key) => [key, check(key)])),
      events: {
        'quiz.start': () => {
          actor.send({ type: 'quiz.start' });
        },
        'answer.select': ({ event }) => {
          actor.send(event as QuizEvent);
        },
        'answer.submit': () => {
          actor.send({ type: 'answer.submit' });
        },
        'question.next': () => {
          actor.send({ type: 'question.next' });
        },
        'quiz.retry': () => {
          actor.send({ type: 'quiz.retry' });
        },
      },
    });
    for (const step of path.steps) events.add(step.event.type);
  }
  return { visited, events, count: paths.length };
}

describe('quizMachine model', () => {
  it.each(['shortest', 'simple'] as const)('immediate feedback: %s paths reach every state and event', async (kind) => {
    const { visited, events, count } = await runPaths('immediate', kind);
    expect(count).toBeGreaterThan(0);
    expect([...visited].sort()).toEqual([...STATES].sort());
    expect([...events].sort()).toEqual(
      ['answer.select', 'answer.submit', 'question.next', 'quiz.retry', 'quiz.start', 'xstate.init'].sort(),
    );
  });

  it.each(['shortest', 'simple'] as const)('deferred feedback: %s paths never show feedback', async (kind) => {
    const { visited, events } = await runPaths('deferred', kind);
    expect([...visited].sort()).toEqual(['answering', 'intro', 'result.failed', 'result.passed']);
    expect(events.has('quiz.retry')).toBe(true);
  });
});
