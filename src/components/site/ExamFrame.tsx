import type { ReactNode } from 'react';
import { examUi as e } from '../../i18n/exam.ts';
import type { ExamSetup } from '../../lib/exam/setup.ts';
import type { Course } from '../../schemas/course.ts';
import '../../styles/quiz-box.css';

interface Props {
  /** The bank's title. */
  title: string;
  setup: ExamSetup;
  /** The course's exam settings (final exam only). */
  exam: Course['exam'];
  /** The exam island. */
  children: ReactNode;
}

/**
 * The box of a course's final exam or pre-test: its rules before the island. Rendered to static HTML on the exam and
 * pre-test pages (ExamBox.astro) and live in the studio's preview.
 */
export function ExamFrame({ title, setup, exam, children }: Props) {
  return (
    // Questions must never reach the search index.
    <section className="quiz-box" aria-labelledby="exam-title" data-pagefind-ignore="all">
      <h2 id="exam-title">{title}</h2>
      {setup.mode === 'ujian' && exam ? (
        <>
          <p>{e.examIntro(setup.size, exam.passMark)}</p>
          <p>{e.policy(exam.attempts, exam.wait)}</p>
          {exam.timeLimit !== undefined && <p>{e.timeLimit(exam.timeLimit)}</p>}
          <p className="quiz-note">{e.honesty}</p>
        </>
      ) : (
        <p>{e.pretestIntro}</p>
      )}
      {children}
    </section>
  );
}
