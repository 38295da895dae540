import { matchingChoices } from '../../../lib/quiz/draw.ts';
import type { InputProps } from './inputs.ts';
import { quizUi as t } from '../../../i18n/quiz.ts';
import { Md } from './Md.tsx';

/** One choice list per left-hand text of a matching question. */
export default function MatchingInputs({ presented, response, onChange, name }: InputProps) {
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
