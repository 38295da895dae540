import { useMachine } from '@xstate/react';
import {
  createContext,
  Fragment,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
  type SubmitEvent,
} from 'react';
import { saveQuizAttempt } from '../../client/progress/quiz.ts';
import { quizUi as t } from '../../i18n/quiz.ts';
import { matchingChoices, type PresentedQuestion } from '../../lib/quiz/draw.ts';
import { correctResponse, emptyResponse, isResponseComplete } from '../../lib/quiz/response.ts';
import { summarizeAnswers } from '../../lib/quiz/summary.ts';
import type { QuizTextHtml } from '../../lib/quiz/text-html.ts';
import { quizMachine } from '../../machines/quiz-machine.ts';
import type { QuizAnswer, QuizResponse } from '../../schemas/progress.ts';
import type { Question, Quiz } from '../../schemas/quiz.ts';

/** The quiz's texts rendered from Markdown at build time (quizTextHtml). */
const TextHtml = createContext<QuizTextHtml>({});

/** A text of the quiz file as its build-time HTML; any other text (a UI word) as plain text. */
function Md({ text, as: Tag = 'span' }: { text: string; as?: 'span' | 'p' }) {
  const html = useContext(TextHtml)[text];
  return html === undefined ? <Tag>{text}</Tag> : <Tag dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Parts separated by "; ". */
const joined = (parts: ReactNode[]) =>
  parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && '; '}
      {part}
    </Fragment>
  ));

const percent = (credit: number) => Math.round(credit * 100);

/** A response in words, for the feedback and the review. */
function describe(question: Question, response: QuizResponse): ReactNode {
  switch (response.type) {
    case 'single':
    case 'multiple': {
      const ids = response.type === 'single' ? (response.optionId ? [response.optionId] : []) : response.optionIds;
      const options = question.type === 'single' || question.type === 'multiple' ? question.options : [];
      const texts = options.filter((o) => ids.includes(o.id)).map((o) => <Md text={o.text} />);
      return texts.length > 0 ? joined(texts) : t.noAnswer;
    }
    case 'truefalse':
      return response.value === null ? t.noAnswer : response.value ? t.true : t.false;
    case 'ordering': {
      const items = question.type === 'ordering' ? question.items : [];
      return joined(
        response.itemIds.map((id, i) => (
          <>
            {i + 1}. <Md text={items.find((x) => x.id === id)?.text ?? id} />
          </>
        )),
      );
    }
    case 'matching': {
      if (question.type !== 'matching') return t.noAnswer;
      const choices = matchingChoices(question);
      return joined(
        question.pairs.map((p) => {
          const chosen = response.matches[p.id];
          return (
            <>
              <Md text={p.left} /> → <Md text={choices.find((c) => c.id === chosen)?.text ?? t.noAnswer} />
            </>
          );
        }),
      );
    }
  }
}

/** What was right or wrong about one answer, its explanation and source. */
function AnswerFeedback({ question, answer, review }: { question: Question; answer: QuizAnswer; review?: boolean }) {
  const { credit, response } = answer;
  const verdict = credit === 1 ? t.correct : credit > 0 ? t.partial(percent(credit)) : t.incorrect;
  const chosen =
    response.type === 'single' ? [response.optionId] : response.type === 'multiple' ? response.optionIds : [];
  const optionFeedback =
    question.type === 'single' || question.type === 'multiple'
      ? question.options.filter((o) => o.feedback && chosen.includes(o.id))
      : [];
  return (
    <div className={`quiz-feedback ${credit === 1 ? 'is-correct' : 'is-incorrect'}`}>
      <p>
        <strong>{verdict}</strong>
      </p>
      {review && (
        <p>
          {t.yourAnswer}: {describe(question, response)}
        </p>
      )}
      {credit < 1 && (
        <p>
          {t.correctAnswer}: {describe(question, correctResponse(question))}
        </p>
      )}
      {optionFeedback.map((o) => (
        <p key={o.id}>
          <Md text={o.feedback ?? ''} />
        </p>
      ))}
      <p>
        <strong>{t.explanation}:</strong> <Md text={question.explanation} />
      </p>
      <p className="quiz-source">
        {t.source}: <Md text={question.source} />
      </p>
    </div>
  );
}

interface InputProps {
  presented: PresentedQuestion;
  response: QuizResponse;
  onChange: (response: QuizResponse) => void;
  announce: (message: string) => void;
  name: string;
}

