import { webcrypto } from 'node:crypto';
import type { ProgressRules, QuizAttempt, ScenarioRun } from '../../../src/schemas/progress.ts';

/** SHA-256 as lower-case hex through node's WebCrypto, the same API the browser uses. */
export const sha256 = async (text: string) =>
  Buffer.from(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');

/** A clock that advances one minute per call, from a fixed start. */
export function tickingClock(start = '2026-11-28T06:00:00.000Z') {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 60_000;
    return d;
  };
}

export const rules: ProgressRules = {
  modules: [
    { id: 'modul-a', title: 'Modul A', lessons: ['a-1', 'a-2'], quiz: 'kuis-a', requiredScenarios: ['skn-a'] },
    { id: 'modul-b', title: 'Modul B', lessons: ['b-1'], requiredScenarios: [] },
  ],
  courses: [{ id: 'kursus-1', title: 'Kursus 1', modules: ['modul-a', 'modul-b'] }],
};

export const attempt = (over: Partial<QuizAttempt> = {}): QuizAttempt => ({
  id: 'attempt-0001',
  quizId: 'kuis-a',
  seed: 7,
  startedAt: '2026-11-28T07:00:00.000Z',
  finishedAt: '2026-11-28T07:05:00.000Z',
  answers: [{ questionId: 'q1', response: { type: 'truefalse', value: true }, credit: 1 }],
  score: 80,
  passMark: 70,
  passed: true,
  ...over,
});

export const run = (over: Partial<ScenarioRun> = {}): ScenarioRun => ({
  id: 'run-00000001',
  scenarioId: 'skn-a',
  startedAt: '2026-11-28T08:00:00.000Z',
  path: [{ nodeId: 'mulai', choiceId: 'tanya', at: '2026-11-28T08:01:00.000Z' }],
  scores: { kemitraan: 2 },
  flags: [],
  ...over,
});
