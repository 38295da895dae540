import type { QuizAttempt } from '../../schemas/progress.ts';
import type { Question } from '../../schemas/quiz.ts';
import { creditByFinding } from '../quiz/findings.ts';

/** Share of credit earned on the questions of one finding. */
export interface FindingScore {
  readonly finding: number;
  /** Percent of the credit available on this finding's questions, 0-100. */
  readonly percent: number;
  /** Questions of this finding in the attempt. */
  readonly questions: number;
}

/** One finding's score before (pre-test) and after (final exam); null where that attempt had no question on it. */
export interface FindingGain {
  readonly finding: number;
  readonly before: number | null;
  readonly after: number | null;
  /** after - before in percentage points, when both exist. */
  readonly gain: number | null;
}

/** Per finding, the share of credit an attempt earned on questions tagged with it (tags read from the bank). */
export function scoreByFinding(
  attempt: QuizAttempt,
  bank: readonly Pick<Question, 'id' | 'findings'>[],
): FindingScore[] {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const sums = creditByFinding(attempt.answers, (id) => byId.get(id)?.findings);
  return [...sums]
    .sort(([a], [b]) => a - b)
    .map(([finding, s]) => ({ finding, percent: Math.round((s.credit / s.count) * 100), questions: s.count }));
}

/** The gain per finding from a pre-test attempt to an exam attempt, for every finding either one covers. */
export function gainByFinding(before: readonly FindingScore[], after: readonly FindingScore[]): FindingGain[] {
  const findings = [...new Set([...before, ...after].map((s) => s.finding))].sort((a, b) => a - b);
  return findings.map((finding) => {
    const b = before.find((s) => s.finding === finding)?.percent ?? null;
    const a = after.find((s) => s.finding === finding)?.percent ?? null;
    return { finding, before: b, after: a, gain: a !== null && b !== null ? a - b : null };
  });
}