function ChoiceInputs({ presented, response, onChange, name }: InputProps) {
  const q = presented.question;
  if (q.type === 'truefalse' && response.type === 'truefalse') {
    return (
      <>
        {[true, false].map((value) => (
          <label key={String(value)} className="quiz-choice">
            <input
              type="radio"
              name={name}
              checked={response.value === value}
              onChange={() => {
                onChange({ type: 'truefalse', value });
              }}
            />{' '}
            {value ? t.true : t.false}
          </label>
        ))}
      </>
    );
  }
  if (q.type !== 'single' && q.type !== 'multiple') return null;
  const byId = new Map(q.options.map((o) => [o.id, o]));
  return (
    <>
      {presented.order.map((id) => {
        const option = byId.get(id);
        if (!option) return null;
        if (response.type === 'single') {
          return (
            <label key={id} className="quiz-choice">
              <input
                type="radio"
                name={name}
                checked={response.optionId === id}
                onChange={() => {
                  onChange({ type: 'single', optionId: id });
                }}
              />{' '}
              <Md text={option.text} />
            </label>
          );
        }
        if (response.type !== 'multiple') return null;
        const checked = response.optionIds.includes(id);
        return (
          <label key={id} className="quiz-choice">
            <input
              type="checkbox"
              name={name}
              checked={checked}
              onChange={() => {
                onChange({
                  type: 'multiple',
                  optionIds: checked ? response.optionIds.filter((x) => x !== id) : [...response.optionIds, id],
                });
              }}
            />{' '}
            <Md text={option.text} />
          </label>
        );
      })}
    </>
  );
}

