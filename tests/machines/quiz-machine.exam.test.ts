import { describe, expect, it } from 'vitest';
import { correctResponse } from '../../src/lib/quiz/response.ts';
import type { QuizSnapshot } from './quiz-driver.ts';
import { examBank, examInput, startExam, T0 } from './exam-driver.ts';

const MIN = 60_000;

/** The keyed question behind the one on screen. */
function keyed(snapshot: QuizSnapshot) {
  const id = snapshot.context.questions[snapshot.context.index]?.question.id;
  const q = examBank.questions.find((x) => x.id === id);
  if (!q) throw new Error('no current question');
  return q;
}

/** Answers the current question right (as the learner sees it: single-choice items of the fixture) and submits. */
function answerRight(exam: ReturnType<typeof startExam>) {
  const q = keyed(exam.actor.getSnapshot());
  exam.send({ type: 'answer.select', response: correctResponse(q) });
  exam.send({ type: 'answer.submit' });
}

describe('quizMachine in exam mode', () => {
  it('shows no feedback while answering, fetches the key only on submit, then grades the whole attempt', () => {
    const exam = startExam(examInput());
    exam.send({ type: 'quiz.start' });
    const total = exam.actor.getSnapshot().context.questions.length;
    expect(total).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < total; i++) {
      expect(exam.actor.getSnapshot().hasTag('feedback')).toBe(false);
      expect(exam.keyRequests()).toBe(0);
      answerRight(exam);
    }
    expect(exam.actor.getSnapshot().hasTag('grading')).toBe(true);
    expect(exam.keyRequests()).toBe(1);
    expect(exam.saved).toHaveLength(0);
    exam.send({ type: 'key.loaded', key: examBank });
    const snap = exam.actor.getSnapshot();
    expect(snap.hasTag('passed')).toBe(true);
    expect(exam.saved[0]).toMatchObject({ quizId: 'ujian-contoh', score: 100, passed: true });
    expect(exam.saved[0]?.answers.every((a) => a.credit === 1)).toBe(true);
    // No retry from the result: the course's attempt policy decides about the next attempt.
    expect(snap.can({ type: 'quiz.retry' })).toBe(false);
  });

  it('keeps the answers when the key cannot be fetched, and grades them once it can', () => {
    const exam = startExam(examInput());
    exam.send({ type: 'quiz.start' });
    const total = exam.actor.getSnapshot().context.questions.length;
    for (let i = 0; i < total; i++) answerRight(exam);
    exam.send({ type: 'key.failed' });
    expect(exam.actor.getSnapshot().hasTag('keyError')).toBe(true);
    exam.send({ type: 'key.retry' });
    expect(exam.keyRequests()).toBe(2);
    exam.send({ type: 'key.loaded', key: examBank });
    expect(exam.saved[0]?.score).toBe(100);
  });

  it('ignores time.up before the deadline, then submits what was answered when time runs out', () => {
    const exam = startExam(examInput(10));
    exam.send({ type: 'quiz.start' });
    const { deadline, questions } = exam.actor.getSnapshot().context;
    expect(deadline).toBe(new Date(T0 + 10 * MIN).toISOString());
    answerRight(exam);
    answerRight(exam);
    exam.clock.advance(9 * MIN);
    exam.send({ type: 'time.up' });
    expect(exam.actor.getSnapshot().hasTag('answering')).toBe(true);
    exam.clock.advance(MIN);
    exam.send({ type: 'time.up' });
    expect(exam.actor.getSnapshot().hasTag('grading')).toBe(true);
    exam.send({ type: 'key.loaded', key: examBank });
    const attempt = exam.saved[0];
    expect(attempt?.timedOut).toBe(true);
    expect(attempt?.deadline).toBe(deadline);
    expect(attempt?.answers).toHaveLength(questions.length);
    expect(attempt?.answers.filter((a) => a.credit === 1)).toHaveLength(2);
    expect(attempt?.score).toBe(Math.round((2 / questions.length) * 1000) / 10);
  });

  it('resumes an attempt in progress with its questions, answers and deadline', () => {
    const first = startExam(examInput(10));
    first.send({ type: 'quiz.start' });
    answerRight(first);
    const kept = first.inProgress.at(-1);
    expect(kept?.answers).toHaveLength(1);
    const again = startExam(examInput(10, kept));
    const snap = again.actor.getSnapshot();
    expect(snap.hasTag('answering')).toBe(true);
    expect(snap.context.index).toBe(1);
    expect(snap.context.deadline).toBe(kept?.deadline);
    expect(snap.context.questions.map((q) => q.question.id)).toEqual(
      first.actor.getSnapshot().context.questions.map((q) => q.question.id),
    );
    again.clock.advance(10 * MIN);
    again.send({ type: 'time.up' });
    again.send({ type: 'key.loaded', key: examBank });
    expect(again.saved[0]?.answers.filter((a) => a.credit === 1)).toHaveLength(1);
  });
});
