// TEMPORARY stand-in for the progress API (CONTRACTS.md section 1), owned by the progress branch (issue 3).
// It keeps attempts for this page view only; the progress branch replaces this file with the real store.
import type { QuizAttempt } from '../schemas/progress.ts';

const attempts: QuizAttempt[] = [];

/** Appends a finished quiz attempt (never drops earlier ones). */
export function recordQuizAttempt(attempt: QuizAttempt): void {
  attempts.push(attempt);
}

/** The learner's progress now (only the quiz attempts in this stand-in). */
export function loadProgress(): { quizAttempts: QuizAttempt[] } {
  return { quizAttempts: [...attempts] };
}
