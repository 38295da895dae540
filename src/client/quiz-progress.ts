// The quiz island's link to progress. The progress API is loaded on demand, so its storage code and schemas
// stay out of the quiz page's first download (quiz pages must stay within 90 KB gzip of JS).
import type { QuizAttempt } from '../schemas/progress.ts';

/** Records a finished attempt in progress. */
export async function saveQuizAttempt(attempt: QuizAttempt): Promise<void> {
  const { recordQuizAttempt } = await import('./progress.ts');
  recordQuizAttempt(attempt);
}

/** How many attempts of a quiz progress holds already (0 when progress cannot be read). */
export async function countQuizAttempts(quizId: string): Promise<number> {
  try {
    const { loadProgress } = await import('./progress.ts');
    return loadProgress().quizAttempts.filter((a) => a.quizId === quizId).length;
  } catch {
    return 0;
  }
}