function OrderingInputs({ presented, response, onChange, announce }: InputProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (focusKey) buttons.current.get(focusKey)?.focus();
  }, [focusKey, response]);
  if (presented.question.type !== 'ordering' || response.type !== 'ordering') return null;
  const items = new Map(presented.question.items.map((i) => [i.id, i.text]));
  const remember = (key: string, el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };
  const ids = response.itemIds;
  const move = (from: number, to: number, direction: 'up' | 'down') => {
    const next = [...ids];
    const [id] = next.splice(from, 1);
    if (id === undefined) return;
    next.splice(to, 0, id);
    onChange({ type: 'ordering', itemIds: next });
    // Keep focus on the same button unless the item reached the end, then on its other button.
    const atEnd = (direction === 'up' && to === 0) || (direction === 'down' && to === ids.length - 1);
    setFocusKey(`${id}:${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}`);
    announce(t.moved(items.get(id) ?? id, to + 1, ids.length));
  };
  return (
    <ol className="quiz-order">
      {ids.map((id, i) => (
        <li key={id}>
          <Md text={items.get(id) ?? id} />
          <span className="quiz-order-buttons">
            <button
              type="button"
              className="button secondary"
              ref={(el) => {
                remember(`${id}:up`, el);
              }}
              aria-label={`${t.up}: ${items.get(id) ?? id}`}
              disabled={i === 0}
              onClick={() => {
                move(i, i - 1, 'up');
              }}
            >
              {t.up}
            </button>
            <button
              type="button"
              className="button secondary"
              ref={(el) => {
                remember(`${id}:down`, el);
              }}
              aria-label={`${t.down}: ${items.get(id) ?? id}`}
              disabled={i === ids.length - 1}
              onClick={() => {
                move(i, i + 1, 'down');
              }}
            >
              {t.down}
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}

function MatchingInputs({ presented, response, onChange, name }: InputProps) {
  const q = presented.question;
  if (q.type !== 'matching' || response.type !== 'matching') return null;
  const choices = new Map(matchingChoices(q).map((c) => [c.id, c.text]));
  return (
    <div className="quiz-match">
      {q.pairs.map((pair) => {
        const id = `${name}-${pair.id}`;
        return (
          <div key={pair.id} className="quiz-match-row">
            <label htmlFor={id}>
              <Md text={pair.left} />
            </label>
            <select
              id={id}
              value={response.matches[pair.id] ?? ''}
              onChange={(e) => {
                onChange({
                  type: 'matching',
                  matches: { ...response.matches, [pair.id]: e.currentTarget.value || null },
                });
              }}
            >
              <option value="">{t.choose}</option>
              {presented.order.map((choiceId) => (
                <option key={choiceId} value={choiceId}>
                  {choices.get(choiceId)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

const HINTS: Record<Question['type'], string> = {
  single: t.chooseOne,
  truefalse: t.chooseOne,
  multiple: t.chooseAll,
  ordering: t.orderHint,
  matching: t.matchHint,
};

/** The quiz machine, saving each finished attempt to progress. */
const savingQuizMachine = quizMachine.provide({
  actions: {
    saveAttempt: ({ context }) => {
      if (context.attempt) void saveQuizAttempt(context.attempt);
    },
  },
});

interface RunnerProps {
  quiz: Quiz;
  attemptsUsed: number;
  /** The quiz's texts as HTML, rendered at build time. */
  textHtml: QuizTextHtml;
}

/** Everything after the quiz title: the machine and its screens. Loaded on demand by QuizIsland. */
export default function QuizRunner({ textHtml, ...props }: RunnerProps) {
  return (
    <TextHtml value={textHtml}>
      <QuizScreens {...props} />
    </TextHtml>
  );
}

/** The machine and the screen its state shows. */
function QuizScreens({ quiz, attemptsUsed }: Omit<RunnerProps, 'textHtml'>) {
  const [snapshot, send] = useMachine(savingQuizMachine, {
    input: {
      quiz,
      seed: crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now(),
      attemptsUsed,
      now: () => new Date(),
    },
  });
  const [notice, setNotice] = useState('');
  const [moveNotice, setMoveNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const name = useId();
  const { context } = snapshot;
  const presented = context.questions[context.index];
  const inFeedback = snapshot.hasTag('feedback');
  const inResult = snapshot.hasTag('result');
  const started = !snapshot.hasTag('intro');
  const focusKey = inResult ? 'result' : `${context.seed}:${context.index}`;

  // Move focus to the new question (or the result) so keyboard and screen-reader users start there.
  useEffect(() => {
    if (started) heading.current?.focus();
  }, [focusKey, started]);

  const total = context.questions.length;
  const more = context.index + 1 < total;
  const lastAnswer = context.answers.at(-1);

  if (!started) {
    const left = quiz.attempts === undefined ? undefined : Math.max(0, quiz.attempts - context.attemptsUsed);
    return (
      <div className="quiz-intro">
        {left !== undefined && quiz.attempts !== undefined && (
          <p>{left > 0 ? t.attemptsLeft(left, quiz.attempts) : t.noAttemptsLeft}</p>
        )}
        {snapshot.can({ type: 'quiz.start' }) && (
          <button
            type="button"
            className="button"
            onClick={() => {
              send({ type: 'quiz.start' });
            }}
          >
            {t.start}
          </button>
        )}
      </div>
    );
  }

  if (inResult && context.attempt) {
    const summary = summarizeAnswers(context.attempt.answers, context.attempt.passMark);
    const byId = new Map(quiz.questions.map((q) => [q.id, q]));
    return (
      <div className="quiz-result">
        <h3 ref={heading} tabIndex={-1}>
          {t.resultTitle}
        </h3>
        <p className="quiz-score">
          <strong>{t.score(context.attempt.score, context.attempt.passMark)}</strong>
        </p>
        <p className={snapshot.hasTag('passed') ? 'quiz-passed' : 'quiz-failed'}>
          {snapshot.hasTag('passed') ? t.passed : t.failed}
        </p>
        <p>{t.tally(summary.correct, summary.total)}</p>
        {snapshot.can({ type: 'quiz.retry' }) ? (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                send({ type: 'quiz.retry' });
              }}
            >
              {t.retry}
            </button>{' '}
            <span className="quiz-note">{t.retryFresh}</span>
          </p>
        ) : (
          quiz.attempts !== undefined && <p>{t.noAttemptsLeft}</p>
        )}
        <h4>{t.review}</h4>
        <ol className="quiz-review">
          {context.attempt.answers.map((answer) => {
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

  if (!presented) return null;
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
    : quiz.feedback === 'immediate'
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
  let inputs: ReactNode;
  // Keyed by question (and attempt) so local state such as the focused button never leaks to the next question.
  const key = `${context.seed}:${question.id}`;
  if (question.type === 'ordering') inputs = <OrderingInputs key={key} {...inputProps} />;
  else if (question.type === 'matching') inputs = <MatchingInputs key={key} {...inputProps} />;
  else inputs = <ChoiceInputs key={key} {...inputProps} />;

  return (
    <form className="quiz-question" onSubmit={onSubmit} noValidate>
      <h3 ref={heading} tabIndex={-1} className="quiz-count">
        {t.questionOf(context.index + 1, total)}
      </h3>
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
