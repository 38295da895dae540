import { quizUi as t } from '../../../i18n/quiz.ts';
import type { InputProps } from './inputs.ts';
import { Md } from './Md.tsx';

/** Radio buttons or checkboxes: single, multiple and true/false questions. */
export default function ChoiceInputs({ presented, response, onChange, name }: InputProps) {
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
