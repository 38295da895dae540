import { useEffect, useRef, useState } from 'react';
import { examUi as t } from '../../../i18n/exam.ts';
import { crossedThreshold, formatRemaining, remainingMs } from '../../../lib/exam/timer.ts';

interface Props {
  deadline: string;
  /** Called every second once time is up (the machine ignores it before the deadline). */
  onTimeUp: () => void;
  /** Spoken once when the countdown appears (e.g. that a reload resumed the attempt). */
  opening?: string;
}

/**
 * The time left, shown every second; screen readers hear it politely at 5-minute steps, 2 and 1 minute and 30
 * seconds (and once when it appears), never every second.
 */
export default function Countdown({ deadline, onTimeUp, opening }: Props) {
  const [left, setLeft] = useState(() => remainingMs(deadline, new Date()));
  const [spoken, setSpoken] = useState(
    () => `${opening ? `${opening} ` : ''}${t.timeLeftSpoken(t.minutesSpoken(remainingMs(deadline, new Date())))}`,
  );
  const previous = useRef(left);
  const timeUp = useRef(onTimeUp);
  timeUp.current = onTimeUp;
  useEffect(() => {
    const tick = () => {
      const now = remainingMs(deadline, new Date());
      const crossed = crossedThreshold(previous.current, now);
      previous.current = now;
      setLeft(now);
      if (crossed !== null) setSpoken(t.timeLeftSpoken(t.minutesSpoken(crossed)));
      if (now === 0) timeUp.current();
    };
    tick();
    const id = setInterval(tick, 1000);
    return () => {
      clearInterval(id);
    };
  }, [deadline]);
  return (
    <>
      <p className="exam-timer">
        {t.timeLeftLabel}: <span role="timer">{formatRemaining(left)}</span>
      </p>
      <p className="quiz-live" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
