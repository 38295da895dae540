// The quiz island's link to progress. The progress API is loaded on demand, so its storage code and schemas
// stay out of the quiz island's first download (a quiz page's JS budget: `npm run size`).
import type { QuizAttempt } from '../../schemas/progress.ts';
import { loadProgressApi } from './load-api.ts';

/** Records a finished attempt in progress. */
export async function saveQuizAttempt(attempt: QuizAttempt): Promise<void> {
  const { recordQuizAttempt } = await loadProgressApi();
  recordQuizAttempt(attempt);
}

/** How many attempts of a quiz progress holds already (0 when progress cannot be read). */
export async function countQuizAttempts(quizId: string): Promise<number> {
  try {
    const { loadProgress } = await loadProgressApi();
    return loadProgress().quizAttempts.filter((a) => a.quizId === quizId).length;
  } catch {
    return 0;
  }
}

/** The finished attempts of a quiz in progress (none when progress cannot be read). */
export async function loadQuizAttempts(quizId: string): Promise<QuizAttempt[]> {
  try {
    const { loadProgress } = await loadProgressApi();
    return loadProgress().quizAttempts.filter((a) => a.quizId === quizId);
  } catch {
    return [];
  }
}
