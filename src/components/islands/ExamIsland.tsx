import { lazy, Suspense, useEffect, useState } from 'react';
import { loadQuizAttempts } from '../../client/progress/quiz.ts';
import { examUi as e } from '../../i18n/exam.ts';
import type { QuizAttempt } from '../../schemas/progress.ts';
import type { ExamSetup } from '../../lib/exam/setup.ts';
import { useTrialMode } from './trial-mode.ts';

// As for quizzes: the runner (XState, grading, the screens) is its own chunk, fetched once the exam is on screen.
const ExamRunner = lazy(() => import('./ExamRunner.tsx'));

/** The final exam or pre-test of a course, after the attempts recorded in progress are read (none in trial mode). */
export default function ExamIsland({ setup }: { setup: ExamSetup }) {
  const trial = useTrialMode();
  const [attempts, setAttempts] = useState<QuizAttempt[] | null>(trial ? [] : null);
  useEffect(() => {
    if (trial) return;
    let live = true;
    void loadQuizAttempts(setup.bank.id).then((list) => {
      if (live) setAttempts(list);
    });
    return () => {
      live = false;
    };
  }, [setup.bank.id, trial]);
  // Something on screen before hydration: client:visible waits for the island to be visible, and an empty one never is.
  const loading = <p className="quiz-note">{e.loading}</p>;
  return attempts === null ? (
    loading
  ) : (
    <Suspense fallback={loading}>
      <ExamRunner setup={setup} attempts={attempts} />
    </Suspense>
  );
}
