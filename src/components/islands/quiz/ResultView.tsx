import type { ReactNode, Ref } from 'react';
import { quizUi as t } from '../../../i18n/quiz.ts';
import { summarizeAnswers } from '../../../lib/quiz/summary.ts';
import type { Question } from '../../../schemas/quiz.ts';
import { AnswerFeedback } from './AnswerFeedback.tsx';
import { Md } from './Md.tsx';
import type { QuizSnapshot } from './types.ts';

interface Props {
  snapshot: QuizSnapshot;
  heading: Ref<HTMLHeadingElement>;
  /** Questions by id as the review shows them (an exam's, from the key fetched on submit). */
  questions: readonly Question[];
  /** What the learner can do next: retry, or the exam's status. */
  next: ReactNode;
  /** Heading and pass/fail sentences. */
  texts?: { title: string; passed: string; failed: string };
}

/** The attempt's score, pass or fail, what comes next, and the review of every answer of this attempt. */
export default function ResultView({ snapshot, heading, questions, next, texts }: Props) {
  const attempt = snapshot.context.attempt;
  if (!attempt) return null;
  const summary = summarizeAnswers(attempt.answers, attempt.passMark);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const passed = snapshot.hasTag('passed');
  return (
    <div className="quiz-result">
      <h3 ref={heading} tabIndex={-1}>
        {texts?.title ?? t.resultTitle}
      </h3>
      <p className="quiz-score">
        <strong>{t.score(attempt.score, attempt.passMark)}</strong>
      </p>
      <p className={passed ? 'quiz-passed' : 'quiz-failed'}>
        {passed ? (texts?.passed ?? t.passed) : (texts?.failed ?? t.failed)}
      </p>
      <p>{t.tally(summary.correct, summary.total)}</p>
      {next}
      <h4>{t.review}</h4>
      <ol className="quiz-review">
        {attempt.answers.map((answer) => {
          const question = byId.get(answer.questionId);
          return question ? (
            <li key={answer.questionId}>
              <Md as="p" text={question.prompt} />
              <AnswerFeedback question={question} answer={answer} review />
            </li>
          ) : null;
        })}
      </ol>
      <p>
        <a href="/progres/">{t.progressLink}</a>
      </p>
    </div>
  );
}
