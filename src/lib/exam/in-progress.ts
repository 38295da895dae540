import type { ExamInProgress, Progress } from '../../schemas/progress.ts';

/** Id of a quiz attempt: quiz id, draw seed and start time (`<quizId>-<seed>-<epoch ms>`), unique per attempt. */
export function attemptIdOf(attempt: { readonly quizId: string; readonly seed: number; readonly startedAt: string }) {
  return `${attempt.quizId}-${attempt.seed}-${Date.parse(attempt.startedAt)}`;
}

/** The same attempt (same draw and start), wherever it is kept. */
const isSameAttempt = (a: ExamInProgress, b: ExamInProgress) => attemptIdOf(a) === attemptIdOf(b);

/**
 * Which attempts in progress from an imported file this device keeps, by quiz id. One already recorded as finished in
 * `progress` is over; one where this device runs another attempt of the same exam leaves that attempt alone; the same
 * attempt on both sides keeps whichever has more answers. Its deadline is the one it started with, so the time left is
 * the real time left, and one whose time ran out meanwhile is submitted with its answers when the exam page opens.
 */
export function attemptsToRestore(
  imported: readonly ExamInProgress[],
  { progress, local }: { readonly progress: Progress; readonly local: (quizId: string) => ExamInProgress | null },
): ExamInProgress[] {
  const recorded = new Set(progress.quizAttempts.map((a) => a.id));
  return imported.filter((attempt) => {
    if (recorded.has(attemptIdOf(attempt))) return false;
    const here = local(attempt.quizId);
    return here === null || (isSameAttempt(here, attempt) && attempt.answers.length > here.answers.length);
  });
}
