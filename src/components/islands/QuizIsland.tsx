import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { countQuizAttempts } from '../../client/progress/quiz.ts';
import { quizUi as t } from '../../i18n/quiz.ts';
import type { QuizTextHtml } from '../../lib/quiz/text-html.ts';
import type { Quiz } from '../../schemas/quiz.ts';
import { useTrialMode } from './trial-mode.ts';

// The runner (XState, grading, the question screens) is its own chunk, fetched as soon as the quiz is on screen:
// the page's first download stays small for officers on a weak connection.
const QuizRunner = lazy(() => import('./QuizRunner.tsx'));

interface Props {
  /** The quiz entry (content/quizzes/<id>.yaml), validated at build time. */
  quiz: Quiz;
  /** The quiz's Markdown texts as HTML (quizTextHtml at build time). */
  textHtml: QuizTextHtml;
}

/**
 * A quiz: intro, questions, feedback and result over the quiz machine. Hydrated with `client:visible`. In trial mode
 * (the studio) no earlier attempt is counted and none is saved.
 */
export default function QuizIsland({ quiz, textHtml }: Props) {
  const trial = useTrialMode();
  const [attemptsUsed, setAttemptsUsed] = useState<number | null>(trial ? 0 : null);
  useEffect(() => {
    if (trial) return;
    let live = true;
    void countQuizAttempts(quiz.id).then((n) => {
      if (live) setAttemptsUsed(n);
    });
    return () => {
      live = false;
    };
  }, [quiz.id, trial]);
  const titleId = useId();
  return (
    <section className="quiz" aria-labelledby={titleId}>
      <h2 id={titleId}>{quiz.title}</h2>
      <p className="quiz-meta">
        {t.label} · {t.questionCount(Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length))} ·{' '}
        {t.passMark(quiz.passMark)} · {quiz.feedback === 'immediate' ? t.feedbackImmediate : t.feedbackDeferred}
      </p>
      {attemptsUsed !== null && (
        <Suspense fallback={null}>
          <QuizRunner quiz={quiz} attemptsUsed={attemptsUsed} textHtml={textHtml} />
        </Suspense>
      )}
    </section>
  );
}
