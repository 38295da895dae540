import type { QuizAttempt } from '../../schemas/progress.ts';
import { compareTimestamps } from '../progress/clock.ts';

/** A course's attempt policy: attempts per series, and hours to wait after a failed series (none: no new series). */
export interface AttemptPolicy {
  readonly attempts: number;
  readonly wait?: number | undefined;
}

/** Why an attempt breaks the policy: more than the series allows with no new series, or before the wait ended. */
export type AttemptBreach = 'beyond-limit' | 'too-early';

/** One recorded attempt judged against the policy. */
export interface JudgedAttempt {
  readonly attempt: QuizAttempt;
  /** Absent when the attempt was allowed. */
  readonly breach?: AttemptBreach;
}

/** Where a learner stands with an exam. */
export type ExamStatus =
  | { readonly state: 'passed'; readonly attempt: QuizAttempt }
  | { readonly state: 'open'; readonly left: number; readonly series: number }
  | { readonly state: 'waiting'; readonly until: string }
  | { readonly state: 'closed' };

const HOUR = 3_600_000;

interface Walk {
  readonly judged: JudgedAttempt[];
  /** Allowed attempts in the current series. */
  readonly used: number;
  /** Number of the current series, from 1. */
  readonly series: number;
  /** When the last full series ended (its last attempt finished). */
  readonly seriesEnd: string | null;
}

function walk(attempts: readonly QuizAttempt[], policy: AttemptPolicy): Walk {
  const sorted = [...attempts].sort((a, b) => compareTimestamps(a.startedAt, b.startedAt));
  const judged: JudgedAttempt[] = [];
  let used = 0;
  let series = 1;
  let seriesEnd: string | null = null;
  for (const attempt of sorted) {
    if (used >= policy.attempts) {
      if (policy.wait === undefined || seriesEnd === null) {
        judged.push({ attempt, breach: 'beyond-limit' });
        continue;
      }
      if (Date.parse(attempt.startedAt) < Date.parse(seriesEnd) + policy.wait * HOUR) {
        judged.push({ attempt, breach: 'too-early' });
        continue;
      }
      used = 0;
      series += 1;
      seriesEnd = null;
    }
    judged.push({ attempt });
    used += 1;
    if (used >= policy.attempts) seriesEnd = attempt.finishedAt;
  }
  return { judged, used, series, seriesEnd };
}

/** Every attempt in the order taken, each flagged when the policy did not allow it (the unit's re-grading). */
export function judgeAttempts(attempts: readonly QuizAttempt[], policy: AttemptPolicy): JudgedAttempt[] {
  return walk(attempts, policy).judged;
}

/** Where the learner stands at `now`: passed, attempts left in this series, waiting until a time, or closed. */
export function examStatus(attempts: readonly QuizAttempt[], policy: AttemptPolicy, now: Date): ExamStatus {
  const { judged, used, series, seriesEnd } = walk(attempts, policy);
  const pass = judged.find((j) => j.breach === undefined && j.attempt.passed);
  if (pass) return { state: 'passed', attempt: pass.attempt };
  if (used < policy.attempts) return { state: 'open', left: policy.attempts - used, series };
  if (policy.wait === undefined || seriesEnd === null) return { state: 'closed' };
  const until = Date.parse(seriesEnd) + policy.wait * HOUR;
  if (now.getTime() < until) return { state: 'waiting', until: new Date(until).toISOString() };
  return { state: 'open', left: policy.attempts, series: series + 1 };
}
