import { describe, expect, it } from 'vitest';
import { fixtureQuiz, fixtureQuizWith } from '../fixtures/quiz.ts';
import { startQuiz } from './quiz-driver.ts';

describe('quizMachine', () => {
  it('starts on the intro and draws the questions from the seed', () => {
    const { actor } = startQuiz(fixtureQuiz);
    const snap = actor.getSnapshot();
    expect(snap.hasTag('intro')).toBe(true);
    expect(snap.context.questions.map((p) => p.question.id)).toEqual([
      'pengemban',
      'prinsip',
      'benar-salah',
      'urutan',
      'pasangan',
    ]);
  });

  it('gives immediate feedback, then a passed result that is saved once', () => {
    const { actor, send, answer, saved } = startQuiz(fixtureQuiz);
    send({ type: 'quiz.start' });
    answer(true);
    expect(actor.getSnapshot().hasTag('feedback')).toBe(true);
    expect(actor.getSnapshot().hasTag('correct')).toBe(true);
    send({ type: 'question.next' });
    answer(false);
    expect(actor.getSnapshot().hasTag('incorrect')).toBe(true);
    for (let i = 0; i < 3; i++) {
      send({ type: 'question.next' });
      answer(true);
    }
    send({ type: 'question.next' });
    const snap = actor.getSnapshot();
    expect(snap.hasTag('result')).toBe(true);
    expect(snap.hasTag('passed')).toBe(true);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      quizId: 'kuis-contoh',
      seed: 7,
      score: 80,
      passMark: 70,
      passed: true,
      startedAt: '2026-11-28T06:31:00.000Z',
      finishedAt: '2026-11-28T06:32:00.000Z',
    });
    expect(saved[0]?.answers.map((a) => [a.questionId, a.credit])).toEqual([
      ['pengemban', 1],
      ['prinsip', 0],
      ['benar-salah', 1],
      ['urutan', 1],
      ['pasangan', 1],
    ]);
  });

  it('ignores a submit with nothing chosen, and a response of the wrong type', () => {
    const { actor, send } = startQuiz(fixtureQuiz);
    send({ type: 'quiz.start' });
    send({ type: 'answer.submit' });
    expect(actor.getSnapshot().hasTag('answering')).toBe(true);
    send({ type: 'answer.select', response: { type: 'truefalse', value: true } });
    expect(actor.getSnapshot().context.response).toEqual({ type: 'single', optionId: null });
    expect(actor.getSnapshot().can({ type: 'answer.submit' })).toBe(false);
  });

  it('in deferred mode goes from question to question and shows all feedback at the end', () => {
    const { actor, answer, saved } = startQuiz(fixtureQuizWith({ feedback: 'deferred' }));
    actor.send({ type: 'quiz.start' });
    for (let i = 0; i < 5; i++) {
      expect(actor.getSnapshot().hasTag('feedback')).toBe(false);
      expect(actor.getSnapshot().context.index).toBe(i);
      answer(i < 2);
    }
    expect(actor.getSnapshot().hasTag('failed')).toBe(true);
    // Two right, three wrong; the reversed ordering still has its middle item in place: (2 + 1/3) / 5.
    expect(saved[0]?.score).toBe(46.7);
  });

  it('lets a failed learner retry with a new seed until the attempts run out', () => {
    const { actor, answer, saved, send } = startQuiz(fixtureQuizWith({ feedback: 'deferred', draw: 3 }));
    send({ type: 'quiz.start' });
    for (let i = 0; i < 3; i++) answer(false);
    expect(actor.getSnapshot().hasTag('failed')).toBe(true);
    const firstDraw = actor.getSnapshot().context.questions.map((p) => p.question.id);
    send({ type: 'quiz.retry' });
    const retry = actor.getSnapshot();
    expect(retry.hasTag('answering')).toBe(true);
    expect(retry.context.seed).not.toBe(7);
    expect(retry.context.answers).toEqual([]);
    expect(retry.context.questions.map((p) => p.question.id)).not.toEqual(firstDraw);
    for (let i = 0; i < 3; i++) answer(false);
    expect(saved).toHaveLength(2);
    expect(actor.getSnapshot().can({ type: 'quiz.retry' })).toBe(false);
  });

  it('does not start when every attempt is used', () => {
    const { actor, send } = startQuiz(fixtureQuiz, { attemptsUsed: 2 });
    send({ type: 'quiz.start' });
    expect(actor.getSnapshot().hasTag('intro')).toBe(true);
  });
});
