import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examStatus, judgeAttempts, type AttemptPolicy } from '../../../src/lib/exam/policy.ts';
import type { QuizAttempt } from '../../../src/schemas/progress.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-12-01T08:00:00.000Z');

function attempt(startMs: number, passed = false, minutes = 10): QuizAttempt {
  return {
    id: `ujian-${startMs}`,
    quizId: 'ujian',
    seed: 1,
    startedAt: new Date(startMs).toISOString(),
    finishedAt: new Date(startMs + minutes * 60_000).toISOString(),
    answers: [],
    score: passed ? 100 : 0,
    passMark: 70,
    passed,
  };
}

const policy: AttemptPolicy = { attempts: 3, wait: 24 };

describe('examStatus', () => {
  it('counts down the attempts of a series, then makes the learner wait, then opens a new series', () => {
    const three = [0, 1, 2].map((i) => attempt(T0 + i * HOUR));
    expect(examStatus([], policy, new Date(T0))).toEqual({ state: 'open', left: 3, series: 1 });
    expect(examStatus(three.slice(0, 2), policy, new Date(T0))).toEqual({ state: 'open', left: 1, series: 1 });
    const lastEnd = T0 + 2 * HOUR + 10 * 60_000;
    expect(examStatus(three, policy, new Date(lastEnd + HOUR))).toEqual({
      state: 'waiting',
      until: new Date(lastEnd + 24 * HOUR).toISOString(),
    });
    expect(examStatus(three, policy, new Date(lastEnd + 24 * HOUR))).toEqual({ state: 'open', left: 3, series: 2 });
  });

  it('is closed after the last attempt when the course sets no waiting time', () => {
    const three = [0, 1, 2].map((i) => attempt(T0 + i * HOUR));
    expect(examStatus(three, { attempts: 3 }, new Date(T0 + 1000 * HOUR))).toEqual({ state: 'closed' });
  });

  it('is passed by an allowed pass, never by one taken too early', () => {
    const early = [0, 1, 2].map((i) => attempt(T0 + i * HOUR)).concat(attempt(T0 + 4 * HOUR, true));
    expect(examStatus(early, policy, new Date(T0 + 5 * HOUR)).state).toBe('waiting');
    const ok = [attempt(T0), attempt(T0 + HOUR, true)];
    expect(examStatus(ok, policy, new Date(T0 + 5 * HOUR))).toMatchObject({ state: 'passed', attempt: ok[1] });
  });
});

describe('judgeAttempts', () => {
  it('flags an attempt before the wait ended as too early, and beyond the limit without a wait', () => {
    const four = [0, 1, 2, 3].map((i) => attempt(T0 + i * HOUR));
    expect(judgeAttempts(four, policy).map((j) => j.breach)).toEqual([undefined, undefined, undefined, 'too-early']);
    expect(judgeAttempts(four, { attempts: 3 }).map((j) => j.breach)).toEqual([
      undefined,
      undefined,
      undefined,
      'beyond-limit',
    ]);
  });

  it('never allows more than `attempts` within any series, whatever the timing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 15 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 48 }),
        (hours, attempts, wait) => {
          const list = hours.map((h, i) => ({ ...attempt(T0 + h * HOUR), id: `a-${i}` }));
          const allowed = judgeAttempts(list, { attempts, wait })
            .filter((j) => j.breach === undefined)
            .map((j) => Date.parse(j.attempt.startedAt));
          // Between the first allowed attempt of a series and the next series there is always the waiting time.
          for (let i = attempts; i < allowed.length; i += attempts) {
            const previousEnd = (allowed[i - 1] ?? 0) + 10 * 60_000;
            expect(allowed[i] ?? 0).toBeGreaterThanOrEqual(previousEnd + wait * HOUR);
          }
          // Judging keeps every attempt.
          expect(judgeAttempts(list, { attempts, wait })).toHaveLength(list.length);
        },
      ),
    );
  });
});
