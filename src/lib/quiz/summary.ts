import type { QuizAnswer } from '../../schemas/progress.ts';

/** What the result screen and the recorded attempt say about a set of answers. */
export interface QuizSummary {
  /** Percent, 0-100, rounded to one decimal: the mean credit of the answers. */
  readonly score: number;
  /** Whether score >= passMark. */
  readonly passed: boolean;
  /** Answers with full credit. */
  readonly correct: number;
  /** Answers with some but not full credit. */
  readonly partial: number;
  /** Number of answers. */
  readonly total: number;
}

/** Scores an attempt: every question weighs the same; partial credit counts (see gradeResponse). */
export function summarizeAnswers(answers: readonly QuizAnswer[], passMark: number): QuizSummary {
  const total = answers.length;
  const credit = answers.reduce((sum, a) => sum + a.credit, 0);
  const score = total === 0 ? 0 : Math.round((credit / total) * 1000) / 10;
  return {
    score,
    passed: score >= passMark,
    correct: answers.filter((a) => a.credit === 1).length,
    partial: answers.filter((a) => a.credit > 0 && a.credit < 1).length,
    total,
  };
}
