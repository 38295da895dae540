import { createActor, type SnapshotFrom } from 'xstate';
import { gradeResponse } from '../../src/lib/quiz/grade.ts';
import { correctResponse, isResponseComplete } from '../../src/lib/quiz/response.ts';
import { quizMachine, type QuizEvent } from '../../src/machines/quiz-machine.ts';
import type { QuizAttempt, QuizResponse } from '../../src/schemas/progress.ts';
import type { Question, Quiz } from '../../src/schemas/quiz.ts';

export type QuizSnapshot = SnapshotFrom<typeof quizMachine>;

/** A clock that advances one minute per reading, from a fixed date. */
export function fakeClock(start = Date.parse('2026-11-28T06:30:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 60_000));
}

/** A response that earns no credit (or as little as possible, for ordering and matching). */
export function wrongResponse(question: Question): QuizResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.options.find((o) => !o.correct)?.id ?? null };
    case 'multiple':
      return { type: 'multiple', optionIds: question.options.filter((o) => !o.correct).map((o) => o.id) };
    case 'truefalse':
      return { type: 'truefalse', value: !question.answer };
    case 'ordering':
      return { type: 'ordering', itemIds: question.items.map((i) => i.id).reverse() };
    case 'matching': {
      const ids = question.pairs.map((p) => p.id);
      return {
        type: 'matching',
        matches: Object.fromEntries(ids.map((id, i) => [id, ids[(i + 1) % ids.length] ?? id])),
      };
    }
  }
}

/** The events a model offers in a state: `base`, plus a right and a wrong `answer.select` while answering. */
export function withAnswers(
  snapshot: QuizSnapshot,
  base: QuizEvent[],
  question: (s: QuizSnapshot) => Question,
): QuizEvent[] {
  if (!snapshot.hasTag('answering')) return base;
  const q = question(snapshot);
  return [
    ...base,
    { type: 'answer.select', response: correctResponse(q) },
    { type: 'answer.select', response: wrongResponse(q) },
  ];
}

/** What the response on screen is worth, for a model's state key: none, empty, right or wrong. */
export function responseClass(snapshot: QuizSnapshot, question: (s: QuizSnapshot) => Question): string {
  const { response } = snapshot.context;
  if (!response || !snapshot.hasTag('answering')) return 'none';
  if (!isResponseComplete(response)) return 'empty';
  return gradeResponse(question(snapshot), response) === 1 ? 'right' : 'wrong';
}

/** Whether the actor is in the state a model key names ("intro", "result.passed"). */
export function isInState(snapshot: QuizSnapshot, key: string): boolean {
  const [parent = '', child] = key.split('.');
  return snapshot.matches((child ? { [parent]: child } : parent) as Parameters<QuizSnapshot['matches']>[0]);
}

/** The question on screen. */
export function currentQuestion(snapshot: QuizSnapshot): Question {
  const q = snapshot.context.questions[snapshot.context.index];
  if (!q) throw new Error('no current question');
  return q.question;
}

/** Starts an actor over `quiz` that collects every saved attempt. */
export function startQuiz(quiz: Quiz, { seed = 7, attemptsUsed = 0 } = {}) {
  const saved: QuizAttempt[] = [];
  const actor = createActor(
    quizMachine.provide({
      actions: {
        saveAttempt: ({ context }) => {
          if (context.attempt) saved.push(context.attempt);
        },
      },
    }),
    { input: { quiz, seed, attemptsUsed, now: fakeClock() } },
  );
  actor.start();
  const send = (event: QuizEvent) => {
    actor.send(event);
  };
  /** Answers the current question right or wrong, and submits. */
  const answer = (right: boolean) => {
    const q = currentQuestion(actor.getSnapshot());
    send({ type: 'answer.select', response: right ? correctResponse(q) : wrongResponse(q) });
    send({ type: 'answer.submit' });
  };
  return { actor, saved, send, answer };
}
