import { useEffect, useRef } from 'react';
import type { QuizSnapshot } from './types.ts';

/** Moves focus to the new question (or the result) so keyboard and screen-reader users start there. */
export function useFocusOnStep(snapshot: QuizSnapshot) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { context } = snapshot;
  const started = !snapshot.hasTag('intro');
  const focusKey = snapshot.hasTag('result') ? 'result' : `${context.seed}:${context.index}`;
  useEffect(() => {
    if (started) heading.current?.focus();
  }, [focusKey, started]);
  return heading;
}
