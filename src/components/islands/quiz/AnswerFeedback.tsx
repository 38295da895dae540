import type { ReactNode } from 'react';
import { quizUi as t } from '../../../i18n/quiz.ts';
import { matchingChoices } from '../../../lib/quiz/draw.ts';
import { correctResponse } from '../../../lib/quiz/response.ts';
import type { QuizAnswer, QuizResponse } from '../../../schemas/progress.ts';
import type { Question } from '../../../schemas/quiz.ts';
import { joined, Md } from './Md.tsx';

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

export /** What was right or wrong about one answer, its explanation and source. */
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
