import { useId, useState, type ReactNode, type Ref, type SubmitEvent } from 'react';
import { quizUi as t } from '../../../i18n/quiz.ts';
import { emptyResponse, isResponseComplete } from '../../../lib/quiz/response.ts';
import type { QuizResponse } from '../../../schemas/progress.ts';
import type { Question } from '../../../schemas/quiz.ts';
import { AnswerFeedback } from './AnswerFeedback.tsx';
import ChoiceInputs from './ChoiceInputs.tsx';
import type { InputProps } from './inputs.ts';
import MatchingInputs from './MatchingInputs.tsx';
import { Md } from './Md.tsx';
import OrderingInputs from './OrderingInputs.tsx';
import type { QuizSnapshot, SendQuiz } from './types.ts';

const HINTS: Record<Question['type'], string> = {
  single: t.chooseOne,
  truefalse: t.chooseOne,
  multiple: t.chooseAll,
  ordering: t.orderHint,
  matching: t.matchHint,
};

interface Props {
  snapshot: QuizSnapshot;
  send: SendQuiz;
  heading: Ref<HTMLHeadingElement>;
  /** Shown between the question count and the question (an exam's countdown). */
  aside?: ReactNode;
}

/** The current question: its inputs, the submit button and (immediate feedback) the verdict. */
export default function QuestionForm({ snapshot, send, heading, aside }: Props) {
  const [notice, setNotice] = useState('');
  const [moveNotice, setMoveNotice] = useState('');
  const name = useId();
  const { context } = snapshot;
  const presented = context.questions[context.index];
  if (!presented) return null;
  const inFeedback = snapshot.hasTag('feedback');
  const total = context.questions.length;
  const more = context.index + 1 < total;
  const lastAnswer = context.answers.at(-1);
  const question = presented.question;
  const response = context.response ?? emptyResponse(presented);
  const onChange = (next: QuizResponse) => {
    setNotice('');
    send({ type: 'answer.select', response: next });
  };
  const onSubmit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (inFeedback) {
      send({ type: 'question.next' });
      return;
    }
    if (!isResponseComplete(response)) {
      setNotice(question.type === 'matching' ? t.needAllPairs : t.needAnswer);
      return;
    }
    setNotice('');
    send({ type: 'answer.submit' });
  };
  const label = inFeedback
    ? more
      ? t.next
      : t.showResult
    : context.quiz.feedback === 'immediate' && context.exam === null
      ? t.check
      : more
        ? t.saveNext
        : t.finish;
  const inputProps: InputProps = {
    presented,
    response,
    onChange,
    announce: setMoveNotice,
    name: `${name}-${question.id}`,
  };
  // Keyed by question (and attempt) so local state such as the focused button never leaks to the next question.
  const key = `${context.seed}:${question.id}`;
  const inputs =
    question.type === 'ordering' ? (
      <OrderingInputs key={key} {...inputProps} />
    ) : question.type === 'matching' ? (
      <MatchingInputs key={key} {...inputProps} />
    ) : (
      <ChoiceInputs key={key} {...inputProps} />
    );

  return (
    <form className="quiz-question" onSubmit={onSubmit} noValidate>
      <h3 ref={heading} tabIndex={-1} className="quiz-count">
        {t.questionOf(context.index + 1, total)}
      </h3>
      {aside}
      <fieldset disabled={inFeedback}>
        <legend>
          <Md text={question.prompt} />
        </legend>
        <p className="quiz-note">{HINTS[question.type]}</p>
        {inputs}
      </fieldset>
      <p className="quiz-live" aria-live="polite">
        {moveNotice}
      </p>
      {/* Announced after the question: the verdict, explanation and source once an answer is checked. */}
      <div role="status" aria-live="polite">
        {inFeedback && lastAnswer && <AnswerFeedback question={question} answer={lastAnswer} />}
        {notice && <p className="quiz-notice">{notice}</p>}
      </div>
      <p>
        <button type="submit" className="button">
          {label}
        </button>
      </p>
    </form>
  );
}
