import type { ReactNode } from 'react';
import { quizAnchor } from '../../lib/course/anchors.ts';

/** The box around a module quiz (<Quiz>), with the id "Lanjutkan" links to; its child is the quiz island. */
export function QuizBox({ id, children }: { id: string; children: ReactNode }) {
  return (
    // Answers and feedback must never reach the search index.
    <div className="quiz-box" id={quizAnchor(id)} data-pagefind-ignore="all">
      {children}
    </div>
  );
}
