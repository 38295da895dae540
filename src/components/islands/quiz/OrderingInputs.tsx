import { useEffect, useRef, useState } from 'react';
import { quizUi as t } from '../../../i18n/quiz.ts';
import type { InputProps } from './inputs.ts';
import { Md } from './Md.tsx';

/** The items of an ordering question, each with Up and Down buttons (no drag-only interaction). */
export default function OrderingInputs({ presented, response, onChange, announce }: InputProps) {
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
